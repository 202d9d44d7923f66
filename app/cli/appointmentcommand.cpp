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
              tr("'appointment book|slots|cancel CODE|checkin CODE|list|rules': bookings of "
                 "slots (the code on line 1, the booking's URL on line 2) and the services' slot "
                 "rules."))
{}

void AppointmentCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("book | slots | cancel CODE | checkin CODE | list | rules"));
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
    parser.addOption(
        {QStringLiteral("slot-minutes"), tr("rules: the length of a slot."), tr("MINUTES")});
    parser.addOption({QStringLiteral("places"), tr("rules: the places of each slot."), tr("N")});
    parser.addOption({QStringLiteral("hours"),
                      tr("rules: opening hours per weekday, Monday first, e.g. "
                         "\"09:00-12:00,13:30-16:30;09:00-12:00\" (';' between days; days left "
                         "out are closed; \"\" closes every day)."),
                      tr("HOURS")});
    parser.addOption({QStringLiteral("days-ahead"),
                      tr("rules: how many working days ahead can be booked."), tr("DAYS")});
    parser.addOption({QStringLiteral("cutoff-minutes"),
                      tr("rules: booking and cancelling close this long before a slot."),
                      tr("MINUTES")});
    parser.addOption({QStringLiteral("message"),
                      tr("places: also send the customers beyond the new places an SMS.")});
}

namespace
{
QString rulesLine(const SlotRules &r)
{
    // Machine-readable, so never translated.
    return QStringLiteral("%1 slot-minutes=%2 places=%3 days-ahead=%4 cutoff-minutes=%5 hours=%6")
        .arg(r.serviceCode)
        .arg(r.slotMinutes)
        .arg(r.places)
        .arg(r.daysAhead)
        .arg(r.cutoffMinutes)
        .arg(SlotRules::formatHours(r.hours));
}
} // namespace

int AppointmentCommand::rules(QCommandLineParser &parser, AppointmentBook &book)
{
    const QString service = parser.value(QStringLiteral("service")).trimmed();
    const QStringList numeric{QStringLiteral("slot-minutes"), QStringLiteral("places"),
                              QStringLiteral("days-ahead"), QStringLiteral("cutoff-minutes")};
    bool change = parser.isSet(QStringLiteral("hours"));
    for (const QString &o : numeric) {
        change = change || parser.isSet(o);
    }
    if (!change) {
        const QList<SlotRules> all = book.allRules();
        bool found = false;
        for (const SlotRules &r : all) {
            if (service.isEmpty() || r.serviceCode == service) {
                out() << rulesLine(r) << '\n';
                found = true;
            }
        }
        out() << Qt::flush;
        if (!found && !service.isEmpty()) {
            err() << tr("The service %1 takes no bookings.").arg(service) << Qt::endl;
            return Failure;
        }
        return Ok;
    }
    if (service.isEmpty()) {
        err() << tr("Say which service: --service CODE (see 'counterdesk-cli catalogue list').")
              << Qt::endl;
        return Failure;
    }
    SlotRules r = book.rules(service).value_or(SlotRules{});
    r.serviceCode = service;
    int *fields[] = {&r.slotMinutes, &r.places, &r.daysAhead, &r.cutoffMinutes};
    for (int i = 0; i < numeric.size(); ++i) {
        if (!parser.isSet(numeric.at(i))) {
            continue;
        }
        bool ok = false;
        const int value = parser.value(numeric.at(i)).trimmed().toInt(&ok);
        if (!ok) {
            err() << tr("--%1 must be a whole number.").arg(numeric.at(i)) << Qt::endl;
            return Failure;
        }
        *fields[i] = value;
    }
    if (parser.isSet(QStringLiteral("hours"))) {
        QString error;
        const auto hours = SlotRules::parseHours(parser.value(QStringLiteral("hours")), &error);
        if (!hours) {
            err() << error << Qt::endl;
            return Failure;
        }
        r.hours = *hours;
    }
    const QString problem = book.setRules(r, Actor);
    if (!problem.isEmpty()) {
        err() << problem << Qt::endl;
        return Failure;
    }
    out() << rulesLine(r) << Qt::endl;
    return Ok;
}

int AppointmentCommand::execute(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool withCode = action == QLatin1String("cancel") || action == QLatin1String("checkin");
    const bool known = (withCode && args.size() == 2)
                       || ((action == QLatin1String("book") || action == QLatin1String("slots")
                            || action == QLatin1String("list") || action == QLatin1String("rules")
                            || action == QLatin1String("places"))
                           && args.size() == 1);
    if (!known) {
        err() << tr("Usage: counterdesk-cli appointment book --service CODE --date YYYY-MM-DD "
                    "--time HH:MM --name NAME --phone PHONE | slots --service CODE --date "
                    "YYYY-MM-DD | cancel CODE | checkin CODE | list --date YYYY-MM-DD | rules "
                    "[--service CODE [--slot-minutes N] [--places N] [--hours HOURS] "
                    "[--days-ahead N] [--cutoff-minutes N]] | places --service CODE --date "
                    "YYYY-MM-DD --places N [--message]  --data-dir DIR")
              << Qt::endl;
        return Failure;
    }
    if (action == QLatin1String("rules")) {
        int code = Ok;
        auto branch = openBranch(parser, code);
        if (!branch) {
            return code;
        }
        AppointmentBook book(*branch);
        return rules(parser, book);
    }
    const QDate date =
        QDate::fromString(parser.value(QStringLiteral("date")).trimmed(), Qt::ISODate);
    if (!withCode && !date.isValid()) {
        err() << tr("Say which day: --date YYYY-MM-DD.") << Qt::endl;
        return Failure;
    }
    const QString service = parser.value(QStringLiteral("service")).trimmed();
    if ((action == QLatin1String("book") || action == QLatin1String("slots")
         || action == QLatin1String("places"))
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
    auto printBooking = [&](const Booking &b) {
        out() << b.slotUtc.toTimeZone(branch->timeZone()).toString(QStringLiteral("HH:mm")) << '\t'
              << b.code << '\t' << b.serviceCode << '\t' << Booking::stateKey(b.state) << '\t'
              << b.maskedName() << '\t' << b.maskedPhone();
        if (!b.ticketNumber.isEmpty()) {
            out() << '\t' << b.ticketNumber;
        }
        out() << '\n';
    };
    if (action == QLatin1String("list")) {
        for (const Booking &b : book.onDay(date, Actor)) {
            printBooking(b);
        }
        out() << Qt::flush;
        return Ok;
    }
    if (action == QLatin1String("places")) {
        bool ok = false;
        const int places = parser.value(QStringLiteral("places")).trimmed().toInt(&ok);
        if (!ok) {
            err() << tr("--%1 must be a whole number.").arg(QStringLiteral("places")) << Qt::endl;
            return Failure;
        }
        const AppointmentBook::DayChange change = book.setDayPlaces(
            service, date, places, parser.isSet(QStringLiteral("message")), Actor);
        if (!change.ok()) {
            err() << change.message << Qt::endl;
            return Failure;
        }
        // The summary on stderr; the bookings to call, one per line, on stdout.
        err() << change.message << Qt::endl;
        for (const Booking &b : change.beyond) {
            printBooking(b);
        }
        out() << Qt::flush;
        if (change.messaged > 0) {
            err() << tr("%n SMS queued for the nightly sync.", nullptr, change.messaged)
                  << Qt::endl;
        }
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
