#pragma once

#include "command.h"

// counterdesk-cli print-sample KIND --out FILE.pdf: a document filled with demo data, for
// template and printer checks.
class PrintSampleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PrintSampleCommand)
public:
    PrintSampleCommand();
    bool needsGui() const override { return true; }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
