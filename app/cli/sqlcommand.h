#pragma once

#include "command.h"

// counterdesk-cli sql: the administrator's recovery path into the encrypted file (Debian has no
// SQLCipher 4 shell). Read-only unless --write; writes bypass the audit chain, which will then
// report them.
class SqlCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SqlCommand)
public:
    SqlCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
