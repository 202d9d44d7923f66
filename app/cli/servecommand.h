#pragma once

#include "command.h"

// counterdesk-cli serve: runs the hall host headless until SIGTERM or SIGINT.
class ServeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
public:
    ServeCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
