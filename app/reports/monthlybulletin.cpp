#include "monthlybulletin.h"

#include "branch/branch.h"
#include "cases/caseworkflow.h"
#include "catalogue/catalogue.h"
#include "core/clock.h"
#include "reports/statistics.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace
{
constexpr int TopServices = 10;
constexpr int ChartedServices = 8;

QString csvValue(QString v)
{
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))
        || v.contains(QLatin1Char('\n'))) {
        v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
    }
    return v;
}

QString number(double value)
{
    return value < 0 ? QString() : QString::number(value, 'f', 1);
}
} // namespace

MonthlyBulletin::MonthlyBulletin(Branch &branch, const Catalogue *catalogue, const QString &lang)
    : m_branch(branch)
    , m_catalogue(catalogue)
    , m_language(lang.isEmpty() ? CaseWorkflow::documentLanguage(branch) : lang)
{}

QDate MonthlyBulletin::parseMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch()) {
        return {};
    }
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
}

KpiReport MonthlyBulletin::compile(const QDate &month)
{
    const QDate first(month.year(), month.month(), 1);
    const QDate today = m_branch.businessDay(Clock::nowUtc());
    const QDate last = std::min(first.addMonths(1).addDays(-1), today);
    return HallKpis(m_branch).compute(first, last, 10);
}

QString MonthlyBulletin::t(const char *source) const
{
    return m_language.text("MonthlyBulletin", source);
}

QString MonthlyBulletin::serviceName(const QString &code, const QString &fallback) const
{
    const Service *s = m_catalogue ? m_catalogue->service(code) : nullptr;
    if (s) {
        return s->name.text(m_language.code());
    }
    return fallback.isEmpty() ? code : fallback;
}

QString MonthlyBulletin::clerkName(const KpiFigures &clerk) const
{
    return clerk.name == clerk.key ? clerk.key
                                   : t(QT_TR_NOOP("%1 (%2)")).arg(clerk.name, clerk.key);
}

QString MonthlyBulletin::requestTypeName(const QString &type) const
{
    if (type == QLatin1String("consultation")) {
        return t(QT_TR_NOOP("Consultation"));
    }
    if (type == QLatin1String("repair")) {
        return t(QT_TR_NOOP("Repair"));
    }
    if (type == QLatin1String("complaint")) {
        return t(QT_TR_NOOP("Complaint"));
    }
    if (type == QLatin1String("business")) {
        return t(QT_TR_NOOP("Business"));
    }
    if (type == QLatin1String("praise")) {
        return t(QT_TR_NOOP("Praise"));
    }
    if (type == QLatin1String("suggestion")) {
        return t(QT_TR_NOOP("Suggestion"));
    }
    if (type == QLatin1String("callback")) {
        return t(QT_TR_NOOP("Callback"));
    }
    if (type == QLatin1String("reminder")) {
        return t(QT_TR_NOOP("Reminder"));
    }
    return t(QT_TR_NOOP("Services no longer in the catalogue"));
}

QString MonthlyBulletin::monthName(const QDate &month) const
{
    if (m_language.code() == QLatin1String("en")) {
        return QLocale(QLocale::English).toString(month, QStringLiteral("MMMM yyyy"));
    }
    return QStringLiteral("%1年%2月").arg(month.year()).arg(month.month());
}

QString MonthlyBulletin::percent(double value) const
{
    return value < 0 ? QStringLiteral("—") : QString::number(value, 'f', 1) + QLatin1Char('%');
}

PrintedDocument MonthlyBulletin::document(const KpiReport &r)
{
    const KpiFigures &all = r.total;
    const QDate first(r.from.year(), r.from.month(), 1);
    const bool partial = r.to < first.addMonths(1).addDays(-1);
    const auto shortDate = [&](const QDate &d) {
        if (!d.isValid()) {
            return QStringLiteral("—");
        }
        return m_language.code() == QLatin1String("en")
                   ? QLocale(QLocale::English).toString(d, QStringLiteral("d MMM"))
                   : QStringLiteral("%1月%2日").arg(d.month()).arg(d.day());
    };
    const auto duration = [](qint64 seconds) {
        return Statistics::minutesSeconds(seconds);
    };

    PrintedDocument d;
    d.kind = PrintedDocument::Kind::MonthlyBulletin;
    d.title = t(QT_TR_NOOP("Monthly service bulletin"));
    d.branchName = m_branch.info().name;
    d.number = monthName(first);
    d.fields = {
        {t(QT_TR_NOOP("Period:")),
         t(partial ? QT_TR_NOOP("%1 to %2 (the month is not over)") : QT_TR_NOOP("%1 to %2"))
             .arg(m_language.date(r.from), m_language.date(r.to))},
        {t(QT_TR_NOOP("Tickets:")), t(QT_TR_NOOP("%1 issued, %2 served, %3 no-shows"))
                                        .arg(all.issued)
                                        .arg(all.served)
                                        .arg(all.noShow)},
        {t(QT_TR_NOOP("Waits:")),
         t(QT_TR_NOOP("average %1, 90% within %2, longest %3 (min:s)"))
             .arg(duration(all.avgWaitSeconds), duration(all.p90WaitSeconds),
                  duration(all.maxWaitSeconds))},
        {t(QT_TR_NOOP("Service time:")),
         t(QT_TR_NOOP("average %1, 90% within %2 (min:s)"))
             .arg(duration(all.avgServiceSeconds), duration(all.p90ServiceSeconds))},
        {t(QT_TR_NOOP("Ratings:")),
         t(QT_TR_NOOP("%1 ratings; satisfaction %2; very satisfied %3; dissatisfied %4"))
             .arg(QString::number(all.ratings), percent(all.satisfactionPercent()),
                  QString::number(all.verySatisfied), QString::number(all.bad))},
        {t(QT_TR_NOOP("Complaints:")),
         t(QT_TR_NOOP("%1 received; answered in time %2; answered late %3; open past the limit "
                      "%4; open within it %5"))
             .arg(QString::number(all.complaints), QString::number(all.answeredInTime),
                  QString::number(all.answeredLate), QString::number(all.openOverdue),
                  QString::number(all.openInTime))},
    };

    // The key figures against the targets.
    PrintedDocument::Table kpis;
    kpis.heading = t(QT_TR_NOOP("Key figures against targets"));
    kpis.columns = {t(QT_TR_NOOP("Indicator")), t(QT_TR_NOOP("Result")), t(QT_TR_NOOP("Target")),
                    t(QT_TR_NOOP("Based on")), t(QT_TR_NOOP("Assessment"))};
    kpis.rightAligned = {false, true, true, true, false};
    for (const KpiResult &k : r.results) {
        QString name;
        QString basis = QString::number(k.basis);
        switch (k.measure) {
        case KpiResult::Measure::CalledWithinTarget:
            name = t(QT_TR_NOOP("Called within %1 minutes")).arg(r.targets.waitMinutes);
            break;
        case KpiResult::Measure::AverageWait:
            name = t(QT_TR_NOOP("Average wait (response time)"));
            break;
        case KpiResult::Measure::AnswerTime:
            name = t(QT_TR_NOOP("Average time to answer a consultation"));
            break;
        case KpiResult::Measure::Satisfaction:
            name = t(QT_TR_NOOP("Satisfaction rate"));
            break;
        case KpiResult::Measure::CasesOnTime:
            name = t(QT_TR_NOOP("Cases ready by the promised date"));
            break;
        case KpiResult::Measure::ComplaintsInTime:
            name = t(QT_TR_NOOP("Complaints answered within %1 working days"))
                       .arg(r.targets.complaintDays);
            break;
        }
        const bool time = !k.higherIsBetter;
        const QString actual = time ? duration(static_cast<qint64>(k.actual)) : percent(k.actual);
        const QString target = time ? duration(static_cast<qint64>(k.target))
                                    : QString::number(k.target, 'f', 0) + QLatin1Char('%');
        kpis.rows << QStringList{
            name, actual,
            t(time ? QT_TR_NOOP("at most %1") : QT_TR_NOOP("at least %1")).arg(target), basis,
            !k.met   ? t(QT_TR_NOOP("No data"))
            : *k.met ? t(QT_TR_NOOP("Met"))
                     : t(QT_TR_NOOP("Not met"))};
    }
    kpis.note = t(QT_TR_NOOP("Times are minutes:seconds. Based on: called tickets, consultations "
                             "served, ratings, cases ready, and complaints answered or overdue."));
    d.blocks << kpis;

    // Requests by type: a chart, then the table with the other records.
    PrintedDocument::BarChart types;
    types.heading = t(QT_TR_NOOP("Requests by type (tickets issued)"));
    PrintedDocument::Table typeTable;
    typeTable.heading = t(QT_TR_NOOP("Requests by type"));
    typeTable.columns = {t(QT_TR_NOOP("Type")), t(QT_TR_NOOP("Tickets issued")),
                         t(QT_TR_NOOP("Served")), t(QT_TR_NOOP("Other records"))};
    typeTable.rightAligned = {false, true, true, true};
    for (const KpiRequestType &type : r.requestTypes) {
        const QString name = requestTypeName(type.type);
        types.bars << PrintedDocument::Bar{name, static_cast<double>(type.issued),
                                           QString::number(type.issued)};
        QString other = QStringLiteral("—");
        if (type.type == QLatin1String("consultation")) {
            other = QString::number(r.logTotals.questionsRecorded);
        } else if (type.type == QLatin1String("business")) {
            other = QString::number(all.accepted);
        } else if (type.type == QLatin1String("complaint")) {
            other = QString::number(all.complaints);
        }
        typeTable.rows << QStringList{name, QString::number(type.issued),
                                      QString::number(type.served), other};
    }
    typeTable.note =
        t(QT_TR_NOOP("Each ticket counts under the request type its service has in the "
                     "catalogue. Other records: consultation, questions recorded to answer "
                     "later; business, cases accepted; complaint, complaints recorded from any "
                     "channel. Repair, praise, suggestion, callback and reminder have no records "
                     "besides their tickets."));
    d.blocks << types << typeTable;

    // The busiest services.
    PrintedDocument::BarChart busiest;
    busiest.heading = t(QT_TR_NOOP("Busiest services (tickets issued)"));
    PrintedDocument::Table services;
    services.heading = t(QT_TR_NOOP("Top services"));
    services.columns = {t(QT_TR_NOOP("Service")),      t(QT_TR_NOOP("Issued")),
                        t(QT_TR_NOOP("Served")),       t(QT_TR_NOOP("No-shows")),
                        t(QT_TR_NOOP("Average wait")), t(QT_TR_NOOP("90% wait")),
                        t(QT_TR_NOOP("Satisfaction"))};
    services.rightAligned = {false, true, true, true, true, true, true};
    for (qsizetype i = 0; i < r.byService.size() && i < TopServices; ++i) {
        const KpiFigures &s = r.byService.at(i);
        const QString name = serviceName(s.key, s.name);
        if (i < ChartedServices) {
            busiest.bars << PrintedDocument::Bar{name, static_cast<double>(s.issued),
                                                 QString::number(s.issued)};
        }
        services.rows << QStringList{name,
                                     QString::number(s.issued),
                                     QString::number(s.served),
                                     QString::number(s.noShow),
                                     duration(s.avgWaitSeconds),
                                     duration(s.p90WaitSeconds),
                                     percent(s.satisfactionPercent())};
    }
    if (!busiest.bars.isEmpty()) {
        d.blocks << busiest;
    }
    d.blocks << services;

    // Each clerk.
    PrintedDocument::Table clerks;
    clerks.heading = t(QT_TR_NOOP("By clerk"));
    clerks.columns = {t(QT_TR_NOOP("Clerk")),
                      t(QT_TR_NOOP("Served")),
                      t(QT_TR_NOOP("No-shows")),
                      t(QT_TR_NOOP("Average service")),
                      t(QT_TR_NOOP("One-time notices")),
                      t(QT_TR_NOOP("Cases on time")),
                      t(QT_TR_NOOP("Satisfaction")),
                      t(QT_TR_NOOP("Complaints"))};
    clerks.rightAligned = {false, true, true, true, true, true, true, true};
    for (const KpiFigures &c : r.byClerk) {
        clerks.rows << QStringList{clerkName(c),
                                   QString::number(c.served),
                                   QString::number(c.noShow),
                                   duration(c.avgServiceSeconds),
                                   QString::number(c.notices),
                                   QStringLiteral("%1/%2").arg(c.casesOnTime).arg(c.casesReady),
                                   percent(c.satisfactionPercent()),
                                   QString::number(c.complaints)};
    }
    clerks.note = t(QT_TR_NOOP("A clerk's tickets are those they finished or marked as "
                               "no-shows; their complaints are those that name them."));
    d.blocks << clerks;

    // The longest waits.
    PrintedDocument::Table waits;
    waits.heading = t(QT_TR_NOOP("Longest waits"));
    waits.columns = {t(QT_TR_NOOP("Day")), t(QT_TR_NOOP("Ticket")), t(QT_TR_NOOP("Service")),
                     t(QT_TR_NOOP("Window")), t(QT_TR_NOOP("Wait"))};
    waits.rightAligned = {false, false, false, true, true};
    for (const KpiWait &w : r.longestWaits) {
        waits.rows << QStringList{shortDate(w.day), w.number, serviceName(w.serviceCode),
                                  w.window > 0 ? QString::number(w.window) : QStringLiteral("—"),
                                  duration(w.waitSeconds)};
    }
    d.blocks << waits;

    // The complaints and what became of them (no names, no phones, no free text).
    PrintedDocument::Table complaints;
    complaints.heading = t(QT_TR_NOOP("Complaints and their outcomes"));
    complaints.columns = {t(QT_TR_NOOP("No.")),     t(QT_TR_NOOP("Received")),
                          t(QT_TR_NOOP("Channel")), t(QT_TR_NOOP("Service")),
                          t(QT_TR_NOOP("Limit")),   t(QT_TR_NOOP("Answered")),
                          t(QT_TR_NOOP("Outcome"))};
    complaints.rightAligned = {true, false, false, false, false, false, false};
    for (const KpiComplaint &c : r.complaints) {
        QString channel = c.channel;
        if (c.channel == QLatin1String("counter")) {
            channel = t(QT_TR_NOOP("At the counter"));
        } else if (c.channel == QLatin1String("phone")) {
            channel = t(QT_TR_NOOP("Phone"));
        } else if (c.channel == QLatin1String("letter")) {
            channel = t(QT_TR_NOOP("Letter"));
        } else if (c.channel == QLatin1String("online")) {
            channel = t(QT_TR_NOOP("Online"));
        } else if (c.channel == QLatin1String("head_office")) {
            channel = t(QT_TR_NOOP("From head office"));
        }
        QString via = c.answeredVia;
        if (via == QLatin1String("phone")) {
            via = t(QT_TR_NOOP("by phone"));
        } else if (via == QLatin1String("letter")) {
            via = t(QT_TR_NOOP("by letter"));
        } else if (via == QLatin1String("in_person")) {
            via = t(QT_TR_NOOP("in person"));
        } else if (via == QLatin1String("sms")) {
            via = t(QT_TR_NOOP("by SMS"));
        }
        QString outcome;
        switch (c.status) {
        case KpiComplaint::Status::AnsweredInTime:
            outcome = t(QT_TR_NOOP("Answered in time"));
            break;
        case KpiComplaint::Status::AnsweredLate:
            outcome = t(QT_TR_NOOP("Answered late"));
            break;
        case KpiComplaint::Status::OpenOverdue:
            outcome = c.escalated ? t(QT_TR_NOOP("Open past the limit, escalated to head office"))
                                  : t(QT_TR_NOOP("Open past the limit"));
            break;
        case KpiComplaint::Status::OpenInTime:
            outcome = t(QT_TR_NOOP("Open, within the limit"));
            break;
        }
        complaints.rows << QStringList{
            QString::number(c.id),
            shortDate(c.received),
            channel,
            c.serviceCode.isEmpty() ? QStringLiteral("—") : serviceName(c.serviceCode),
            shortDate(c.limit),
            c.answered.isValid() ? t(QT_TR_NOOP("%1, %2")).arg(shortDate(c.answered), via)
                                 : QStringLiteral("—"),
            outcome};
    }
    complaints.note = t(QT_TR_NOOP("Complaints recorded in the period, judged as of %1."))
                          .arg(m_language.date(r.asOf));
    d.blocks << complaints;

    const KpiLogTotals &log = r.logTotals;
    d.sections = {
        {t(QT_TR_NOOP("The daily logs added up")),
         {t(QT_TR_NOOP("Cases opened: %1; one-time notices: %2; accepted: %3"))
              .arg(log.casesOpened)
              .arg(log.notices)
              .arg(log.accepted),
          t(QT_TR_NOOP("Refused: %1; referred: %2; ready: %3; extended: %4; cancelled: %5"))
              .arg(QString::number(log.refused), QString::number(log.referred),
                   QString::number(log.ready), QString::number(log.extended),
                   QString::number(log.cancelled)),
          t(QT_TR_NOOP("Questions recorded to answer later: %1; answered: %2; reprints: %3"))
              .arg(log.questionsRecorded)
              .arg(log.questionsAnswered)
              .arg(log.reprints)}},
    };
    const KpiBookings &b = r.bookings;
    if (!b.isEmpty()) {
        d.sections.append(
            {t(QT_TR_NOOP("Appointments")),
             {t(QT_TR_NOOP("Bookings for the month's slots: %1; checked in: %2 (served: %3); "
                           "no-shows: %4; still to come: %5; cancelled: %6"))
                  .arg(QString::number(b.booked), QString::number(b.checkedIn),
                       QString::number(b.served), QString::number(b.noShow),
                       QString::number(b.waiting), QString::number(b.cancelled)),
              t(QT_TR_NOOP("Booked customers waited on average %1, 90% within %2 (%3 called); "
                           "walk-ins %4, 90% within %5 (%6 called)"))
                  .arg(duration(b.bookedAvgWaitSeconds), duration(b.bookedP90WaitSeconds),
                       QString::number(b.bookedCalled), duration(b.walkInAvgWaitSeconds),
                       duration(b.walkInP90WaitSeconds), QString::number(b.walkInCalled))}});
    }
    d.sections.append(
        {t(QT_TR_NOOP("How the figures are counted")),
         {t(QT_TR_NOOP("A wait runs from the issue of the ticket (for a booking, from the start "
                       "of its slot) to its first call.")),
          t(QT_TR_NOOP("The satisfaction rate is the share of ratings that are very satisfied, "
                       "satisfied or fairly satisfied.")),
          t(QT_TR_NOOP("A case is on time when it is ready on or before the date printed on "
                       "its receipt; an extension does not move that date.")),
          t(QT_TR_NOOP("A complaint is answered in time within %1 working days of receipt."))
              .arg(r.targets.complaintDays),
          t(QT_TR_NOOP("Tickets, cases and questions are counted as in the daily logs, so the "
                       "month's figures are its days' figures added up."))}});
    d.staffLine = t(QT_TR_NOOP("Compiled on %1"))
                      .arg(m_language.dateTime(Clock::nowUtc().toTimeZone(m_branch.timeZone())));
    d.signatures = {t(QT_TR_NOOP("Compiled by:")), t(QT_TR_NOOP("Hall manager:"))};
    return d;
}

QString MonthlyBulletin::csv(const KpiReport &r) const
{
    QStringList lines{QStringLiteral("section,item,measure,value")};
    const auto add = [&](const QString &section, const QString &item, const QString &measure,
                         const QString &value) {
        lines << QStringList{section, csvValue(item), measure, csvValue(value)}.join(
            QLatin1Char(','));
    };
    const auto n = [](qint64 v) {
        return QString::number(v);
    };
    const QString month = r.from.toString(QStringLiteral("yyyy-MM"));
    add(QStringLiteral("month"), month, QStringLiteral("from"), r.from.toString(Qt::ISODate));
    add(QStringLiteral("month"), month, QStringLiteral("to"), r.to.toString(Qt::ISODate));
    add(QStringLiteral("month"), month, QStringLiteral("asOf"), r.asOf.toString(Qt::ISODate));
    for (const QString &key : KpiTargets::keys()) {
        add(QStringLiteral("target"), key, QStringLiteral("value"), n(r.targets.value(key)));
    }
    // One group's figures; the first six measures are named as in the daily log.
    const auto figures = [&](const QString &section, const QString &item, const KpiFigures &f) {
        const QList<std::pair<const char *, qint64>> values{
            {"issued", f.issued},
            {"served", f.served},
            {"noShow", f.noShow},
            {"avgWaitSeconds", f.avgWaitSeconds},
            {"p90WaitSeconds", f.p90WaitSeconds},
            {"avgServiceSeconds", f.avgServiceSeconds},
            {"called", f.called},
            {"calledWithinTarget", f.calledWithinTarget},
            {"maxWaitSeconds", f.maxWaitSeconds},
            {"p90ServiceSeconds", f.p90ServiceSeconds},
            {"consultations", f.consultations},
            {"avgAnswerSeconds", f.avgAnswerSeconds},
            {"notices", f.notices},
            {"accepted", f.accepted},
            {"casesReady", f.casesReady},
            {"casesOnTime", f.casesOnTime},
            {"ratings", f.ratings},
            {"verySatisfied", f.verySatisfied},
            {"satisfied", f.satisfied},
            {"bad", f.bad},
            {"complaints", f.complaints},
            {"answeredInTime", f.answeredInTime},
            {"answeredLate", f.answeredLate},
            {"openOverdue", f.openOverdue},
            {"openInTime", f.openInTime},
        };
        for (const auto &[measure, value] : values) {
            add(section, item, QLatin1String(measure), n(value));
        }
    };
    figures(QStringLiteral("tickets"), QStringLiteral("all"), r.total);
    for (const KpiResult &k : r.results) {
        static const char *const names[] = {"calledWithinTarget", "averageWait",
                                            "answerTime",         "satisfaction",
                                            "casesOnTime",        "complaintsInTime"};
        const QString item = QLatin1String(names[static_cast<int>(k.measure)]);
        add(QStringLiteral("kpi"), item, QStringLiteral("actual"), number(k.actual));
        add(QStringLiteral("kpi"), item, QStringLiteral("target"), number(k.target));
        add(QStringLiteral("kpi"), item, QStringLiteral("basis"), n(k.basis));
        add(QStringLiteral("kpi"), item, QStringLiteral("met"),
            !k.met   ? QStringLiteral("none")
            : *k.met ? QStringLiteral("yes")
                     : QStringLiteral("no"));
    }
    for (const KpiRequestType &type : r.requestTypes) {
        add(QStringLiteral("requestType"), type.type, QStringLiteral("issued"), n(type.issued));
        add(QStringLiteral("requestType"), type.type, QStringLiteral("served"), n(type.served));
    }
    const KpiLogTotals &log = r.logTotals;
    const QList<std::pair<const char *, qint64>> cases{
        {"opened", log.casesOpened}, {"notices", log.notices},    {"accepted", log.accepted},
        {"refused", log.refused},    {"referred", log.referred},  {"ready", log.ready},
        {"extended", log.extended},  {"cancelled", log.cancelled}};
    for (const auto &[measure, value] : cases) {
        add(QStringLiteral("cases"), QStringLiteral("all"), QLatin1String(measure), n(value));
    }
    add(QStringLiteral("questions"), QStringLiteral("all"), QStringLiteral("recorded"),
        n(log.questionsRecorded));
    add(QStringLiteral("questions"), QStringLiteral("all"), QStringLiteral("answered"),
        n(log.questionsAnswered));
    add(QStringLiteral("reprints"), QStringLiteral("all"), QStringLiteral("count"),
        n(log.reprints));
    const KpiBookings &b = r.bookings;
    const QList<std::pair<const char *, qint64>> bookings{
        {"booked", b.booked},
        {"cancelled", b.cancelled},
        {"checkedIn", b.checkedIn},
        {"served", b.served},
        {"noShow", b.noShow},
        {"waiting", b.waiting},
        {"bookedCalled", b.bookedCalled},
        {"bookedAvgWaitSeconds", b.bookedAvgWaitSeconds},
        {"bookedP90WaitSeconds", b.bookedP90WaitSeconds},
        {"walkInCalled", b.walkInCalled},
        {"walkInAvgWaitSeconds", b.walkInAvgWaitSeconds},
        {"walkInP90WaitSeconds", b.walkInP90WaitSeconds}};
    for (const auto &[measure, value] : bookings) {
        add(QStringLiteral("appointments"), QStringLiteral("all"), QLatin1String(measure),
            n(value));
    }
    for (const KpiFigures &s : r.byService) {
        figures(QStringLiteral("service"), s.key, s);
    }
    for (const KpiFigures &c : r.byClerk) {
        figures(QStringLiteral("clerk"), c.key, c);
    }
    for (const KpiDay &day : r.days) {
        const QString item = day.day.toString(Qt::ISODate);
        add(QStringLiteral("day"), item, QStringLiteral("issued"), n(day.issued));
        add(QStringLiteral("day"), item, QStringLiteral("served"), n(day.served));
        add(QStringLiteral("day"), item, QStringLiteral("noShow"), n(day.noShow));
    }
    int rank = 0;
    for (const KpiWait &w : r.longestWaits) {
        const QString item = QString::number(++rank);
        add(QStringLiteral("longestWait"), item, QStringLiteral("day"),
            w.day.toString(Qt::ISODate));
        add(QStringLiteral("longestWait"), item, QStringLiteral("number"), w.number);
        add(QStringLiteral("longestWait"), item, QStringLiteral("service"), w.serviceCode);
        add(QStringLiteral("longestWait"), item, QStringLiteral("window"), n(w.window));
        add(QStringLiteral("longestWait"), item, QStringLiteral("waitSeconds"), n(w.waitSeconds));
    }
    for (const KpiComplaint &c : r.complaints) {
        static const char *const statuses[] = {"answeredInTime", "answeredLate", "openOverdue",
                                               "openInTime"};
        const QString item = QString::number(c.id);
        add(QStringLiteral("complaint"), item, QStringLiteral("received"),
            c.received.toString(Qt::ISODate));
        add(QStringLiteral("complaint"), item, QStringLiteral("channel"), c.channel);
        add(QStringLiteral("complaint"), item, QStringLiteral("service"), c.serviceCode);
        add(QStringLiteral("complaint"), item, QStringLiteral("limit"),
            c.limit.toString(Qt::ISODate));
        add(QStringLiteral("complaint"), item, QStringLiteral("answered"),
            c.answered.toString(Qt::ISODate));
        add(QStringLiteral("complaint"), item, QStringLiteral("via"), c.answeredVia);
        add(QStringLiteral("complaint"), item, QStringLiteral("status"),
            QLatin1String(statuses[static_cast<int>(c.status)]));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
