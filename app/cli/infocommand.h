#pragma once

#include "command.h"

// counterdesk-cli info: what the branch database holds, at a glance.
class InfoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)
public:
    InfoCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
