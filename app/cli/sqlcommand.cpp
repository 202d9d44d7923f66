#include "sqlcommand.h"

#include "branch/branch.h"
#include "database.h"

SqlCommand::SqlCommand()
    : Command(QStringLiteral("sql"),
              tr("Run SQL on the decrypted database (read-only unless --write): the "
                 "administrator's recovery path. Rows are printed tab-separated."))
{}

void SqlCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addOption({QStringLiteral("write"),
                      tr("Allow changes. They bypass the audit chain, which will report them.")});
    parser.addPositionalArgument(QStringLiteral("statement"), tr("The SQL to run."));
}

int SqlCommand::execute(QCommandLineParser &parser)
{
    const QStringList statements = parser.positionalArguments();
    if (statements.size() != 1) {
        err() << tr("Usage: counterdesk-cli sql --data-dir DIR \"SELECT ...\"") << Qt::endl;
        return Failure;
    }
    int code = Ok;
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    Database &db = branch->database();
    if (!parser.isSet(QStringLiteral("write"))) {
        db.exec("PRAGMA query_only = ON");
    }
    db.runScript(statements.first(), [](const QStringList &row) {
        out() << row.join(QLatin1Char('\t')) << Qt::endl;
    });
    return Ok;
}
