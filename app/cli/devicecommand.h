#pragma once

#include "command.h"

// counterdesk-cli device add|list|revoke: pairs counters, kiosks and displays with the hall host.
class DeviceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCommand)
public:
    DeviceCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
