#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

class Branch;

// The branch's rules for checking bookings in and for missed bookings (branch settings, the
// same for every service). A missing or malformed value means the default.
class AppointmentSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentSettings)
public:
    static constexpr const char *CheckInBeforeKey = "appointment.checkInBeforeMinutes";
    static constexpr const char *CheckInAfterKey = "appointment.checkInAfterMinutes";
    static constexpr const char *GraceKey = "appointment.noShowGraceMinutes";
    static constexpr const char *NoShowLimitKey = "appointment.noShowLimit";
    static constexpr const char *NoShowDaysKey = "appointment.noShowDays";
    static constexpr const char *BlockDaysKey = "appointment.blockDays";

    // Check-in opens this long before the slot's start and closes this long after it.
    int checkInBeforeMinutes = 30;
    int checkInAfterMinutes = 10;
    // Not checked in by the slot's start plus this: a no-show.
    int noShowGraceMinutes = 15;
    // noShowLimit no-shows within noShowDays days block booking for blockDays days.
    int noShowLimit = 3;
    int noShowDays = 30;
    int blockDays = 30;

    static AppointmentSettings read(Branch &branch);
    static QStringList keys();
    // Empty when the value is acceptable for the key, else what is wrong.
    static QString check(const QString &key, const QString &value);
    // Changes settings as one audited event ("setting.change"); refuses (returns the reason,
    // changing nothing) when any value is unacceptable.
    static QString change(Branch &branch, const QMap<QString, QString> &values,
                          const QString &actor);
};
