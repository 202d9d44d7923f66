#pragma once

#include "calendar/workingcalendar.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Branch;

// The working-day calendar head office publishes (docs/sync.md: a SignedDocument of format
// "counterdesk.calendar" holding {"version", "published", "tsv"}). Checked against head office's
// pinned key, parsed strictly, refused unless newer than the one in force, and applied in one
// audited transaction; a refused one changes nothing. Until head office sends one, the calendar
// compiled into the program is in force.
class CalendarUpdate
{
    Q_DECLARE_TR_FUNCTIONS(CalendarUpdate)
public:
    static constexpr const char *EnvelopeSetting = "calendar.envelope";
    static constexpr const char *VersionSetting = "calendar.version";
    static constexpr const char *Format = "counterdesk.calendar";

    struct Result
    {
        bool ok = false;
        bool alreadyInForce = false;
        int version = 0;
        QString message; // what happened, or why it was refused
    };

    static Result apply(Branch &branch, const QByteArray &envelope, const QString &actor);
    // 0: the built-in calendar.
    static int version(Branch &branch);
    // The calendar in force for the branch: head office's latest, else the built-in one.
    static const WorkingCalendar &inForce(Branch &branch);
};
