#include "appointmentdesk.h"

#include "appointments/appointmentsettings.h"
#include "branch/branch.h"
#include "catalogue/catalogueupdate.h"
#include "cataloguestore.h"
#include "core/clock.h"
#include "printing/bookingslipprintout.h"
#include "queue/queuesettings.h"
#include "queue/ticketqueue.h"

#include <QLocale>
#include <QUrl>

namespace
{
QString hhmm(const QDateTime &local)
{
    return local.time().toString(QStringLiteral("HH:mm"));
}

// The booking page's token in a scanned address: the path's segment after its last "b".
QString tokenOf(const QString &scanned)
{
    const QUrl url(scanned.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        return {};
    }
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.at(parts.size() - 2) != QLatin1String("b")) {
        return {};
    }
    return parts.last();
}

bool looksLikeAddress(const QString &text)
{
    return text.contains(QLatin1String("://"));
}
} // namespace

AppointmentDesk::AppointmentDesk(Branch &branch, PrintQueue &printer)
    : m_branch(branch)
    , m_printer(printer)
    , m_tickets(branch, printer)
{}

QString AppointmentDesk::codeFromScan(const QString &typedOrScanned)
{
    if (!looksLikeAddress(typedOrScanned)) {
        return AppointmentBook::normaliseCode(typedOrScanned);
    }
    const QString token = tokenOf(typedOrScanned);
    if (token.isEmpty()) {
        return {};
    }
    const std::optional<Booking> b = AppointmentBook(m_branch).byToken(token);
    return b ? b->code : QString();
}

AppointmentDesk::CheckIn AppointmentDesk::checkIn(const QString &typedOrScanned,
                                                  TicketDocument::Paper paper, const QString &actor)
{
    CheckIn c;
    AppointmentBook book(m_branch);
    c.code = codeFromScan(typedOrScanned);
    if (c.code.isEmpty()) {
        c.result.outcome = AppointmentBook::Outcome::NotFound;
    } else {
        c.result = book.checkIn(c.code, actor);
    }
    if (c.result.ok()) {
        TicketQueue::Result issued;
        issued.status = TicketQueue::Status::Ok;
        issued.ticket = c.result.ticket;
        if (const auto position = TicketQueue(m_branch).position(c.result.ticket)) {
            issued.peopleAhead = position->peopleAhead;
        }
        c.issued = m_tickets.printIssued(issued, paper);
    } else if (!c.code.isEmpty()) {
        // The refusal names no booking: look it up for the message and the ordinary ticket.
        if (const std::optional<Booking> b = book.byCode(c.code)) {
            c.result.booking = *b;
            if (c.result.outcome == AppointmentBook::Outcome::TooLate) {
                c.ordinaryService = b->serviceCode;
            }
        }
    }
    c.message = message(c);
    return c;
}

TicketDesk::Issued AppointmentDesk::ordinaryTicket(const QString &serviceCode,
                                                   TicketDocument::Paper paper,
                                                   const QString &actor)
{
    TicketQueue::IssueRequest request;
    request.serviceCode = serviceCode;
    return m_tickets.issue(request, paper, actor);
}

QString AppointmentDesk::message(const CheckIn &c)
{
    using Outcome = AppointmentBook::Outcome;
    const Booking &b = c.result.booking;
    const QDateTime slot = b.slotUtc.toTimeZone(m_branch.timeZone());
    switch (c.result.outcome) {
    case Outcome::Ok:
        return c.issued.printed
                   ? tr("You are checked in for your booking at %1. Your number is %2: please "
                        "take your ticket.")
                         .arg(hhmm(slot), c.result.ticket.number)
                   : tr("You are checked in for your booking at %1. Your number is %2. The "
                        "ticket could not be printed: please see the service desk with your "
                        "number; your place in the queue is kept.")
                         .arg(hhmm(slot), c.result.ticket.number);
    case Outcome::TooEarly: {
        const QDateTime back = c.result.comeBackLocal;
        if (back.date() == m_branch.businessDay(Clock::nowUtc())) {
            return tr("It is too early to check in for your booking at %1. Please come back at "
                      "%2.")
                .arg(hhmm(slot), hhmm(back));
        }
        return tr("Your booking is on %1 at %2. Please come back that day at %3.")
            .arg(QLocale().toString(slot.date(), QLocale::LongFormat), hhmm(slot), hhmm(back));
    }
    case Outcome::TooLate: {
        const int after = AppointmentSettings::read(m_branch).checkInAfterMinutes;
        return tr("Check-in for your booking at %1 closed at %2. You can take an ordinary "
                  "ticket for the same service now.")
            .arg(hhmm(slot), hhmm(slot.addSecs(qint64(after) * 60)));
    }
    case Outcome::NotFound:
        return c.code.isEmpty()
                   ? tr("This code is not a booking of this hall. Please type the 8-character "
                        "code from your booking slip or message, or ask at the service desk.")
                   : tr("No booking has the code %1. Please check the code on your booking slip "
                        "or message, or ask at the service desk.")
                         .arg(c.code);
    case Outcome::WrongState:
        if (b.state == Booking::State::Cancelled) {
            return tr("The booking %1 was cancelled. Please take an ordinary ticket, or ask at "
                      "the service desk.")
                .arg(c.code);
        }
        if (b.state == Booking::State::CheckedIn || b.state == Booking::State::Served) {
            return tr("The booking %1 is already checked in: its number is %2.")
                .arg(c.code, b.ticketNumber);
        }
        return c.result.message;
    default:
        return c.result.message;
    }
}

BookingSlip AppointmentDesk::slip(const Booking &booking, TicketDocument::Paper paper)
{
    AppointmentBook book(m_branch);
    const AppointmentSettings settings = AppointmentSettings::read(m_branch);
    const QueueSettings queue = QueueSettings::read(m_branch);
    const SlotRules rules = book.rules(booking.serviceCode).value_or(SlotRules{});
    const QDateTime start = booking.slotUtc.toTimeZone(m_branch.timeZone());

    BookingSlipPrintout::Input in;
    in.branchName = m_branch.info().name;
    const std::optional<Catalogue> catalogue = CatalogueUpdate::current(m_branch);
    if (const Service *s = catalogue ? catalogue->service(booking.serviceCode) : nullptr) {
        in.service = s->name;
    } else if (const auto row = CatalogueStore(m_branch.database()).service(booking.serviceCode)) {
        in.service.zhCN = row->nameZhCn;
    } else {
        in.service.zhCN = booking.serviceCode;
    }
    in.date = start.date();
    in.start = start.time();
    in.end = start.addSecs(qint64(rules.slotMinutes) * 60).time();
    in.code = booking.code;
    in.maskedName = booking.maskedName();
    in.maskedPhone = booking.maskedPhone();
    in.checkInFrom = start.addSecs(-qint64(settings.checkInBeforeMinutes) * 60).time();
    in.checkInUntil = start.addSecs(qint64(settings.checkInAfterMinutes) * 60).time();
    in.cancelByLocal = start.addSecs(-qint64(rules.cutoffMinutes) * 60);
    in.noShowLimit = settings.noShowLimit;
    in.noShowDays = settings.noShowDays;
    in.blockDays = settings.blockDays;
    in.bookingUrl = book.bookingUrl(booking);
    in.language = queue.language;
    in.secondLanguage = queue.secondLanguage;
    in.paper = paper;
    return BookingSlipPrintout::make(in);
}

PrintQueue::Outcome AppointmentDesk::printSlip(const Booking &booking, TicketDocument::Paper paper)
{
    PrintJob job;
    job.name = QStringLiteral("booking-") + booking.code;
    job.slip = slip(booking, paper);
    return m_printer.submit(std::move(job));
}
