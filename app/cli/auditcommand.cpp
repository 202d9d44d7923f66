#include "auditcommand.h"

#include "branch/branch.h"

AuditCommand::AuditCommand()
    : Command(QStringLiteral("audit"),
              tr("'audit verify': check the audit chain. Prints 'ok N entries' (exit 0), or "
                 "names the first bad entry (exit 3)."))
{}

void AuditCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addPositionalArgument(QStringLiteral("verify"), tr("Verify the chain."));
}

int AuditCommand::execute(QCommandLineParser &parser)
{
    if (parser.positionalArguments() != QStringList{QStringLiteral("verify")}) {
        err() << tr("Usage: counterdesk-cli audit verify --data-dir DIR") << Qt::endl;
        return Failure;
    }
    int code = Ok;
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    const AuditChain::Verification v = branch->verifyAudit();
    if (v.ok) {
        // Machine-readable, so never translated.
        out() << "ok " << v.entries << " entries" << Qt::endl;
        return Ok;
    }
    out() << "broken at entry " << v.firstBadSeq << ": " << v.reason << Qt::endl;
    return AuditBroken;
}
