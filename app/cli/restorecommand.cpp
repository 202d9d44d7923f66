#include "restorecommand.h"

#include "backup/branchrestore.h"

RestoreCommand::RestoreCommand()
    : Command(QStringLiteral("restore"),
              tr("'restore --from FILE': check a backup, then put it in the place of the "
                 "branch's database (kept as branch.db.before-restore-…)."))
{}

void RestoreCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addOption({QStringLiteral("from"),
                      tr("The backup to restore. It opens with the passphrase the branch had "
                         "when it was made; the branch has that passphrase afterwards."),
                      tr("FILE")});
}

int RestoreCommand::execute(QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(QStringLiteral("from"))) {
        err() << tr("Usage: counterdesk-cli restore --data-dir DIR --from FILE "
                    "[--passphrase-file FILE]")
              << Qt::endl;
        return Failure;
    }
    const QByteArray pass = passphrase(parser, false);
    if (pass.isEmpty()) {
        return CannotOpen;
    }
    const BranchRestore::Result r = BranchRestore::run(
        dataDir(parser), parser.value(QStringLiteral("from")), pass, QStringLiteral("cli"));
    switch (r.outcome) {
    case BranchRestore::Outcome::Restored:
        out() << r.message << Qt::endl;
        if (!r.warning.isEmpty()) {
            err() << r.warning << Qt::endl;
        }
        return Ok;
    case BranchRestore::Outcome::CannotOpen:
        err() << r.message << Qt::endl;
        return CannotOpen;
    case BranchRestore::Outcome::AuditBroken:
        err() << r.message << Qt::endl;
        return AuditBroken;
    case BranchRestore::Outcome::InUse:
    case BranchRestore::Outcome::Refused:
        break;
    }
    err() << r.message << Qt::endl;
    return Failure;
}
