#pragma once

#include "command.h"

// counterdesk-cli backup: an encrypted, consistent copy of the branch made while it is in use;
// 'backup config' sets the hall host's nightly backups.
class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
public:
    BackupCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
