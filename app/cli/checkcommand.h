#pragma once

#include "command.h"

// counterdesk-cli check: validates an identity number, a credit code or a mobile number.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    CheckCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
