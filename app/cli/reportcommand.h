#pragma once

#include "command.h"

class Branch;

// counterdesk-cli report daily: the day's log as PDF (and CSV), signed or a draft;
// report monthly: the month's service bulletin (简报) as PDF (and CSV);
// report targets: the KPI targets the bulletin measures against, shown or changed.
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    ReportCommand();
    bool needsGui() const override { return true; } // the PDF needs fonts

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;

private:
    int daily(const QCommandLineParser &parser);
    int monthly(const QCommandLineParser &parser);
    int targets(const QCommandLineParser &parser);
    static bool writeCsv(const QString &path, const QString &text);
};
