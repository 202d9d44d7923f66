#pragma once

#include "command.h"

// counterdesk-cli appointment book|slots|cancel|checkin|list: bookings of slots (预约办理) from
// reception or a script.
class AppointmentCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentCommand)
public:
    AppointmentCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
