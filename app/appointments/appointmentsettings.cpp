#include "appointmentsettings.h"

#include "branch/branch.h"
#include "branchstore.h"

#include <QJsonObject>

namespace
{
struct Range
{
    const char *key;
    int min;
    int max;
    int AppointmentSettings::*field;
};
constexpr Range kRanges[] = {
    {AppointmentSettings::CheckInBeforeKey, 0, 240, &AppointmentSettings::checkInBeforeMinutes},
    {AppointmentSettings::CheckInAfterKey, 0, 120, &AppointmentSettings::checkInAfterMinutes},
    {AppointmentSettings::GraceKey, 0, 240, &AppointmentSettings::noShowGraceMinutes},
    {AppointmentSettings::NoShowLimitKey, 1, 100, &AppointmentSettings::noShowLimit},
    {AppointmentSettings::NoShowDaysKey, 1, 365, &AppointmentSettings::noShowDays},
    {AppointmentSettings::BlockDaysKey, 0, 365, &AppointmentSettings::blockDays},
};

const Range *rangeOf(const QString &key)
{
    for (const Range &r : kRanges) {
        if (key == QLatin1String(r.key)) {
            return &r;
        }
    }
    return nullptr;
}
} // namespace

QStringList AppointmentSettings::keys()
{
    QStringList list;
    for (const Range &r : kRanges) {
        list << QLatin1String(r.key);
    }
    return list;
}

QString AppointmentSettings::check(const QString &key, const QString &value)
{
    const Range *r = rangeOf(key);
    if (!r) {
        return tr("Unknown setting: %1").arg(key);
    }
    bool ok = false;
    const int v = value.trimmed().toInt(&ok);
    if (!ok || v < r->min || v > r->max) {
        return tr("%1 must be a whole number from %2 to %3.").arg(key).arg(r->min).arg(r->max);
    }
    return {};
}

AppointmentSettings AppointmentSettings::read(Branch &branch)
{
    AppointmentSettings s;
    BranchStore store(branch.database());
    for (const Range &r : kRanges) {
        const std::optional<QString> v = store.setting(QLatin1String(r.key));
        if (v && check(QLatin1String(r.key), *v).isEmpty()) {
            s.*(r.field) = v->trimmed().toInt();
        }
    }
    return s;
}

QString AppointmentSettings::change(Branch &branch, const QMap<QString, QString> &values,
                                    const QString &actor)
{
    QMap<QString, QString> trimmed;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString problem = check(it.key(), it.value());
        if (!problem.isEmpty()) {
            return problem;
        }
        trimmed.insert(it.key(), it.value().trimmed());
    }
    branch.changeSettings(trimmed, actor);
    return {};
}
