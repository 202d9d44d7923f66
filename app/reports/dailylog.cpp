#include "dailylog.h"

#include "branch/branch.h"
#include "catalogue/catalogue.h"
#include "catalogue/localizedtext.h"
#include "core/clock.h"
#include "database.h"
#include "reports/kpis.h"
#include "reports/statistics.h"
#include "staff/permissions.h"
#include "staff/staffdirectory.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace
{
constexpr qsizetype MaxText = 4000;

struct Tally
{
    qint64 issued = 0;
    qint64 served = 0;
    qint64 noShow = 0;
    QList<qint64> waits;
    QList<qint64> services;

    QJsonObject json() const
    {
        return {{QStringLiteral("issued"), issued},
                {QStringLiteral("served"), served},
                {QStringLiteral("noShow"), noShow},
                {QStringLiteral("avgWaitSeconds"), Statistics::mean(waits)},
                {QStringLiteral("p90WaitSeconds"), Statistics::percentile(waits, 0.9)},
                {QStringLiteral("avgServiceSeconds"), Statistics::mean(services)}};
    }
};

QString duration(qint64 seconds)
{
    return Statistics::minutesSeconds(seconds);
}

QJsonObject bookingsJson(const KpiBookings &b)
{
    return {{QStringLiteral("booked"), b.booked},
            {QStringLiteral("cancelled"), b.cancelled},
            {QStringLiteral("checkedIn"), b.checkedIn},
            {QStringLiteral("served"), b.served},
            {QStringLiteral("noShow"), b.noShow},
            {QStringLiteral("waiting"), b.waiting},
            {QStringLiteral("bookedCalled"), b.bookedCalled},
            {QStringLiteral("bookedAvgWaitSeconds"), b.bookedAvgWaitSeconds},
            {QStringLiteral("bookedP90WaitSeconds"), b.bookedP90WaitSeconds},
            {QStringLiteral("walkInCalled"), b.walkInCalled},
            {QStringLiteral("walkInAvgWaitSeconds"), b.walkInAvgWaitSeconds},
            {QStringLiteral("walkInP90WaitSeconds"), b.walkInP90WaitSeconds}};
}
} // namespace

DailyLog::DailyLog(Branch &branch, const Catalogue *catalogue)
    : m_branch(branch)
    , m_catalogue(catalogue)
{}

QJsonObject DailyLog::compile(const QDate &day)
{
    const QString d = day.toString(Qt::ISODate);
    DailyLogStore store(m_branch.database());
    Tally all;
    QMap<QString, Tally> byService;
    QMap<int, Tally> byWindow;
    const QList<DayTicketRow> tickets = store.tickets(d);
    for (const DayTicketRow &t : tickets) {
        for (Tally *tally : {&all, &byService[t.serviceCode]}) {
            ++tally->issued;
        }
        const bool served = t.state == QLatin1String("done");
        const qint64 wait = Statistics::waitSeconds(t.fairSinceUtc, t.firstCalledUtc);
        QList<Tally *> counted{&all, &byService[t.serviceCode]};
        if (t.window > 0 && (served || t.state == QLatin1String("no_show"))) {
            counted << &byWindow[t.window];
        }
        for (Tally *tally : counted) {
            if (served) {
                ++tally->served;
                if (t.serviceSeconds >= 0) {
                    tally->services << t.serviceSeconds;
                }
            }
            if (t.state == QLatin1String("no_show")) {
                ++tally->noShow;
            }
            if (wait >= 0) {
                tally->waits << wait;
            }
        }
    }
    QJsonArray services;
    for (auto it = byService.begin(); it != byService.end(); ++it) {
        QJsonObject o = it.value().json();
        o.insert(QStringLiteral("code"), it.key());
        services.append(o);
    }
    QJsonArray windows;
    for (auto it = byWindow.begin(); it != byWindow.end(); ++it) {
        QJsonObject o = it.value().json();
        o.remove(QStringLiteral("issued"));
        o.insert(QStringLiteral("window"), it.key());
        windows.append(o);
    }
    const QMap<QString, qint64> actions = store.actionCounts(d);
    const auto count = [&](const char *action) {
        return actions.value(QString::fromLatin1(action));
    };
    QJsonArray incidents;
    for (const IncidentRow &i : store.incidents(d)) {
        incidents.append(QJsonObject{{QStringLiteral("at"), i.atUtc},
                                     {QStringLiteral("kind"), i.kind},
                                     {QStringLiteral("reporter"), i.reporter},
                                     {QStringLiteral("text"), i.text}});
    }
    return {
        {QStringLiteral("day"), d},
        {QStringLiteral("branch"), m_branch.info().code},
        {QStringLiteral("tickets"), all.json()},
        {QStringLiteral("services"), services},
        {QStringLiteral("windows"), windows},
        {QStringLiteral("cases"), QJsonObject{{QStringLiteral("opened"), count("case.open")},
                                              {QStringLiteral("notices"), count("case.notice")},
                                              {QStringLiteral("accepted"), count("case.accept")},
                                              {QStringLiteral("refused"), count("case.refuse")},
                                              {QStringLiteral("referred"), count("case.refer")},
                                              {QStringLiteral("ready"), count("case.ready")},
                                              {QStringLiteral("extended"), count("case.extend")},
                                              {QStringLiteral("cancelled"), count("case.cancel")},
                                              {QStringLiteral("overdue"), store.overdueCases(d)}}},
        {QStringLiteral("questions"),
         QJsonObject{{QStringLiteral("recorded"), count("inquiry.record")},
                     {QStringLiteral("answered"), count("inquiry.answer")}}},
        {QStringLiteral("reprints"), count("case.reprint-receipt") + count("ticket.reprint")},
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("appointments"), bookingsJson(HallKpis(m_branch).bookings(d, d, tickets))},
    };
}

bool DailyLog::isSigned(const QDate &day)
{
    return DailyLogStore(m_branch.database()).isSigned(day.toString(Qt::ISODate));
}

QList<DailyLogRow> DailyLog::revisions(const QDate &day)
{
    return DailyLogStore(m_branch.database()).revisions(day.toString(Qt::ISODate));
}

DailyLogRow DailyLog::sign(const Session &session, const QDate &day, const QString &remarks)
{
    StaffDirectory::require(session, Permissions::Act::SignDailyLog);
    if (remarks.size() > MaxText) {
        throw PermissionDenied(
            tr("The remarks are too long (at most %1 characters).").arg(MaxText));
    }
    if (day > m_branch.businessDay(Clock::nowUtc())) {
        throw PermissionDenied(tr("%1 has not happened yet.").arg(day.toString(Qt::ISODate)));
    }
    DailyLogRow row;
    row.businessDay = day.toString(Qt::ISODate);
    row.remarks = remarks.trimmed();
    row.signedBy = session.login;
    row.signedUtc = Clock::isoUtc(Clock::nowUtc());
    m_branch.record(
        {session.login,
         QStringLiteral("dailylog.sign"),
         QStringLiteral("dailylog:") + row.businessDay,
         {}},
        [&](AuditEvent &event) {
            DailyLogStore store(m_branch.database());
            const QList<DailyLogRow> earlier = store.revisions(row.businessDay);
            row.revision = static_cast<int>(earlier.size()) + 1;
            row.corrects = earlier.isEmpty() ? 0 : earlier.last().id;
            row.figures =
                QString::fromUtf8(QJsonDocument(compile(day)).toJson(QJsonDocument::Compact));
            row.sha256 = QString::fromLatin1(
                QCryptographicHash::hash((row.figures + QLatin1Char('\n') + row.remarks).toUtf8(),
                                         QCryptographicHash::Sha256)
                    .toHex());
            row.id = store.insert(row);
            event.payload = {{QStringLiteral("revision"), row.revision},
                             {QStringLiteral("sha256"), row.sha256}};
        });
    return row;
}

void DailyLog::recordIncident(const Session &session, const QString &kind, const QString &text)
{
    if (!QStringList{QStringLiteral("incident"), QStringLiteral("equipment"),
                     QStringLiteral("note")}
             .contains(kind)) {
        throw PermissionDenied(tr("Unknown kind of entry: %1.").arg(kind));
    }
    if (text.trimmed().isEmpty() || text.size() > MaxText) {
        throw PermissionDenied(tr("Describe what happened (at most %1 characters).").arg(MaxText));
    }
    IncidentRow row;
    row.atUtc = Clock::isoUtc(Clock::nowUtc());
    row.businessDay = m_branch.businessDay(Clock::nowUtc()).toString(Qt::ISODate);
    row.reporter = session.login;
    row.kind = kind;
    row.text = text.trimmed();
    m_branch.record({session.login,
                     QStringLiteral("dailylog.") + kind,
                     {},
                     QJsonObject{{QStringLiteral("day"), row.businessDay}}},
                    [&](AuditEvent &event) {
                        event.subject =
                            QStringLiteral("incident:%1")
                                .arg(DailyLogStore(m_branch.database()).insertIncident(row));
                    });
}

QString DailyLog::serviceName(const QString &code) const
{
    const Service *s = m_catalogue ? m_catalogue->service(code) : nullptr;
    return s ? s->name.text(LocalizedText::screenLanguage()) : code;
}

QJsonObject DailyLog::current(const QDate &day, std::optional<DailyLogRow> *signedRow)
{
    const QList<DailyLogRow> all = revisions(day);
    if (all.isEmpty()) {
        *signedRow = std::nullopt;
        return compile(day);
    }
    *signedRow = all.last();
    return QJsonDocument::fromJson(all.last().figures.toUtf8()).object();
}

PrintedDocument DailyLog::document(const QDate &day)
{
    std::optional<DailyLogRow> signedRow;
    const QJsonObject f = current(day, &signedRow);
    const QLocale locale;
    PrintedDocument d;
    d.kind = PrintedDocument::Kind::DailyLog;
    d.title = tr("Daily log");
    d.branchName = m_branch.info().name;
    d.number = tr("Business day %1").arg(locale.toString(day, QLocale::LongFormat));
    const QJsonObject t = f.value(QStringLiteral("tickets")).toObject();
    d.fields = {
        {tr("Status:"), signedRow
                            ? tr("signed by %1 at %2 (revision %3)")
                                  .arg(signedRow->signedBy,
                                       locale.toString(QDateTime::fromString(signedRow->signedUtc,
                                                                             Qt::ISODateWithMs)
                                                           .toTimeZone(m_branch.timeZone()),
                                                       QLocale::ShortFormat))
                                  .arg(signedRow->revision)
                            : tr("draft, not signed")},
        {tr("Tickets:"), tr("%1 issued, %2 served, %3 no-shows")
                             .arg(t.value(QStringLiteral("issued")).toInteger())
                             .arg(t.value(QStringLiteral("served")).toInteger())
                             .arg(t.value(QStringLiteral("noShow")).toInteger())},
        {tr("Waits:"), tr("average %1, 90% within %2 (min:s)")
                           .arg(duration(t.value(QStringLiteral("avgWaitSeconds")).toInteger()),
                                duration(t.value(QStringLiteral("p90WaitSeconds")).toInteger()))},
        {tr("Service time:"),
         tr("average %1 (min:s)")
             .arg(duration(t.value(QStringLiteral("avgServiceSeconds")).toInteger()))},
    };
    QStringList services;
    for (const QJsonValue &v : f.value(QStringLiteral("services")).toArray()) {
        const QJsonObject s = v.toObject();
        services << tr("%1: %2 issued, %3 served, wait average %4, 90% within %5")
                        .arg(serviceName(s.value(QStringLiteral("code")).toString()))
                        .arg(s.value(QStringLiteral("issued")).toInteger())
                        .arg(s.value(QStringLiteral("served")).toInteger())
                        .arg(duration(s.value(QStringLiteral("avgWaitSeconds")).toInteger()),
                             duration(s.value(QStringLiteral("p90WaitSeconds")).toInteger()));
    }
    QStringList windows;
    for (const QJsonValue &v : f.value(QStringLiteral("windows")).toArray()) {
        const QJsonObject w = v.toObject();
        windows << tr("Window %1: %2 served, %3 no-shows, service average %4")
                       .arg(w.value(QStringLiteral("window")).toInteger())
                       .arg(w.value(QStringLiteral("served")).toInteger())
                       .arg(w.value(QStringLiteral("noShow")).toInteger())
                       .arg(duration(w.value(QStringLiteral("avgServiceSeconds")).toInteger()));
    }
    const QJsonObject c = f.value(QStringLiteral("cases")).toObject();
    const QJsonObject q = f.value(QStringLiteral("questions")).toObject();
    const auto n = [](const QJsonObject &o, const char *key) {
        return o.value(QString::fromLatin1(key)).toInteger();
    };
    const QStringList cases{
        tr("Cases opened: %1; one-time notices: %2; accepted: %3")
            .arg(n(c, "opened"))
            .arg(n(c, "notices"))
            .arg(n(c, "accepted")),
        tr("Refused: %1; referred: %2; cancelled: %3")
            .arg(n(c, "refused"))
            .arg(n(c, "referred"))
            .arg(n(c, "cancelled")),
        tr("Ready: %1; extended: %2; overdue: %3")
            .arg(n(c, "ready"))
            .arg(n(c, "extended"))
            .arg(n(c, "overdue")),
        tr("Questions recorded: %1; answered: %2; reprints: %3")
            .arg(n(q, "recorded"))
            .arg(n(q, "answered"))
            .arg(f.value(QStringLiteral("reprints")).toInteger()),
    };
    QStringList incidents;
    for (const QJsonValue &v : f.value(QStringLiteral("incidents")).toArray()) {
        const QJsonObject i = v.toObject();
        const QString kind = i.value(QStringLiteral("kind")).toString();
        incidents << tr("%1 %2 (%3): %4")
                         .arg(locale.toString(
                                  QDateTime::fromString(i.value(QStringLiteral("at")).toString(),
                                                        Qt::ISODateWithMs)
                                      .toTimeZone(m_branch.timeZone())
                                      .time(),
                                  QLocale::ShortFormat),
                              kind == QLatin1String("equipment") ? tr("Equipment fault")
                              : kind == QLatin1String("note")    ? tr("Note")
                                                                 : tr("Incident"),
                              i.value(QStringLiteral("reporter")).toString(),
                              i.value(QStringLiteral("text")).toString());
    }
    d.sections = {{tr("By service"), services}, {tr("By window"), windows}, {tr("Cases"), cases}};
    // Logs signed before appointments were counted have no such object.
    const QJsonObject a = f.value(QStringLiteral("appointments")).toObject();
    if (n(a, "booked") > 0 || n(a, "cancelled") > 0 || n(a, "bookedCalled") > 0) {
        d.sections.append(
            {tr("Appointments"),
             {tr("Bookings for today's slots: %1; checked in: %2 (served: %3); no-shows: %4; "
                 "still to come: %5; cancelled: %6")
                  .arg(QString::number(n(a, "booked")), QString::number(n(a, "checkedIn")),
                       QString::number(n(a, "served")), QString::number(n(a, "noShow")),
                       QString::number(n(a, "waiting")), QString::number(n(a, "cancelled"))),
              tr("Booked customers waited on average %1, 90% within %2 (%3 called); walk-ins "
                 "%4, 90% within %5 (%6 called)")
                  .arg(duration(n(a, "bookedAvgWaitSeconds")),
                       duration(n(a, "bookedP90WaitSeconds")),
                       QString::number(n(a, "bookedCalled")),
                       duration(n(a, "walkInAvgWaitSeconds")),
                       duration(n(a, "walkInP90WaitSeconds")),
                       QString::number(n(a, "walkInCalled")))}});
    }
    if (!incidents.isEmpty()) {
        d.sections.append({tr("Incidents and equipment faults"), incidents});
    }
    if (signedRow && !signedRow->remarks.isEmpty()) {
        d.paragraphs << tr("Manager's remarks: %1").arg(signedRow->remarks);
    }
    if (signedRow) {
        d.staffLine = tr("Digest (SHA-256): %1").arg(signedRow->sha256);
    }
    d.signatures = {tr("Hall manager:")};
    return d;
}

QString DailyLog::csv(const QDate &day)
{
    std::optional<DailyLogRow> signedRow;
    const QJsonObject f = current(day, &signedRow);
    QStringList lines{QStringLiteral("section,item,measure,value")};
    const auto add = [&](const QString &section, const QString &item, const QString &measure,
                         const QJsonValue &value) {
        QString v = value.isString() ? value.toString() : QString::number(value.toInteger());
        if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))) {
            v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\""))
                + QLatin1Char('"');
        }
        lines << QStringList{section, item, measure, v}.join(QLatin1Char(','));
    };
    add(QStringLiteral("log"), f.value(QStringLiteral("day")).toString(), QStringLiteral("signed"),
        signedRow ? QJsonValue(signedRow->revision) : QJsonValue(0));
    const auto addAll = [&](const QString &section, const QString &item, const QJsonObject &o) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != QLatin1String("code") && it.key() != QLatin1String("window")) {
                add(section, item, it.key(), it.value());
            }
        }
    };
    addAll(QStringLiteral("tickets"), QStringLiteral("all"),
           f.value(QStringLiteral("tickets")).toObject());
    for (const QJsonValue &v : f.value(QStringLiteral("services")).toArray()) {
        addAll(QStringLiteral("service"), v.toObject().value(QStringLiteral("code")).toString(),
               v.toObject());
    }
    for (const QJsonValue &v : f.value(QStringLiteral("windows")).toArray()) {
        addAll(QStringLiteral("window"),
               QString::number(v.toObject().value(QStringLiteral("window")).toInteger()),
               v.toObject());
    }
    addAll(QStringLiteral("cases"), QStringLiteral("all"),
           f.value(QStringLiteral("cases")).toObject());
    addAll(QStringLiteral("questions"), QStringLiteral("all"),
           f.value(QStringLiteral("questions")).toObject());
    add(QStringLiteral("reprints"), QStringLiteral("all"), QStringLiteral("count"),
        f.value(QStringLiteral("reprints")));
    if (f.contains(QStringLiteral("appointments"))) {
        addAll(QStringLiteral("appointments"), QStringLiteral("all"),
               f.value(QStringLiteral("appointments")).toObject());
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
