#include "ticketdesk.h"

#include "branch/branch.h"
#include "catalogue/catalogueupdate.h"
#include "cataloguestore.h"
#include "printing/printqueue.h"
#include "printing/ticketprintout.h"

TicketDesk::TicketDesk(Branch &branch, PrintQueue &printer)
    : m_branch(branch)
    , m_printer(printer)
{}

TicketDocument TicketDesk::document(const Ticket &ticket, int peopleAhead,
                                    TicketDocument::Paper paper)
{
    const QueueSettings settings = QueueSettings::read(m_branch);
    TicketPrintout::Input in;
    in.branchName = m_branch.info().name;
    // The catalogue carries the service's name in every language; the table in force has
    // at least the Chinese one should the document not open.
    const std::optional<Catalogue> catalogue = CatalogueUpdate::current(m_branch);
    if (const Service *s = catalogue ? catalogue->service(ticket.serviceCode) : nullptr) {
        in.service = s->name;
    } else if (const auto row = CatalogueStore(m_branch.database()).service(ticket.serviceCode)) {
        in.service.zhCN = row->nameZhCn;
    } else {
        in.service.zhCN = ticket.serviceCode;
    }
    in.number = ticket.number;
    in.peopleAhead = peopleAhead;
    in.issuedLocal = ticket.issuedUtc.toTimeZone(m_branch.timeZone());
    if (ticket.isBooked() && ticket.dueUtc.isValid()) {
        in.bookedSlot = ticket.dueUtc.toTimeZone(m_branch.timeZone()).time();
    }
    in.statusUrl = settings.statusUrl(ticket.token);
    in.language = settings.language;
    in.secondLanguage = settings.secondLanguage;
    in.paper = paper;
    return TicketPrintout::make(in);
}

TicketDesk::Issued TicketDesk::print(Issued issued, TicketDocument::Paper paper)
{
    const Ticket &t = issued.result.ticket;
    issued.statusUrl = QueueSettings::read(m_branch).statusUrl(t.token);
    issued.document = document(t, issued.result.peopleAhead, paper);
    PrintJob job;
    job.name = t.number;
    job.ticket = issued.document;
    job.businessDay = t.businessDay;
    const PrintQueue::Outcome outcome = m_printer.submit(std::move(job));
    issued.printed = outcome.printed;
    issued.message =
        outcome.printed
            ? tr("Your number is %1. Please take your ticket.").arg(t.number)
            : tr("Your number is %1. The ticket could not be printed (%2): please collect it at "
                 "the service desk. Your place in the queue is kept.")
                  .arg(t.number, outcome.error);
    return issued;
}

TicketDesk::Issued TicketDesk::issue(const TicketQueue::IssueRequest &request,
                                     TicketDocument::Paper paper, const QString &actor)
{
    Issued issued;
    issued.result = TicketQueue(m_branch).issue(request, actor);
    if (!issued.result.ok()) {
        issued.message = issued.result.message;
        return issued;
    }
    return print(std::move(issued), paper);
}

TicketDesk::Issued TicketDesk::printIssued(const TicketQueue::Result &result,
                                           TicketDocument::Paper paper)
{
    Issued issued;
    issued.result = result;
    if (!issued.result.ok()) {
        issued.message = issued.result.message;
        return issued;
    }
    return print(std::move(issued), paper);
}

TicketDesk::Issued TicketDesk::reprint(const QString &number, const QString &reason,
                                       TicketDocument::Paper paper, const QString &actor)
{
    TicketQueue queue(m_branch);
    Issued issued;
    issued.result = queue.logReprint(number, reason, actor);
    if (!issued.result.ok()) {
        issued.message = issued.result.message;
        return issued;
    }
    const auto position = queue.position(issued.result.ticket);
    issued.result.peopleAhead = position ? position->peopleAhead : 0;
    return print(std::move(issued), paper);
}
