#include "queuesettings.h"

#include "branch/branch.h"
#include "branchstore.h"

#include <QJsonObject>
#include <QUrl>

namespace
{
const QStringList kLanguages{QStringLiteral("zh_CN"), QStringLiteral("zh_TW"),
                             QStringLiteral("en")};

std::optional<int> boundedInt(const QString &text, int min, int max)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < min || v > max) {
        return std::nullopt;
    }
    return v;
}

struct Range
{
    const char *key;
    int min;
    int max;
};
constexpr Range kRanges[] = {
    {QueueSettings::FairnessKey, 1, 600},
    {QueueSettings::MaxRecallsKey, 0, 20},
    {QueueSettings::SamplesKey, 1, 1000},
    {QueueSettings::DefaultServiceKey, 1, 240},
};
} // namespace

QStringList QueueSettings::keys()
{
    return {QLatin1String(FairnessKey),       QLatin1String(MaxRecallsKey),
            QLatin1String(SamplesKey),        QLatin1String(DefaultServiceKey),
            QLatin1String(PublicUrlKey),      QLatin1String(LanguageKey),
            QLatin1String(SecondLanguageKey), QLatin1String(NoticeKey)};
}

QString QueueSettings::check(const QString &key, QString &value)
{
    value = value.trimmed();
    for (const Range &r : kRanges) {
        if (key == QLatin1String(r.key)) {
            if (!boundedInt(value, r.min, r.max)) {
                return tr("%1 must be a whole number from %2 to %3.")
                    .arg(key)
                    .arg(r.min)
                    .arg(r.max);
            }
            return {};
        }
    }
    if (key == QLatin1String(PublicUrlKey)) {
        while (value.endsWith(QLatin1Char('/'))) {
            value.chop(1);
        }
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.hasQuery() || url.hasFragment()) {
            return tr("%1 must be the hall host's web address, e.g. https://hall.example.cn")
                .arg(key);
        }
        return {};
    }
    if (key == QLatin1String(LanguageKey)) {
        if (value != QLatin1String("zh_CN") && value != QLatin1String("zh_TW")) {
            return tr("%1 must be zh_CN or zh_TW: a ticket is printed in Chinese first.").arg(key);
        }
        return {};
    }
    if (key == QLatin1String(SecondLanguageKey)) {
        if (value == QLatin1String("none")) {
            value.clear();
        }
        if (!value.isEmpty() && !kLanguages.contains(value)) {
            return tr("%1 must be en, zh_TW, zh_CN or none.").arg(key);
        }
        return {};
    }
    if (key == QLatin1String(NoticeKey)) {
        // One line on the display: line breaks and other control characters become spaces.
        for (QChar &c : value) {
            if (c.category() == QChar::Other_Control) {
                c = QLatin1Char(' ');
            }
        }
        value = value.simplified();
        if (value.size() > MaxNoticeLength) {
            return tr("%1 may be at most %n characters long.", nullptr, MaxNoticeLength).arg(key);
        }
        return {};
    }
    return tr("Unknown setting: %1").arg(key);
}

QueueSettings QueueSettings::read(Branch &branch)
{
    QueueSettings s;
    BranchStore store(branch.database());
    auto value = [&](const char *key) -> std::optional<QString> {
        std::optional<QString> v = store.setting(QLatin1String(key));
        if (v) {
            QString text = *v;
            if (check(QLatin1String(key), text).isEmpty()) {
                return text;
            }
        }
        return std::nullopt; // absent or malformed: the default applies
    };
    if (const auto v = value(FairnessKey)) {
        s.fairnessMinutes = v->toInt();
    }
    if (const auto v = value(MaxRecallsKey)) {
        s.maxRecalls = v->toInt();
    }
    if (const auto v = value(SamplesKey)) {
        s.serviceTimeSamples = v->toInt();
    }
    if (const auto v = value(DefaultServiceKey)) {
        s.defaultServiceMinutes = v->toInt();
    }
    if (const auto v = value(PublicUrlKey)) {
        s.publicUrl = *v;
    }
    if (const auto v = value(LanguageKey)) {
        s.language = *v;
    }
    if (const auto v = value(SecondLanguageKey)) {
        s.secondLanguage = *v;
    }
    if (const auto v = value(NoticeKey)) {
        s.notice = *v;
    }
    if (s.secondLanguage == s.language) {
        s.secondLanguage.clear();
    }
    return s;
}

QString QueueSettings::change(Branch &branch, QMap<QString, QString> values, const QString &actor)
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

QString QueueSettings::statusUrl(const QString &token) const
{
    return publicUrl + QStringLiteral("/t/") + token;
}
