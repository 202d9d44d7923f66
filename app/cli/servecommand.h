#pragma once

#include "command.h"

// counterdesk-cli serve: runs the hall host headless until SIGTERM or SIGINT.
class ServeCommand : public Command
{
public:
    ServeCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
