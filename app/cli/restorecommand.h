#pragma once

#include "command.h"

// counterdesk-cli restore: puts a checked backup in the place of the branch's database.
class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)
public:
    RestoreCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
