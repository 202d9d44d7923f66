#pragma once

#include "command.h"

// counterdesk-cli staff add|list: the branch's staff accounts (an administrator's job), so that a
// branch made with `init` has people who can sign in.
class StaffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StaffCommand)
public:
    StaffCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
