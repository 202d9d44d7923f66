#include "infocommand.h"

#include "auditstore.h"
#include "branch/branch.h"
#include "branchstore.h"
#include "database.h"
#include "knowledge/knowledgebase.h"
#include "migrations.h"
#include "outboxstore.h"

#include <QDir>

InfoCommand::InfoCommand()
    : Command(QStringLiteral("info"),
              tr("Show the branch, the data version, the cipher and what the database holds."))
{}

void InfoCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
}

int InfoCommand::execute(QCommandLineParser &parser)
{
    int code = Ok;
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    Database &db = branch->database();
    BranchStore store(db);
    const BranchInfo info = branch->info();
    out() << tr("Branch:        %1 (%2)").arg(info.code, info.name) << Qt::endl
          << tr("Time zone:     %1").arg(info.timeZone) << Qt::endl
          << tr("Database:      %1").arg(QDir::toNativeSeparators(db.path())) << Qt::endl
          << tr("Data version:  %1 (latest %2)")
                 .arg(db.userVersion())
                 .arg(Migrations::latestVersion())
          << Qt::endl
          << tr("Cipher:        SQLCipher %1").arg(db.cipherVersion()) << Qt::endl
          << tr("Staff:         %1").arg(store.staff().size()) << Qt::endl
          << tr("Customers:     %1").arg(store.customerCount()) << Qt::endl
          << tr("Knowledge:     %1 standard answers").arg(KnowledgeBase(db).count()) << Qt::endl
          << tr("Audit entries: %1").arg(AuditStore(db).count()) << Qt::endl
          << tr("Outbox:        %1 pending for head office").arg(OutboxStore(db).pendingCount())
          << Qt::endl;
    return Ok;
}
