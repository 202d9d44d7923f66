#include "kpis.h"

#include "appointments/appointmentsettings.h"
#include "appointmentstore.h"
#include "branch/branch.h"
#include "branchstore.h"
#include "calendar/cutoffsetting.h"
#include "calendar/workingcalendar.h"
#include "casestore.h"
#include "cataloguestore.h"
#include "core/clock.h"
#include "dailylogstore.h"
#include "database.h"
#include "feedback/ratingbook.h"
#include "feedbackstore.h"
#include "reports/statistics.h"

#include <QMap>

#include <algorithm>

namespace
{
// A group's figures while they are being counted: the lists the means come from.
struct Tally
{
    KpiFigures figures;
    QList<qint64> waits;
    QList<qint64> services;
    QList<qint64> answers;

    KpiFigures finish()
    {
        KpiFigures &f = figures;
        f.called = waits.size();
        f.avgWaitSeconds = Statistics::mean(waits);
        f.p90WaitSeconds = Statistics::percentile(waits, 0.9);
        f.maxWaitSeconds = waits.isEmpty() ? -1 : *std::max_element(waits.begin(), waits.end());
        f.avgServiceSeconds = Statistics::mean(services);
        f.p90ServiceSeconds = Statistics::percentile(services, 0.9);
        f.consultations = answers.size();
        f.avgAnswerSeconds = Statistics::mean(answers);
        return f;
    }
};

// The hall, the clerk (if any) and the service (if any) a record counts for.
QList<Tally *> groups(Tally &total, QMap<QString, Tally> &byClerk, QMap<QString, Tally> &byService,
                      const QString &clerk, const QString &service)
{
    QList<Tally *> list{&total};
    if (!clerk.isEmpty()) {
        list << &byClerk[clerk];
    }
    if (!service.isEmpty()) {
        list << &byService[service];
    }
    return list;
}

std::optional<bool> judged(qint64 basis, bool met)
{
    return basis > 0 ? std::optional<bool>(met) : std::nullopt;
}
} // namespace

HallKpis::HallKpis(Branch &branch)
    : m_branch(branch)
{}

QStringList HallKpis::requestTypes()
{
    return {QStringLiteral("consultation"), QStringLiteral("repair"),  QStringLiteral("complaint"),
            QStringLiteral("business"),     QStringLiteral("praise"),  QStringLiteral("suggestion"),
            QStringLiteral("callback"),     QStringLiteral("reminder")};
}

QList<KpiResult> HallKpis::assess(const KpiFigures &f, const KpiTargets &t)
{
    QList<KpiResult> results;
    const auto share = [&](KpiResult::Measure m, const char *key, qint64 part, qint64 whole,
                           int targetPercent) {
        KpiResult r;
        r.measure = m;
        r.targetKey = QLatin1String(key);
        r.actual = KpiFigures::percent(part, whole);
        r.target = targetPercent;
        r.higherIsBetter = true;
        r.basis = whole;
        // In whole numbers, so that 19 of 20 is exactly 95 %.
        r.met = judged(whole, part * 100 >= static_cast<qint64>(targetPercent) * whole);
        results << r;
    };
    const auto time = [&](KpiResult::Measure m, const char *key, qint64 seconds, qint64 basis,
                          int targetMinutes) {
        KpiResult r;
        r.measure = m;
        r.targetKey = QLatin1String(key);
        r.actual = basis > 0 ? static_cast<double>(seconds) : -1;
        r.target = targetMinutes * 60.0;
        r.higherIsBetter = false;
        r.basis = basis;
        r.met = judged(basis, seconds <= targetMinutes * 60LL);
        results << r;
    };
    share(KpiResult::Measure::CalledWithinTarget, KpiTargets::WaitPercentKey, f.calledWithinTarget,
          f.called, t.waitPercent);
    time(KpiResult::Measure::AverageWait, KpiTargets::ResponseMinutesKey, f.avgWaitSeconds,
         f.called, t.responseMinutes);
    time(KpiResult::Measure::AnswerTime, KpiTargets::AnswerMinutesKey, f.avgAnswerSeconds,
         f.consultations, t.answerMinutes);
    share(KpiResult::Measure::Satisfaction, KpiTargets::SatisfactionPercentKey, f.satisfied,
          f.ratings, t.satisfactionPercent);
    share(KpiResult::Measure::CasesOnTime, KpiTargets::CasesOnTimePercentKey, f.casesOnTime,
          f.casesReady, t.casesOnTimePercent);
    share(KpiResult::Measure::ComplaintsInTime, KpiTargets::ComplaintDaysKey, f.answeredInTime,
          f.answeredInTime + f.answeredLate + f.openOverdue, 100);
    return results;
}

KpiReport HallKpis::compute(const QDate &from, const QDate &to, int longestWaits)
{
    KpiReport report;
    report.from = from;
    report.to = to;
    report.asOf = m_branch.businessDay(Clock::nowUtc());
    report.targets = KpiTargets::read(m_branch);
    if (!from.isValid() || !to.isValid() || to < from) {
        return report;
    }
    Database &db = m_branch.database();
    const QString f = from.toString(Qt::ISODate);
    const QString t = to.toString(Qt::ISODate);
    const qint64 waitLimit = report.targets.waitMinutes * 60LL;

    QMap<QString, ServiceRow> services;
    for (const ServiceRow &s : CatalogueStore(db).services()) {
        services.insert(s.code, s);
    }
    const auto typeOf = [&](const QString &code) {
        const auto it = services.constFind(code);
        return it == services.cend() ? QStringLiteral("unknown") : it->requestType;
    };

    Tally total;
    QMap<QString, Tally> byClerk;
    QMap<QString, Tally> byService;
    QMap<QString, KpiRequestType> types;
    QMap<QDate, KpiDay> days;
    QList<KpiWait> waits;

    // The queue, from the same rows as the daily log.
    const QList<DayTicketRow> tickets = DailyLogStore(db).tickets(f, t);
    for (const DayTicketRow &row : tickets) {
        const bool served = row.state == QLatin1String("done");
        const bool noShow = row.state == QLatin1String("no_show");
        const qint64 wait = Statistics::waitSeconds(row.fairSinceUtc, row.firstCalledUtc);
        const bool consultation = typeOf(row.serviceCode) == QLatin1String("consultation");
        for (Tally *g : groups(total, byClerk, byService, row.clerk, row.serviceCode)) {
            ++g->figures.issued;
            g->figures.served += served ? 1 : 0;
            g->figures.noShow += noShow ? 1 : 0;
            if (wait >= 0) {
                g->waits << wait;
                g->figures.calledWithinTarget += wait <= waitLimit ? 1 : 0;
            }
            if (served && row.serviceSeconds >= 0) {
                g->services << row.serviceSeconds;
                if (consultation) {
                    g->answers << row.serviceSeconds;
                }
            }
        }
        KpiRequestType &type = types[typeOf(row.serviceCode)];
        ++type.issued;
        type.served += served ? 1 : 0;
        const QDate day = QDate::fromString(row.businessDay, Qt::ISODate);
        KpiDay &d = days[day];
        ++d.issued;
        d.served += served ? 1 : 0;
        d.noShow += noShow ? 1 : 0;
        if (wait >= 0) {
            waits << KpiWait{day, row.number, row.serviceCode, row.window, wait};
        }
    }

    // Cases: notices, acceptances and completions, by who took the step and by service.
    for (const CaseEventRow &e : CaseStore(db).events(f, t)) {
        for (Tally *g : groups(total, byClerk, byService, e.actor, e.serviceCode)) {
            if (e.action == QLatin1String("case.notice")) {
                ++g->figures.notices;
            } else if (e.action == QLatin1String("case.accept")) {
                ++g->figures.accepted;
            } else {
                ++g->figures.casesReady;
                // Ready on or before the date on the receipt; an extension does not move it.
                g->figures.casesOnTime +=
                    !e.promisedDue.isEmpty() && e.businessDay <= e.promisedDue ? 1 : 0;
            }
        }
    }

    // Ratings of the period's tickets.
    for (const RatingRow &r : FeedbackStore(db).ratings(f, t)) {
        for (Tally *g : groups(total, byClerk, byService, r.clerk, r.serviceCode)) {
            ++g->figures.ratings;
            g->figures.verySatisfied += r.level == 5 ? 1 : 0;
            g->figures.satisfied += RatingBook::isSatisfied(r.level) ? 1 : 0;
            g->figures.bad += RatingBook::isBad(r.level) ? 1 : 0;
        }
    }

    // Complaints recorded in the period, judged against the target as of today.
    const QTime cutOff = CutOffSetting::read(m_branch);
    for (const ReceivedComplaintRow &received : FeedbackStore(db).complaintsReceived(f, t)) {
        const ComplaintRow &c = received.complaint;
        KpiComplaint k;
        k.id = c.id;
        k.received = QDate::fromString(received.businessDay, Qt::ISODate);
        k.channel = c.channel;
        k.serviceCode = c.serviceCode;
        k.staffConcerned = c.staffConcerned;
        k.escalated = !c.escalatedUtc.isEmpty();
        const QDateTime receivedLocal =
            QDateTime::fromString(c.receivedUtc, Qt::ISODateWithMs).toTimeZone(m_branch.timeZone());
        k.limit = WorkingCalendar::builtIn()
                      .dueFromReceipt(receivedLocal, cutOff, report.targets.complaintDays,
                                      WorkingCalendar::LimitKind::Working)
                      .date;
        if (c.state == QLatin1String("closed")) {
            k.answered =
                m_branch.businessDay(QDateTime::fromString(c.closedUtc, Qt::ISODateWithMs));
            k.answeredVia = c.answeredVia;
            k.status = k.answered <= k.limit ? KpiComplaint::Status::AnsweredInTime
                                             : KpiComplaint::Status::AnsweredLate;
        } else {
            k.status = report.asOf > k.limit ? KpiComplaint::Status::OpenOverdue
                                             : KpiComplaint::Status::OpenInTime;
        }
        for (Tally *g : groups(total, byClerk, byService, c.staffConcerned, c.serviceCode)) {
            KpiFigures &fig = g->figures;
            ++fig.complaints;
            fig.answeredInTime += k.status == KpiComplaint::Status::AnsweredInTime ? 1 : 0;
            fig.answeredLate += k.status == KpiComplaint::Status::AnsweredLate ? 1 : 0;
            fig.openOverdue += k.status == KpiComplaint::Status::OpenOverdue ? 1 : 0;
            fig.openInTime += k.status == KpiComplaint::Status::OpenInTime ? 1 : 0;
        }
        report.complaints << k;
    }

    // The daily log's counts, summed over the days.
    KpiLogTotals &log = report.logTotals;
    const QMap<QString, qint64 *> counted{
        {QStringLiteral("case.open"), &log.casesOpened},
        {QStringLiteral("case.notice"), &log.notices},
        {QStringLiteral("case.accept"), &log.accepted},
        {QStringLiteral("case.refuse"), &log.refused},
        {QStringLiteral("case.refer"), &log.referred},
        {QStringLiteral("case.ready"), &log.ready},
        {QStringLiteral("case.extend"), &log.extended},
        {QStringLiteral("case.cancel"), &log.cancelled},
        {QStringLiteral("inquiry.record"), &log.questionsRecorded},
        {QStringLiteral("inquiry.answer"), &log.questionsAnswered},
        {QStringLiteral("case.reprint-receipt"), &log.reprints},
        {QStringLiteral("ticket.reprint"), &log.reprints},
    };
    for (const ActionCountRow &a : DailyLogStore(db).actionCounts(f, t)) {
        if (qint64 *n = counted.value(a.action)) {
            *n += a.count;
        }
    }

    report.total = total.finish();
    report.results = assess(report.total, report.targets);
    BranchStore staff(db);
    for (auto it = byClerk.begin(); it != byClerk.end(); ++it) {
        KpiFigures fig = it->finish();
        fig.key = it.key();
        const auto row = staff.staffByLogin(it.key());
        fig.name = row ? row->displayName : it.key();
        report.byClerk << fig;
    }
    for (auto it = byService.begin(); it != byService.end(); ++it) {
        KpiFigures fig = it->finish();
        fig.key = it.key();
        fig.name = services.value(it.key()).nameZhCn;
        report.byService << fig;
    }
    std::stable_sort(report.byService.begin(), report.byService.end(),
                     [](const KpiFigures &a, const KpiFigures &b) {
                         return a.issued > b.issued;
                     });
    for (const QString &type : requestTypes()) {
        KpiRequestType r = types.value(type);
        r.type = type;
        report.requestTypes << r;
    }
    if (types.contains(QStringLiteral("unknown"))) {
        KpiRequestType r = types.value(QStringLiteral("unknown"));
        r.type = QStringLiteral("unknown");
        report.requestTypes << r;
    }
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        KpiDay day = days.value(d);
        day.day = d;
        report.days << day;
    }
    std::stable_sort(waits.begin(), waits.end(), [](const KpiWait &a, const KpiWait &b) {
        return a.waitSeconds > b.waitSeconds;
    });
    report.longestWaits = waits.mid(0, std::max(0, longestWaits));
    report.bookings = bookings(f, t, tickets);
    return report;
}

KpiBookings HallKpis::bookings(const QString &from, const QString &to,
                               const QList<DayTicketRow> &tickets)
{
    KpiBookings b;
    const AppointmentSettings settings = AppointmentSettings::read(m_branch);
    const QString missedBefore =
        Clock::isoUtc(Clock::nowUtc().addSecs(-qint64(settings.noShowGraceMinutes) * 60));
    const QMap<QString, qint64> states =
        AppointmentStore(m_branch.database()).stateCounts(from, to, missedBefore);
    const auto n = [&](const char *state) {
        return states.value(QString::fromLatin1(state));
    };
    b.cancelled = n("cancelled");
    b.noShow = n("no_show");
    b.waiting = n("booked");
    b.served = n("served");
    b.checkedIn = n("checked_in") + b.served;
    b.booked = b.checkedIn + b.noShow + b.waiting;

    QList<qint64> booked;
    QList<qint64> walkIn;
    for (const DayTicketRow &row : tickets) {
        const qint64 wait = Statistics::waitSeconds(row.fairSinceUtc, row.firstCalledUtc);
        if (wait >= 0) {
            (row.booked ? booked : walkIn) << wait;
        }
    }
    b.bookedCalled = booked.size();
    b.bookedAvgWaitSeconds = Statistics::mean(booked);
    b.bookedP90WaitSeconds = Statistics::percentile(booked, 0.9);
    b.walkInCalled = walkIn.size();
    b.walkInAvgWaitSeconds = Statistics::mean(walkIn);
    b.walkInP90WaitSeconds = Statistics::percentile(walkIn, 0.9);
    return b;
}
