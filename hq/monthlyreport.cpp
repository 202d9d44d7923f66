#include "monthlyreport.h"

#include "hqdatabase.h"

#include <QStringList>

#include <algorithm>

namespace
{
double percent(qint64 part, qint64 whole)
{
    return whole > 0 ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

QString pct(double v)
{
    return QString::number(v, 'f', 1);
}

QByteArray csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"'))
        && !s.contains(QLatin1Char('\n'))) {
        return s.toUtf8();
    }
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + q.toUtf8() + '"';
}
} // namespace

double MonthlyReport::Row::noShowRate() const
{
    return percent(noShows, issued);
}

double MonthlyReport::Row::badRatingRate() const
{
    return percent(badRatings, ratings);
}

double MonthlyReport::Row::share(const Row &network) const
{
    return percent(served, network.served);
}

MonthlyReport MonthlyReport::run(HqDatabase &db, const QDate &month, const QString &timeZone)
{
    MonthlyReport report;
    report.month = QDate(month.year(), month.month(), 1);
    report.timeZone = timeZone;
    const QDate next = report.month.addMonths(1);
    // One pass over the month's events, joined to the branches (a reference table on Citus:
    // each worker aggregates its shards in parallel). A bad rating is level 1 or 2, as
    // RatingBook::isBad says.
    const HqResult r =
        db.exec("SELECT b.code, b.name,"
                " count(*) FILTER (WHERE e.kind = 'ticket.issue'),"
                " count(*) FILTER (WHERE e.kind = 'ticket.finish'),"
                " count(*) FILTER (WHERE e.kind = 'ticket.no-show'),"
                " count(*) FILTER (WHERE e.kind = 'case.accept'),"
                " count(*) FILTER (WHERE e.kind = 'case.notice'),"
                " count(*) FILTER (WHERE e.kind = 'rating.record'),"
                " count(*) FILTER (WHERE e.kind = 'rating.record'"
                "   AND e.payload #>> '{payload,level}' IN ('1', '2')),"
                " count(*) FILTER (WHERE e.kind = 'complaint.record'),"
                " count(*) FILTER (WHERE e.kind = 'complaint.close')"
                " FROM branches b LEFT JOIN events e ON e.branch_code = b.code"
                "  AND e.created_utc >= ($1::timestamp AT TIME ZONE $3)"
                "  AND e.created_utc < ($2::timestamp AT TIME ZONE $3)"
                "  AND e.kind IN ('ticket.issue', 'ticket.finish', 'ticket.no-show', 'case.accept',"
                "   'case.notice', 'rating.record', 'complaint.record', 'complaint.close')"
                " GROUP BY b.code, b.name ORDER BY b.code",
                {report.month.toString(Qt::ISODate), next.toString(Qt::ISODate), timeZone});
    report.network.name = tr("Network");
    for (int i = 0; i < r.rows(); ++i) {
        Row row;
        row.code = r.text(i, 0);
        row.name = r.text(i, 1);
        qint64 *fields[] = {&row.issued,        &row.served,     &row.noShows,
                            &row.casesAccepted, &row.notices,    &row.ratings,
                            &row.badRatings,    &row.complaints, &row.complaintsClosed};
        qint64 *totals[] = {&report.network.issued,          &report.network.served,
                            &report.network.noShows,         &report.network.casesAccepted,
                            &report.network.notices,         &report.network.ratings,
                            &report.network.badRatings,      &report.network.complaints,
                            &report.network.complaintsClosed};
        for (int f = 0; f < 9; ++f) {
            *fields[f] = r.int64(i, f + 2);
            *totals[f] += *fields[f];
        }
        report.branches.append(row);
    }
    return report;
}

QString MonthlyReport::text() const
{
    QString out;
    out += tr("Monthly report %1 (time zone %2), %n branch(es)", nullptr,
              static_cast<int>(branches.size()))
               .arg(month.toString(QStringLiteral("yyyy-MM")), timeZone)
           + QLatin1Char('\n');
    const QStringList heads{tr("Branch"),     tr("Issued"),  tr("Served"),  tr("No-shows"),
                            tr("Accepted"),   tr("Notices"), tr("Ratings"), tr("Bad"),
                            tr("Complaints"), tr("Closed")};
    auto line = [](const QStringList &cells) {
        QString s = cells.first().leftJustified(12);
        for (qsizetype i = 1; i < cells.size(); ++i) {
            s += QLatin1Char(' ') + cells.at(i).rightJustified(10);
        }
        return s + QLatin1Char('\n');
    };
    auto cells = [](const QString &label, const Row &row) {
        return QStringList{label,
                           QString::number(row.issued),
                           QString::number(row.served),
                           QString::number(row.noShows),
                           QString::number(row.casesAccepted),
                           QString::number(row.notices),
                           QString::number(row.ratings),
                           QString::number(row.badRatings),
                           QString::number(row.complaints),
                           QString::number(row.complaintsClosed)};
    };
    out += line(heads);
    for (const Row &row : branches) {
        out += line(cells(row.code, row));
    }
    out += line(cells(network.name, network));

    // The comparison: branches by tickets served, with their share and their rates against
    // the network's.
    QList<Row> ranked = branches;
    std::stable_sort(ranked.begin(), ranked.end(), [](const Row &a, const Row &b) {
        return a.served > b.served;
    });
    out += QLatin1Char('\n') + tr("Comparison (by tickets served)") + QLatin1Char('\n');
    out += line({tr("Branch"), tr("Rank"), tr("Share %"), tr("No-show %"), tr("Bad rating %"),
                 tr("Open cmpl.")});
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        const Row &row = ranked.at(i);
        out += line({row.code, QString::number(i + 1), pct(row.share(network)),
                     pct(row.noShowRate()), pct(row.badRatingRate()),
                     QString::number(row.complaints - row.complaintsClosed)});
    }
    out += line({network.name, QString(), pct(100.0 * (network.served > 0)),
                 pct(network.noShowRate()), pct(network.badRatingRate()),
                 QString::number(network.complaints - network.complaintsClosed)});
    return out;
}

QByteArray MonthlyReport::csv() const
{
    // Machine-readable headings, the same in every language.
    QByteArray out = "month,branch,name,issued,served,no_shows,cases_accepted,notices,ratings,"
                     "bad_ratings,complaints,complaints_closed,served_share_pct,no_show_pct,"
                     "bad_rating_pct\n";
    auto row = [&](const QString &code, const Row &r) {
        QList<QByteArray> f{month.toString(QStringLiteral("yyyy-MM")).toUtf8(),
                            csvField(code),
                            csvField(r.name),
                            QByteArray::number(r.issued),
                            QByteArray::number(r.served),
                            QByteArray::number(r.noShows),
                            QByteArray::number(r.casesAccepted),
                            QByteArray::number(r.notices),
                            QByteArray::number(r.ratings),
                            QByteArray::number(r.badRatings),
                            QByteArray::number(r.complaints),
                            QByteArray::number(r.complaintsClosed),
                            pct(r.share(network)).toUtf8(),
                            pct(r.noShowRate()).toUtf8(),
                            pct(r.badRatingRate()).toUtf8()};
        out += f.join(',') + '\n';
    };
    for (const Row &r : branches) {
        row(r.code, r);
    }
    row(QStringLiteral("*"), network);
    return out;
}
