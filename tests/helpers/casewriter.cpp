// A child process for tst_crash_trials: opens a branch, signs a clerk in and accepts cases as
// fast as it can (open, mark every checklist line received, accept), printing "ack CASE_NUMBER"
// on stdout after each acceptance returns, until it is killed. The clock is frozen at the
// instant given, so that every round numbers the same business day.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "cases/caseworkflow.h"
#include "catalogue/catalogueupdate.h"
#include "core/clock.h"
#include "staff/staffdirectory.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: casewriter DATA_DIR SERVICE NOW_UTC "
                             "(passphrase in COUNTERDESK_PASSPHRASE)\n");
        return 1;
    }
    Clock::setTestNow(QDateTime::fromString(QString::fromLocal8Bit(argv[3]), Qt::ISODate));
    auto branch = Branch::open(QString::fromLocal8Bit(argv[1]), qgetenv("COUNTERDESK_PASSPHRASE"));
    const std::optional<Catalogue> catalogue = CatalogueUpdate::current(*branch);
    const auto signIn =
        StaffDirectory(*branch).signIn(QStringLiteral("limin"), DemoData::staffPassword(), 3);
    if (!catalogue || !signIn.session) {
        std::fprintf(stderr, "no catalogue or no sign-in: %s\n", qPrintable(signIn.error));
        return 1;
    }
    const QString service = QString::fromLocal8Bit(argv[2]);
    const CaseWorkflow::Person customer{QString::fromUtf8("欧阳娜娜"), QStringLiteral("resident"),
                                        QStringLiteral("11010519491231002X"),
                                        QStringLiteral("13812345678")};
    CaseWorkflow cases(*branch, *catalogue);
    for (;;) {
        try {
            const qint64 id = cases.open(*signIn.session, service, customer, {});
            const std::optional<CaseRow> opened = cases.find(id);
            for (const CaseItemRow &item : opened->items) {
                cases.markItem(*signIn.session, id, item.position, QStringLiteral("received"));
            }
            const CaseWorkflow::Outcome accepted =
                cases.accept(*signIn.session, id, QStringLiteral("zh_CN"));
            std::printf("ack %s\n", qPrintable(accepted.number));
            std::fflush(stdout);
        } catch (const CaseError &e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return 1;
        }
    }
}
