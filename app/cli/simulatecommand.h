#pragma once

#include "command.h"

// counterdesk-cli simulate: realistic hall days played through the app (HallSimulator), so
// that the demo, the reports and the benchmarks have months of data.
class SimulateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)
public:
    SimulateCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
