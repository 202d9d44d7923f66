#pragma once

#include "command.h"

// counterdesk-cli kb search: looks up the standard answers as a clerk would at the counter.
class KbCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KbCommand)
public:
    KbCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
