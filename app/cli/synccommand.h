#pragma once

#include "command.h"

// counterdesk-cli sync [run] | key | config | status: one sync with head office (with a progress
// bar on a terminal and a summary), the branch's public key for head office to register, where
// head office is and when the nightly sync runs, and how the last one went.
class SyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
public:
    SyncCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
