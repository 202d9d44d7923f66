#pragma once

#include "command.h"

// counterdesk-cli rekey: gives the branch's database a new passphrase, safely against a crash.
class RekeyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RekeyCommand)
public:
    RekeyCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
