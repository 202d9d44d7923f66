#include "appointmentbook.h"

#include "appointments/appointmentsettings.h"
#include "appointmentstore.h"
#include "branch/branch.h"
#include "calendar/calendarupdate.h"
#include "cases/caseworkflow.h"
#include "catalogue/catalogueupdate.h"
#include "cataloguestore.h"
#include "core/clock.h"
#include "database.h"
#include "printing/documentlanguage.h"
#include "queue/queuesettings.h"
#include "queue/ticketqueue.h"
#include "validation/masking.h"
#include "validation/mobilenumbervalidator.h"

#include <QJsonObject>

#include <sodium.h>

#include <stdexcept>

namespace
{
const char *const kSmsBooked = QT_TRANSLATE_NOOP(
    "Documents", "[%1] Booking confirmed: %2, %3 at %4. Your code is %5: check in at the hall "
                 "from %6 minutes before. Your booking: %7");
const char *const kSmsCancelled =
    QT_TRANSLATE_NOOP("Documents", "[%1] Your booking %2 for %3 at %4 is cancelled.");
const char *const kSmsFewerPlaces = QT_TRANSLATE_NOOP(
    "Documents", "[%1] About your booking %2 for %3 on %4 at %5: fewer windows are open that day, "
                 "so you may wait longer. Your booking stands; to choose another time, open %6");

// Thrown inside a transaction to roll it back; caught by the method that started it.
struct Refusal
{
    AppointmentBook::Outcome outcome;
    QString message;
};

AppointmentBook::Result refused(AppointmentBook::Outcome outcome, const QString &message)
{
    AppointmentBook::Result r;
    r.outcome = outcome;
    r.message = message;
    return r;
}

QString subjectOf(qint64 id)
{
    return QStringLiteral("appointment:") + QString::number(id);
}

QString hhmm(QTime t)
{
    return t.toString(QStringLiteral("HH:mm"));
}
} // namespace

AppointmentBook::AppointmentBook(Branch &branch)
    : m_branch(branch)
{}

QString AppointmentBook::newCode()
{
    static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static const bool ready = sodium_init() >= 0;
    if (!ready) {
        throw std::runtime_error("libsodium could not be initialised");
    }
    QString code;
    for (int i = 0; i < 8; ++i) {
        code += QLatin1Char(alphabet[randombytes_uniform(sizeof(alphabet) - 1)]);
    }
    return code;
}

QString AppointmentBook::normaliseCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (!c.isSpace() && c != QLatin1Char('-')) {
            code += c.toUpper();
        }
    }
    return code;
}

QDateTime AppointmentBook::slotStartUtc(QDate date, QTime time) const
{
    return QDateTime(date, time, m_branch.timeZone()).toUTC();
}

QString AppointmentBook::localTime(const QDateTime &utc) const
{
    return hhmm(utc.toTimeZone(m_branch.timeZone()).time());
}

std::optional<SlotRules> AppointmentBook::rules(const QString &serviceCode)
{
    const std::optional<AppointmentRuleRow> row =
        AppointmentStore(m_branch.database()).rule(serviceCode);
    if (!row) {
        return std::nullopt;
    }
    QString error;
    return SlotRules::fromRow(*row, &error); // a malformed row takes no bookings
}

QList<SlotRules> AppointmentBook::allRules()
{
    QList<SlotRules> list;
    for (const AppointmentRuleRow &row : AppointmentStore(m_branch.database()).rules()) {
        QString error;
        if (const auto r = SlotRules::fromRow(row, &error)) {
            list.append(*r);
        }
    }
    return list;
}

QString AppointmentBook::setRules(const SlotRules &rules, const QString &actor)
{
    const QString problem = rules.check();
    if (!problem.isEmpty()) {
        return problem;
    }
    if (!CatalogueStore(m_branch.database()).service(rules.serviceCode)) {
        return tr("Unknown service: %1 (see 'counterdesk-cli catalogue list').")
            .arg(rules.serviceCode);
    }
    const AppointmentRuleRow row = rules.toRow();
    m_branch.record({actor, QStringLiteral("appointment.rules"),
                     QStringLiteral("service:") + rules.serviceCode,
                     QJsonObject{{QStringLiteral("slotMinutes"), row.slotMinutes},
                                 {QStringLiteral("places"), row.places},
                                 {QStringLiteral("hours"), row.hours},
                                 {QStringLiteral("daysAhead"), row.daysAhead},
                                 {QStringLiteral("cutoffMinutes"), row.cutoffMinutes}}},
                    [&](AuditEvent &) {
                        AppointmentStore(m_branch.database()).putRule(row);
                    });
    return {};
}

AppointmentBook::Slots AppointmentBook::slots(const QString &serviceCode, QDate date)
{
    Slots result;
    const std::optional<SlotRules> r = rules(serviceCode);
    if (!r) {
        result.outcome = Outcome::NotBookable;
        result.message = tr("The service %1 takes no bookings.").arg(serviceCode);
        return result;
    }
    const WorkingCalendar &calendar = CalendarUpdate::inForce(m_branch);
    if (!date.isValid() || !calendar.isWorkingDay(date)) {
        result.outcome = Outcome::NotWorkingDay;
        result.message = tr("%1 is not a working day: there are no slots (weekends and public "
                            "holidays are closed, make-up working days open).")
                             .arg(date.toString(Qt::ISODate));
        return result;
    }
    AppointmentStore store(m_branch.database());
    for (const QTime &t : r->startsOn(date, calendar)) {
        Slot s;
        s.localStart = t;
        s.startUtc = slotStartUtc(date, t);
        s.places = placesOn(*r, date);
        s.booked = store.countHolding(serviceCode, Clock::isoUtc(s.startUtc));
        result.slots.append(s);
    }
    if (result.slots.isEmpty()) {
        result.outcome = Outcome::Closed;
        result.message = tr("The service %1 takes no bookings on %2: it is closed that day.")
                             .arg(serviceCode, date.toString(Qt::ISODate));
    }
    return result;
}

QString AppointmentBook::serviceName(const QString &code, const QString &fallback,
                                     const QString &lang)
{
    const std::optional<Catalogue> catalogue = CatalogueUpdate::current(m_branch);
    const Service *service = catalogue ? catalogue->service(code) : nullptr;
    return service ? service->name.text(lang) : fallback;
}

QDate AppointmentBook::lastBookableDay(const SlotRules &rules)
{
    return CalendarUpdate::inForce(m_branch)
        .addWorkingDays(m_branch.businessDay(Clock::nowUtc()), rules.daysAhead)
        .date;
}

int AppointmentBook::placesOn(const SlotRules &rules, QDate date)
{
    return AppointmentStore(m_branch.database())
        .dayPlaces(rules.serviceCode, date.toString(Qt::ISODate))
        .value_or(rules.places);
}

AppointmentBook::DayChange AppointmentBook::setDayPlaces(const QString &serviceCode, QDate date,
                                                         int places, bool sendMessages,
                                                         const QString &actor)
{
    DayChange change;
    if (places < 0 || places > 999) {
        change.outcome = Outcome::Invalid;
        change.message = tr("A slot has from 0 to 999 places, not %1.").arg(places);
        return change;
    }
    const Slots day = slots(serviceCode, date);
    if (day.outcome != Outcome::Ok) {
        change.outcome = day.outcome;
        change.message = day.message;
        return change;
    }
    const std::optional<SlotRules> r = rules(serviceCode);
    change.placesBefore = placesOn(*r, date);
    const QString dayText = date.toString(Qt::ISODate);
    m_branch.record(
        {actor, QStringLiteral("appointment.places"), QStringLiteral("service:") + serviceCode,
         QJsonObject{{QStringLiteral("day"), dayText},
                     {QStringLiteral("places"), places},
                     {QStringLiteral("before"), change.placesBefore}}},
        [&](AuditEvent &) {
            AppointmentStore(m_branch.database()).putDayPlaces(serviceCode, dayText, places);
        });
    // Per slot, the first `places` bookings (in the order they were made) keep their place as
    // planned; the later ones not yet checked in are beyond it.
    QHash<QString, int> holding;
    for (const AppointmentRow &row : AppointmentStore(m_branch.database()).onDay(dayText)) {
        const Booking b = Booking::fromRow(row);
        if (b.serviceCode != serviceCode || b.state == Booking::State::Cancelled) {
            continue;
        }
        const int n = ++holding[row.slotUtc];
        if (n > places && b.state == Booking::State::Booked) {
            change.beyond.append(b);
        }
    }
    if (sendMessages) {
        change.messaged = messageFewerPlaces(change.beyond, actor);
    }
    change.outcome = Outcome::Ok;
    change.message = tr("%1 on %2: %3 places per slot (were %4).")
                         .arg(serviceCode, dayText)
                         .arg(places)
                         .arg(change.placesBefore);
    if (!change.beyond.isEmpty()) {
        change.message +=
            QLatin1Char(' ')
            + tr("%n booking(s) beyond the new places are kept: call or message these customers.",
                 nullptr, static_cast<int>(change.beyond.size()));
    }
    return change;
}

int AppointmentBook::messageFewerPlaces(const QList<Booking> &bookings, const QString &actor)
{
    const QueueSettings queue = QueueSettings::read(m_branch);
    const DocumentLanguage language(CaseWorkflow::documentLanguage(m_branch));
    int sent = 0;
    for (const Booking &b : bookings) {
        const QDateTime local = b.slotUtc.toTimeZone(m_branch.timeZone());
        AuditEvent event{actor, QStringLiteral("appointment.message"), subjectOf(b.id),
                         QJsonObject{{QStringLiteral("reason"), QStringLiteral("places")}}};
        event.sendSms(b.phone, language.text(kSmsFewerPlaces)
                                   .arg(m_branch.info().name, b.code,
                                        serviceName(b.serviceCode, b.serviceCode, language.code()),
                                        language.date(local.date()), hhmm(local.time()),
                                        queue.publicUrl + QStringLiteral("/b/") + b.token));
        m_branch.record(event);
        ++sent;
    }
    return sent;
}

AppointmentBook::Block AppointmentBook::blockFor(const QString &phone)
{
    const ValidationResult v = MobileNumberValidator::validate(phone);
    return blockFor(v.valid ? v.normalised : phone, Clock::nowUtc());
}

AppointmentBook::Block AppointmentBook::blockFor(const QString &phone, const QDateTime &now)
{
    const AppointmentSettings s = AppointmentSettings::read(m_branch);
    Block block;
    if (s.blockDays == 0) {
        return block;
    }
    // A block that can still hold began with a miss at most blockDays ago, and counts the
    // misses of the noShowDays before it.
    const QDateTime from = now.addDays(-(s.noShowDays + s.blockDays + 1));
    const QStringList missed =
        AppointmentStore(m_branch.database())
            .missedSlots(phone, Clock::isoUtc(from),
                         Clock::isoUtc(now.addSecs(-qint64(s.noShowGraceMinutes) * 60)));
    QList<QDateTime> times;
    for (const QString &t : missed) {
        times.append(QDateTime::fromString(t, Qt::ISODateWithMs));
    }
    for (qsizetype i = s.noShowLimit - 1; i < times.size(); ++i) {
        const QDateTime &last = times.at(i);
        if (times.at(i - s.noShowLimit + 1) <= last.addDays(-s.noShowDays)) {
            continue; // the limit was not reached within the period
        }
        const QDate lastDay = m_branch.businessDay(last);
        const QDate again = lastDay.addDays(s.blockDays);
        if (now < QDateTime(again, QTime(0, 0), m_branch.timeZone())
            && (!block.blocked || again > block.bookableFrom)) {
            int count = 0;
            for (qsizetype j = 0; j <= i; ++j) {
                if (times.at(j) > last.addDays(-s.noShowDays)) {
                    ++count;
                }
            }
            block = {true, count, lastDay, again};
        }
    }
    return block;
}

AppointmentBook::Result AppointmentBook::book(const BookRequest &request, const QString &actor)
{
    const QString name = request.name.simplified();
    if (name.isEmpty() || name.size() > MaxNameLength) {
        return refused(Outcome::Invalid,
                       tr("The name must be 1 to %1 characters long.").arg(MaxNameLength));
    }
    const ValidationResult phone = MobileNumberValidator::validate(request.phone);
    if (!phone.valid) {
        return refused(Outcome::Invalid, phone.reason);
    }
    if (!request.date.isValid() || !request.time.isValid()) {
        return refused(Outcome::Invalid, tr("The slot needs a date and a time."));
    }
    Database &db = m_branch.database();
    const std::optional<ServiceRow> service = CatalogueStore(db).service(request.serviceCode);
    if (!service) {
        return refused(Outcome::NotBookable,
                       tr("Unknown service: %1 (see 'counterdesk-cli catalogue list').")
                           .arg(request.serviceCode));
    }
    const std::optional<SlotRules> r = rules(service->code);
    if (!r) {
        return refused(
            Outcome::NotBookable,
            tr("The service %1 (%2) takes no bookings.").arg(service->nameZhCn, service->code));
    }
    const QString day = request.date.toString(Qt::ISODate);
    const QString time = hhmm(request.time);
    const WorkingCalendar &calendar = CalendarUpdate::inForce(m_branch);
    if (!calendar.isWorkingDay(request.date)) {
        return refused(
            Outcome::NotWorkingDay,
            tr("%1 is not a working day: no bookings on weekends and public holidays.").arg(day));
    }
    const QList<QTime> starts = r->startsOn(request.date, calendar);
    if (!starts.contains(request.time)) {
        QStringList times;
        for (const QTime &t : starts) {
            times << hhmm(t);
        }
        return refused(
            Outcome::Closed,
            times.isEmpty()
                ? tr("The service takes no bookings on %1: it is closed that day.").arg(day)
                : tr("No slot starts at %1 on %2: the slots start at %3.")
                      .arg(time, day, times.join(QStringLiteral(", "))));
    }
    const QDateTime slotUtc = slotStartUtc(request.date, request.time);
    const QDateTime now = Clock::nowUtc();
    const QDate lastDay = lastBookableDay(*r);
    if (request.date > lastDay) {
        return refused(Outcome::TooFarAhead,
                       tr("Bookings open %1 working days ahead: the last day that can be booked "
                          "today is %2.")
                           .arg(QString::number(r->daysAhead), lastDay.toString(Qt::ISODate)));
    }
    const QDateTime cutOff = slotUtc.addSecs(-qint64(r->cutoffMinutes) * 60);
    if (now > cutOff) {
        return refused(Outcome::PastCutOff,
                       tr("Booking for %1 at %2 closed at %3 (%4 minutes before the slot).")
                           .arg(day, time, localTime(cutOff), QString::number(r->cutoffMinutes)));
    }

    const QString token = TicketQueue::newToken();
    const QueueSettings queue = QueueSettings::read(m_branch);
    const AppointmentSettings settings = AppointmentSettings::read(m_branch);
    const DocumentLanguage language(CaseWorkflow::documentLanguage(m_branch));
    Result result;
    Block block;
    try {
        m_branch.record(
            {actor, QStringLiteral("appointment.book"), {}, {}}, [&](AuditEvent &event) {
                AppointmentStore store(db);
                const QDateTime at = Clock::nowUtc();
                // Under the write lock: whoever comes first takes the last place.
                block = blockFor(phone.normalised, at);
                // The block is on booking online; at reception a person books and warns.
                if (block.blocked && request.channel == QLatin1String("phone")) {
                    throw Refusal{
                        Outcome::Blocked,
                        tr("This phone number cannot book until %1: %n missed bookings within "
                           "%2 days, the last on %3.",
                           nullptr, block.missed)
                            .arg(block.bookableFrom.toString(Qt::ISODate),
                                 QString::number(settings.noShowDays),
                                 block.last.toString(Qt::ISODate))};
                }
                const QString slot = Clock::isoUtc(slotUtc);
                const int places = placesOn(*r, request.date);
                if (store.countHolding(service->code, slot) >= places) {
                    throw Refusal{Outcome::Full,
                                  tr("The slot at %1 on %2 is full (%n places).", nullptr, places)
                                      .arg(time, day)};
                }
                Booking b;
                do {
                    b.code = newCode();
                } while (store.codeExists(b.code));
                b.token = token;
                b.serviceCode = service->code;
                b.slotUtc = slotUtc;
                b.slotDay = request.date;
                b.name = name;
                b.phone = phone.normalised;
                b.channel = request.channel;
                b.state = Booking::State::Booked;
                b.bookedUtc = at;
                b.bookedBy = actor;
                b.id = store.insert(b.toRow());

                event.subject = subjectOf(b.id);
                // Neither the code nor the token: they open the booking.
                event.payload = {{QStringLiteral("service"), b.serviceCode},
                                 {QStringLiteral("slotUtc"), slot},
                                 {QStringLiteral("name"), b.maskedName()},
                                 {QStringLiteral("phone"), b.maskedPhone()},
                                 {QStringLiteral("channel"), b.channel}};
                event.sendSms(b.phone, language.text(kSmsBooked)
                                           .arg(m_branch.info().name,
                                                serviceName(service->code, service->nameZhCn,
                                                            language.code()),
                                                language.date(request.date), time, b.code,
                                                QString::number(settings.checkInBeforeMinutes),
                                                queue.publicUrl + QStringLiteral("/b/") + b.token));
                result.booking = b;
            });
    } catch (const Refusal &e) {
        return refused(e.outcome, e.message);
    }
    result.outcome = Outcome::Ok;
    result.message =
        tr("Booked %1 at %2 for %3: code %4.")
            .arg(day, time,
                 serviceName(service->code, service->nameZhCn, LocalizedText::screenLanguage()),
                 result.booking.code);
    if (block.blocked) {
        result.message +=
            QLatin1Char(' ')
            + tr("This number missed %n bookings within %1 days: it cannot book online until %2; "
                 "please ask the customer to come or to cancel in time.",
                 nullptr, block.missed)
                  .arg(QString::number(settings.noShowDays),
                       block.bookableFrom.toString(Qt::ISODate));
    }
    return result;
}

AppointmentBook::Result AppointmentBook::cancel(const QString &typedCode, const QString &actor)
{
    const QString code = normaliseCode(typedCode);
    const DocumentLanguage language(CaseWorkflow::documentLanguage(m_branch));
    Result result;
    try {
        m_branch.record(
            {actor, QStringLiteral("appointment.cancel"), {}, {}}, [&](AuditEvent &event) {
                AppointmentStore store(m_branch.database());
                const std::optional<AppointmentRow> row = store.byCode(code);
                if (!row) {
                    throw Refusal{Outcome::NotFound, tr("No booking has the code %1.").arg(code)};
                }
                Booking b = Booking::fromRow(*row);
                const QDateTime local = b.slotUtc.toTimeZone(m_branch.timeZone());
                if (b.state != Booking::State::Booked) {
                    throw Refusal{Outcome::WrongState,
                                  tr("The booking %1 is %2: only a booking not yet checked in "
                                     "can be cancelled.")
                                      .arg(code, Booking::stateName(b.state))};
                }
                const QDateTime now = Clock::nowUtc();
                const int cutoffMinutes = rules(b.serviceCode).value_or(SlotRules{}).cutoffMinutes;
                const QDateTime cutOff = b.slotUtc.addSecs(-qint64(cutoffMinutes) * 60);
                if (now > cutOff) {
                    throw Refusal{
                        Outcome::PastCutOff,
                        tr("The booking for %1 at %2 can no longer be cancelled: cancelling "
                           "closed at %3 (%4 minutes before the slot).")
                            .arg(local.date().toString(Qt::ISODate), hhmm(local.time()),
                                 localTime(cutOff), QString::number(cutoffMinutes))};
                }
                b.state = Booking::State::Cancelled;
                b.changedUtc = now;
                store.update(b.toRow());
                event.subject = subjectOf(b.id);
                event.payload = {{QStringLiteral("service"), b.serviceCode},
                                 {QStringLiteral("slotUtc"), Clock::isoUtc(b.slotUtc)}};
                event.sendSms(b.phone, language.text(kSmsCancelled)
                                           .arg(m_branch.info().name, b.code,
                                                language.date(local.date()), hhmm(local.time())));
                result.booking = b;
            });
    } catch (const Refusal &e) {
        return refused(e.outcome, e.message);
    }
    result.outcome = Outcome::Ok;
    result.message = tr("The booking %1 is cancelled; its place is free again.").arg(code);
    return result;
}

AppointmentBook::Result AppointmentBook::checkIn(const QString &typedCode, const QString &actor)
{
    const QString code = normaliseCode(typedCode);
    const AppointmentSettings settings = AppointmentSettings::read(m_branch);
    Database &db = m_branch.database();
    TicketQueue queue(m_branch);
    Result result;
    try {
        // The ticket and the booking's new state are written together, or neither: two kiosks
        // scanning the same code at once issue one ticket.
        db.transaction([&] {
            AppointmentStore store(db);
            const std::optional<AppointmentRow> row = store.byCode(code);
            if (!row) {
                throw Refusal{Outcome::NotFound, tr("No booking has the code %1.").arg(code)};
            }
            Booking b = Booking::fromRow(*row);
            const QDateTime local = b.slotUtc.toTimeZone(m_branch.timeZone());
            const QString slot = hhmm(local.time());
            if (b.state == Booking::State::CheckedIn || b.state == Booking::State::Served) {
                throw Refusal{Outcome::WrongState,
                              tr("The booking %1 is already checked in: ticket %2.")
                                  .arg(code, b.ticketNumber)};
            }
            if (b.state == Booking::State::Cancelled) {
                throw Refusal{Outcome::WrongState, tr("The booking %1 was cancelled.").arg(code)};
            }
            const QDateTime now = Clock::nowUtc();
            const QDateTime opens = b.slotUtc.addSecs(-qint64(settings.checkInBeforeMinutes) * 60);
            const QDateTime closes = b.slotUtc.addSecs(qint64(settings.checkInAfterMinutes) * 60);
            if (now < opens) {
                result.comeBackLocal = opens.toTimeZone(m_branch.timeZone());
                const bool sameDay = result.comeBackLocal.date() == m_branch.businessDay(now);
                throw Refusal{
                    Outcome::TooEarly,
                    sameDay ? tr("Too early for the booking at %1: please come back at %2.")
                                  .arg(slot, hhmm(result.comeBackLocal.time()))
                            : tr("The booking is for %1 at %2: please come back that day at %3.")
                                  .arg(local.date().toString(Qt::ISODate), slot,
                                       hhmm(result.comeBackLocal.time()))};
            }
            if (now > closes) {
                throw Refusal{Outcome::TooLate,
                              tr("Too late for the booking at %1: check-in closed at %2. Please "
                                 "take an ordinary ticket instead.")
                                  .arg(slot, localTime(closes))};
            }
            // A booking marked no-show early (grace shorter than the check-in window) that is
            // still inside the window is honoured.
            TicketQueue::IssueRequest issue;
            issue.serviceCode = b.serviceCode;
            issue.kind = Ticket::Kind::Booked;
            issue.dueUtc = b.slotUtc;
            const TicketQueue::Result issued = queue.issue(issue, actor);
            if (!issued.ok()) {
                throw Refusal{Outcome::Refused, issued.message};
            }
            m_branch.record({actor, QStringLiteral("appointment.checkin"), subjectOf(b.id),
                             QJsonObject{{QStringLiteral("ticket"), issued.ticket.number},
                                         {QStringLiteral("service"), b.serviceCode},
                                         {QStringLiteral("slotUtc"), Clock::isoUtc(b.slotUtc)}}},
                            [&](AuditEvent &) {
                                b.state = Booking::State::CheckedIn;
                                b.changedUtc = Clock::nowUtc();
                                b.ticketId = issued.ticket.id;
                                b.ticketNumber = issued.ticket.number;
                                store.update(b.toRow());
                            });
            result.booking = b;
            result.ticket = issued.ticket;
        });
    } catch (const Refusal &e) {
        Result r = refused(e.outcome, e.message);
        r.comeBackLocal = result.comeBackLocal;
        return r;
    }
    result.outcome = Outcome::Ok;
    result.message = tr("Checked in: ticket %1.").arg(result.ticket.number);
    return result;
}

std::optional<Booking> AppointmentBook::byCode(const QString &code)
{
    if (const auto row = AppointmentStore(m_branch.database()).byCode(normaliseCode(code))) {
        return Booking::fromRow(*row);
    }
    return std::nullopt;
}

std::optional<Booking> AppointmentBook::byToken(const QString &token)
{
    if (const auto row = AppointmentStore(m_branch.database()).byToken(token)) {
        return Booking::fromRow(*row);
    }
    return std::nullopt;
}

QList<Booking> AppointmentBook::onDay(QDate date, const QString &actor)
{
    sweep(actor);
    QList<Booking> list;
    for (const AppointmentRow &row :
         AppointmentStore(m_branch.database()).onDay(date.toString(Qt::ISODate))) {
        list.append(Booking::fromRow(row));
    }
    return list;
}

qint64 AppointmentBook::sweep(const QString &actor)
{
    const AppointmentSettings settings = AppointmentSettings::read(m_branch);
    AppointmentStore store(m_branch.database());
    auto missedBefore = [&] {
        return Clock::isoUtc(Clock::nowUtc().addSecs(-qint64(settings.noShowGraceMinutes) * 60));
    };
    if (store.countToMarkMissed(missedBefore()) == 0 && store.countToMarkServed() == 0) {
        return 0; // the usual case: two cheap reads
    }
    struct Nothing
    {
    };
    qint64 marked = 0;
    try {
        m_branch.record(
            {actor, QStringLiteral("appointment.sweep"), QStringLiteral("appointments"), {}},
            [&](AuditEvent &event) {
                const QString now = Clock::isoUtc(Clock::nowUtc());
                const qint64 missed = store.markMissed(missedBefore(), now);
                const qint64 served = store.markServed(now);
                if (missed + served == 0) { // another station was first
                    throw Nothing{};
                }
                event.payload = {{QStringLiteral("noShows"), missed},
                                 {QStringLiteral("served"), served}};
                marked = missed + served;
            });
    } catch (const Nothing &) {
        return 0;
    }
    return marked;
}

QString AppointmentBook::bookingUrl(const Booking &booking)
{
    return QueueSettings::read(m_branch).publicUrl + QStringLiteral("/b/") + booking.token;
}
