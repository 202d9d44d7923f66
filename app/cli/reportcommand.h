#pragma once

#include "command.h"

// counterdesk-cli report daily: the day's log as PDF (and CSV), signed or a draft.
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    ReportCommand();
    bool needsGui() const override { return true; } // the PDF needs fonts

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
