#pragma once

#include "command.h"

class AppointmentBook;

// counterdesk-cli appointment book|slots|cancel|checkin|list|rules: bookings of slots (预约办理)
// from reception or a script, and the bookable services' slot rules.
class AppointmentCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentCommand)
public:
    AppointmentCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;

private:
    // Prints the rules, or changes one service's (the options given, the rest kept).
    int rules(QCommandLineParser &parser, AppointmentBook &book);
};
