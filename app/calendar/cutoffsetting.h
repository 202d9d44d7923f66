#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTime>

#include <optional>

class Branch;

// The branch's daily cut-off for applications (setting `calendar.cutoff`, HH:MM, default 16:30):
// what arrives at or after it counts from the next working day (WorkingCalendar::effectiveStart).
class CutOffSetting
{
    Q_DECLARE_TR_FUNCTIONS(CutOffSetting)
public:
    static constexpr const char *Key = "calendar.cutoff";

    // "16:30" or "9:05" -> the time; anything else -> nothing.
    static std::optional<QTime> parse(const QString &text);
    // The branch's cut-off. When the setting is absent, the default; when it is malformed, also
    // the default, and *problem (if given) says what is wrong with the stored value.
    static QTime read(Branch &branch, QString *problem = nullptr);
};
