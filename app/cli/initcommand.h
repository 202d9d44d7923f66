#pragma once

#include "command.h"

// counterdesk-cli init: creates and migrates a branch database (optionally the demo branch).
class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)
public:
    InitCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
