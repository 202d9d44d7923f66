#pragma once

#include "command.h"

// counterdesk-cli audit verify: checks the whole audit chain.
class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    AuditCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
