#include "appointmentcommand.h"

#include "appointments/appointmentbook.h"
#include "branch/branch.h"
#include "queue/queuesettings.h"

namespace
{
const QString Actor = QStringLiteral("cli");
}

AppointmentCommand::AppointmentCommand()
    : Command(QStringLiteral("appointment"),
              tr("'appointment book|slots|cancel CODE|checkin CODE|list': bookings of slots "
                 "(the code on line 1, the booking's URL on line 2)."))
{}

void AppointmentCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("book | slots | cancel CODE | checkin CODE | list"));
    parser.addOption(
        {QStringLiteral("service"), tr("book, slots: the service's code."), tr("CODE")});
    parser.addOption({QStringLiteral("date"),
                      tr("book, slots, list: the slot's day (the branch's date)."),
                      tr("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("time"), tr("book: the slot's start (the branch's time)."), tr("HH:MM")});
    parser.addOption({QStringLiteral("name"), tr("book: the customer's name."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("phone"), tr("book: the customer's mobile number."), tr("PHONE")});
}

int AppointmentCommand::execute(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool withCode = action == QLatin1String("cancel") || action == QLatin1String("checkin");
    const bool known = (withCode && args.size() == 2)
                       || ((action == QLatin1String("book") || action == QLatin1String("slots")
                            || action == QLatin1String("list"))
                           && args.size() == 1);
    if (!known) {
        err() << tr("Usage: counterdesk-cli appointment book --service CODE --date YYYY-MM-DD "
                    "--time HH:MM --name NAME --phone PHONE | slots --service CODE --date "
                    "YYYY-MM-DD | cancel CODE | checkin CODE | list --date YYYY-MM-DD  --data-dir "
                    "DIR")
              << Qt::endl;
        return Failure;
    }
    const QDate date =
        QDate::fromString(parser.value(QStringLiteral("date")).trimmed(), Qt::ISODate);
    if (!withCode && !date.isValid()) {
        err() << tr("Say which day: --date YYYY-MM-DD.") << Qt::endl;
        return Failure;
    }
    const QString service = parser.value(QStringLiteral("service")).trimmed();
    if ((action == QLatin1String("book") || action == QLatin1String("slots"))
        && service.isEmpty()) {
        err() << tr("Say which service: --service CODE (see 'counterdesk-cli catalogue list').")
              << Qt::endl;
        return Failure;
    }
    const QTime time =
        QTime::fromString(parser.value(QStringLiteral("time")).trimmed(), QStringLiteral("H:mm"));
    if (action == QLatin1String("book") && !time.isValid()) {
        err() << tr("Say which slot: --time HH:MM.") << Qt::endl;
        return Failure;
    }

    int code = Ok;
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    AppointmentBook book(*branch);

    if (action == QLatin1String("slots")) {
        const AppointmentBook::Slots slots = book.slots(service, date);
        if (slots.outcome != AppointmentBook::Outcome::Ok) {
            err() << slots.message << Qt::endl;
            return Failure;
        }
        for (const AppointmentBook::Slot &s : slots.slots) {
            out() << s.localStart.toString(QStringLiteral("HH:mm")) << ' ' << s.booked << '/'
                  << s.places << '\n';
        }
        out() << Qt::flush;
        return Ok;
    }
    if (action == QLatin1String("list")) {
        for (const Booking &b : book.onDay(date, Actor)) {
            out() << b.slotUtc.toTimeZone(branch->timeZone()).toString(QStringLiteral("HH:mm"))
                  << '\t' << b.code << '\t' << b.serviceCode << '\t' << Booking::stateKey(b.state)
                  << '\t' << b.maskedName() << '\t' << b.maskedPhone();
            if (!b.ticketNumber.isEmpty()) {
                out() << '\t' << b.ticketNumber;
            }
            out() << '\n';
        }
        out() << Qt::flush;
        return Ok;
    }
    if (action == QLatin1String("book")) {
        AppointmentBook::BookRequest request;
        request.serviceCode = service;
        request.date = date;
        request.time = time;
        request.name = parser.value(QStringLiteral("name"));
        request.phone = parser.value(QStringLiteral("phone"));
        request.channel = QStringLiteral("cli");
        const AppointmentBook::Result r = book.book(request, Actor);
        if (!r.ok()) {
            err() << r.message << Qt::endl;
            return Failure;
        }
        out() << r.booking.code << '\n' << book.bookingUrl(r.booking) << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("cancel")) {
        const AppointmentBook::Result r = book.cancel(args.at(1), Actor);
        if (!r.ok()) {
            err() << r.message << Qt::endl;
            return Failure;
        }
        out() << r.message << Qt::endl;
        return Ok;
    }
    const AppointmentBook::Result r = book.checkIn(args.at(1), Actor);
    if (!r.ok()) {
        err() << r.message << Qt::endl;
        return Failure;
    }
    out() << r.ticket.number << '\n'
          << QueueSettings::read(*branch).statusUrl(r.ticket.token) << Qt::endl;
    return Ok;
}
