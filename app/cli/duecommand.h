#pragma once

#include "command.h"

// counterdesk-cli due: the due date of a time limit, on the built-in or a given holiday calendar.
class DueCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DueCommand)
public:
    DueCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
