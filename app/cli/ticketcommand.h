#pragma once

#include "command.h"

// counterdesk-cli ticket issue|reprint|status: reception's ticket desk from a script.
class TicketCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TicketCommand)
public:
    TicketCommand();
    bool needsGui() const override { return true; } // the PDF needs fonts

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
