#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

class Branch;

// The hall's queue rules and ticket text, kept as branch settings so that every counter, the
// kiosk and the host follow the same ones. A missing or malformed value means the default.
class QueueSettings
{
    Q_DECLARE_TR_FUNCTIONS(QueueSettings)
public:
    static constexpr const char *FairnessKey = "queue.fairnessMinutes";
    static constexpr const char *MaxRecallsKey = "queue.maxRecalls";
    static constexpr const char *SamplesKey = "queue.serviceTimeSamples";
    static constexpr const char *DefaultServiceKey = "queue.defaultServiceMinutes";
    static constexpr const char *PublicUrlKey = "hall.publicUrl";
    static constexpr const char *LanguageKey = "ticket.language";
    static constexpr const char *SecondLanguageKey = "ticket.secondLanguage";
    static constexpr const char *NoticeKey = "display.notice";
    static constexpr int MaxNoticeLength = 300;

    // A ticket waiting this long is called next, whatever its group or service rank.
    int fairnessMinutes = 30;
    // Recalls allowed after the first call before the ticket may be marked a no-show.
    int maxRecalls = 3;
    // The estimated wait uses the mean of this many last finished tickets of the service...
    int serviceTimeSamples = 10;
    // ...or this when the service has none yet.
    int defaultServiceMinutes = 5;
    // The customer's status page is publicUrl + "/t/" + token (the hall host's address).
    QString publicUrl = QStringLiteral("https://counterdesk.local");
    // The ticket's language (zh_CN or zh_TW) and an optional second one (en, zh_TW, zh_CN).
    QString language = QStringLiteral("zh_CN");
    QString secondLanguage;
    // The manager's notice that scrolls along the bottom of the hall display (one line).
    QString notice;

    static QueueSettings read(Branch &branch);
    static QStringList keys();
    // Checks a value for a key; an empty string when acceptable, else what is wrong. The
    // value may be normalised (e.g. a trailing slash removed from the URL).
    static QString check(const QString &key, QString &value);
    // Changes settings as one audited event ("setting.change"). Throws DbException; refuses
    // (returns the reason, changing nothing) when any value is unacceptable.
    static QString change(Branch &branch, QMap<QString, QString> values, const QString &actor);

    QString statusUrl(const QString &token) const;
};
