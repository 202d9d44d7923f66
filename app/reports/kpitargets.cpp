#include "kpitargets.h"

#include "branch/branch.h"
#include "branchstore.h"

#include <QJsonObject>

#include <optional>

namespace
{
struct Target
{
    const char *key;
    int min;
    int max;
    int KpiTargets::*member;
};
constexpr Target kTargets[] = {
    {KpiTargets::WaitMinutesKey, 1, 240, &KpiTargets::waitMinutes},
    {KpiTargets::WaitPercentKey, 1, 100, &KpiTargets::waitPercent},
    {KpiTargets::ResponseMinutesKey, 1, 240, &KpiTargets::responseMinutes},
    {KpiTargets::AnswerMinutesKey, 1, 240, &KpiTargets::answerMinutes},
    {KpiTargets::ComplaintDaysKey, 1, 60, &KpiTargets::complaintDays},
    {KpiTargets::SatisfactionPercentKey, 1, 100, &KpiTargets::satisfactionPercent},
    {KpiTargets::CasesOnTimePercentKey, 1, 100, &KpiTargets::casesOnTimePercent},
};

const Target *find(const QString &key)
{
    for (const Target &t : kTargets) {
        if (key == QLatin1String(t.key)) {
            return &t;
        }
    }
    return nullptr;
}

std::optional<int> bounded(const QString &text, const Target &t)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < t.min || v > t.max) {
        return std::nullopt;
    }
    return v;
}
} // namespace

QStringList KpiTargets::keys()
{
    QStringList list;
    for (const Target &t : kTargets) {
        list << QLatin1String(t.key);
    }
    return list;
}

QString KpiTargets::check(const QString &key, QString &value)
{
    value = value.trimmed();
    const Target *t = find(key);
    if (!t) {
        return tr("Unknown target: %1 (one of: %2)").arg(key, keys().join(QStringLiteral(", ")));
    }
    if (!bounded(value, *t)) {
        return tr("%1 must be a whole number from %2 to %3.").arg(key).arg(t->min).arg(t->max);
    }
    return {};
}

KpiTargets KpiTargets::read(Branch &branch)
{
    KpiTargets targets;
    BranchStore store(branch.database());
    for (const Target &t : kTargets) {
        if (const std::optional<QString> text = store.setting(QLatin1String(t.key))) {
            if (const std::optional<int> v = bounded(*text, t)) {
                targets.*(t.member) = *v;
            }
        }
    }
    return targets;
}

int KpiTargets::value(const QString &key) const
{
    const Target *t = find(key);
    return t ? this->*(t->member) : 0;
}

QString KpiTargets::change(Branch &branch, QMap<QString, QString> values, const QString &actor)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString problem = check(it.key(), it.value());
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    branch.changeSettings(values, actor);
    return {};
}
