// A child process for tst_queue_crash: opens a branch and issues tickets as fast as it can,
// alternating between the services given, printing "ack NUMBER" on stdout after each issue
// returns, until it is killed. The clock is frozen at the instant given, so that every round
// numbers the same business day.
#include "branch/branch.h"
#include "core/clock.h"
#include "queue/ticketqueue.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: ticketwriter DATA_DIR SERVICE[,SERVICE...] NOW_UTC "
                             "(passphrase in COUNTERDESK_PASSPHRASE)\n");
        return 1;
    }
    Clock::setTestNow(QDateTime::fromString(QString::fromLocal8Bit(argv[3]), Qt::ISODate));
    auto branch = Branch::open(QString::fromLocal8Bit(argv[1]), qgetenv("COUNTERDESK_PASSPHRASE"));
    const QStringList services = QString::fromLocal8Bit(argv[2]).split(QLatin1Char(','));
    TicketQueue queue(*branch);
    for (qint64 i = 0;; ++i) {
        TicketQueue::IssueRequest request;
        request.serviceCode = services.at(i % services.size());
        const TicketQueue::Result r = queue.issue(request, QStringLiteral("ticketwriter"));
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.message));
            return 1;
        }
        std::printf("ack %s\n", qPrintable(r.ticket.number));
        std::fflush(stdout);
    }
}
