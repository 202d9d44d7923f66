#include "cutoffsetting.h"

#include "branch/branch.h"
#include "branchstore.h"
#include "calendar/workingcalendar.h"

#include <QRegularExpression>

std::optional<QTime> CutOffSetting::parse(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const QTime time(m.captured(1).toInt(), m.captured(2).toInt());
    if (!time.isValid()) {
        return std::nullopt;
    }
    return time;
}

QTime CutOffSetting::read(Branch &branch, QString *problem)
{
    const std::optional<QString> stored =
        BranchStore(branch.database()).setting(QLatin1String(Key));
    if (!stored) {
        return WorkingCalendar::defaultCutOff();
    }
    if (const auto time = parse(*stored)) {
        return *time;
    }
    // A wrong setting must not stop the counter: the usual cut-off applies, and the caller
    // shows the administrator why.
    if (problem) {
        *problem = tr("The setting %1 is '%2', which is not a time of the form HH:MM (e.g. "
                      "16:30); the default cut-off %3 applies.")
                       .arg(QLatin1String(Key), *stored,
                            WorkingCalendar::defaultCutOff().toString(QStringLiteral("HH:mm")));
    }
    return WorkingCalendar::defaultCutOff();
}
