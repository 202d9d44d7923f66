#pragma once

#include "command.h"

struct ComplaintRow;
struct Session;

// counterdesk-cli complaint add|list|note|close|escalate: complaints (投诉) from a script, as a
// named staff member (--as), whose role decides what is allowed. Phones are printed masked.
class ComplaintCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintCommand)
public:
    ComplaintCommand();

    // One line per complaint: id, state, due date, channel, owner, complainant and phone (both
    // masked), staff and service concerned, the matter on one line, and flags.
    static QString line(const ComplaintRow &row, bool overdue);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
