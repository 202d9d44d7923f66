// A child process for tst_crash: opens a branch and records events as fast as it can, printing
// "ack N" on stdout after each commit returns, until it is killed.
#include "branch/branch.h"
#include "branchstore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: crashwriter DATA_DIR PREFIX (passphrase in "
                             "COUNTERDESK_PASSPHRASE)\n");
        return 1;
    }
    auto branch = Branch::open(QString::fromLocal8Bit(argv[1]), qgetenv("COUNTERDESK_PASSPHRASE"));
    for (qint64 i = 0;; ++i) {
        const QString key = QString::fromLocal8Bit(argv[2]) + QString::number(i);
        // A state change (a setting row), its audit entry and its outbox entry, as one.
        branch->record({QStringLiteral("crashwriter"), QStringLiteral("test.write"), key,
                        QJsonObject{{QStringLiteral("i"), i}}},
                       [&](AuditEvent &) {
                           BranchStore(branch->database()).setSetting(key, QString::number(i));
                       });
        std::printf("ack %lld\n", static_cast<long long>(i));
        std::fflush(stdout);
    }
}
