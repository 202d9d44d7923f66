#include "ticketcommand.h"

#include "branch/branch.h"
#include "printing/pdfprintsink.h"
#include "printing/printqueue.h"
#include "queue/ticketdesk.h"
#include "queue/ticketqueue.h"

TicketCommand::TicketCommand()
    : Command(QStringLiteral("ticket"),
              tr("'ticket issue --service CODE', 'reprint NUMBER --reason TEXT', 'status "
                 "TOKEN': queue tickets (the number on line 1, the status URL on line 2)."))
{}

void TicketCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("issue | reprint NUMBER | status TOKEN"));
    parser.addOption({QStringLiteral("service"), tr("issue: the service's code."), tr("CODE")});
    parser.addOption(
        {QStringLiteral("group"),
         tr("issue: a priority group: %1.").arg(Ticket::groupKeys().join(QStringLiteral(", "))),
         tr("GROUP"), QStringLiteral("none")});
    parser.addOption(
        {QStringLiteral("pdf"), tr("Also print the ticket to this PDF file."), tr("FILE")});
    parser.addOption({QStringLiteral("paper"), tr("The ticket roll: 80 (mm, default) or 58."),
                      tr("MM"), QStringLiteral("80")});
    parser.addOption(
        {QStringLiteral("reason"), tr("reprint: why it is printed again."), tr("TEXT")});
}

int TicketCommand::execute(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QString paperText = parser.value(QStringLiteral("paper"));
    const bool known = (action == QLatin1String("issue") && args.size() == 1)
                       || (action == QLatin1String("reprint") && args.size() == 2)
                       || (action == QLatin1String("status") && args.size() == 2);
    if (!known || (paperText != QLatin1String("80") && paperText != QLatin1String("58"))) {
        err() << tr("Usage: counterdesk-cli ticket issue --service CODE [--group GROUP] [--pdf "
                    "FILE] [--paper 80|58] | reprint NUMBER --reason TEXT [--pdf FILE] | status "
                    "TOKEN  --data-dir DIR")
              << Qt::endl;
        return Failure;
    }
    const auto paper = paperText == QLatin1String("58") ? TicketDocument::Paper::Roll58
                                                        : TicketDocument::Paper::Roll80;
    const std::optional<Ticket::Group> group =
        Ticket::groupFromKey(parser.value(QStringLiteral("group")));
    if (!group) {
        err() << tr("Unknown priority group: %1 (one of: %2).")
                     .arg(parser.value(QStringLiteral("group")),
                          Ticket::groupKeys().join(QStringLiteral(", ")))
              << Qt::endl;
        return Failure;
    }
    if (action == QLatin1String("issue") && parser.value(QStringLiteral("service")).isEmpty()) {
        err() << tr("Say which service: --service CODE (see 'counterdesk-cli catalogue list').")
              << Qt::endl;
        return Failure;
    }

    int code = Ok;
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    TicketQueue queue(*branch);

    if (action == QLatin1String("status")) {
        // A token, or the whole status URL.
        const QString token = args.at(1).section(QLatin1Char('/'), -1);
        const std::optional<Ticket> t = queue.byToken(token);
        if (!t) {
            err() << tr("No such ticket today: the token is unknown or has expired (a ticket is "
                        "valid on its business day only).")
                  << Qt::endl;
            return Failure;
        }
        out() << t->number << '\t' << t->serviceCode << '\t' << Ticket::stateKey(t->state);
        if (const auto p = queue.position(*t)) {
            out() << '\t' << tr("ahead %1").arg(p->peopleAhead);
            if (p->estimatedWaitSeconds >= 0) {
                out() << '\t' << tr("about %1 min").arg((p->estimatedWaitSeconds + 59) / 60);
            }
        } else if (t->window > 0) {
            out() << '\t' << tr("window %1").arg(t->window);
        }
        out() << Qt::endl;
        return Ok;
    }

    const QString pdf = parser.value(QStringLiteral("pdf"));
    PdfPrintSink sink(pdf);
    PrintQueue printer(sink);
    TicketDesk desk(*branch, printer);
    if (action == QLatin1String("reprint")) {
        if (pdf.isEmpty()) {
            err() << tr("reprint needs --pdf FILE.") << Qt::endl;
            return Failure;
        }
        const TicketDesk::Issued r = desk.reprint(
            args.at(1), parser.value(QStringLiteral("reason")), paper, QStringLiteral("cli"));
        if (!r.ok()) {
            err() << r.message << Qt::endl;
            return Failure;
        }
        if (!r.printed) {
            err() << printer.pending().value(0).lastError << Qt::endl;
            return Failure;
        }
        out() << r.result.ticket.number << '\n' << r.statusUrl << Qt::endl;
        return Ok;
    }

    TicketQueue::IssueRequest request;
    request.serviceCode = parser.value(QStringLiteral("service"));
    request.group = *group;
    if (pdf.isEmpty()) {
        const TicketQueue::Result r = queue.issue(request, QStringLiteral("cli"));
        if (!r.ok()) {
            err() << r.message << Qt::endl;
            return Failure;
        }
        out() << r.ticket.number << '\n' << queue.settings().statusUrl(r.ticket.token) << Qt::endl;
        return Ok;
    }
    const TicketDesk::Issued r = desk.issue(request, paper, QStringLiteral("cli"));
    if (!r.ok()) {
        err() << r.message << Qt::endl;
        return Failure;
    }
    out() << r.result.ticket.number << '\n' << r.statusUrl << Qt::endl;
    if (!r.printed) {
        // The ticket exists: running the command again would issue a second one. Say so and
        // leave the reprint to 'ticket reprint'.
        err() << r.message << Qt::endl;
    }
    return Ok;
}
