#include "calendarupdate.h"

#include "branch/branch.h"
#include "branch/headofficekey.h"
#include "branchstore.h"
#include "crypto/signeddocument.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QMutex>

#include <memory>

namespace
{
// Parsed calendars by the SHA-256 of their envelope: reading the setting is one query, parsing
// the file is done once per process.
QMutex cacheLock;
QHash<QByteArray, std::shared_ptr<const WorkingCalendar>> cache;
} // namespace

int CalendarUpdate::version(Branch &branch)
{
    return BranchStore(branch.database())
        .setting(QLatin1String(VersionSetting))
        .value_or(QStringLiteral("0"))
        .toInt();
}

const WorkingCalendar &CalendarUpdate::inForce(Branch &branch)
{
    const auto envelope = BranchStore(branch.database()).setting(QLatin1String(EnvelopeSetting));
    if (!envelope || envelope->isEmpty()) {
        return WorkingCalendar::builtIn();
    }
    const QByteArray key = QCryptographicHash::hash(envelope->toUtf8(), QCryptographicHash::Sha256);
    QMutexLocker locker(&cacheLock);
    if (const auto it = cache.constFind(key); it != cache.constEnd()) {
        return **it;
    }
    // Checked when it was applied; parsed again here without its signature (the database is
    // the branch's own and encrypted).
    const QJsonObject document = SignedDocument::open(envelope->toUtf8(), QLatin1String(Format),
                                                      HeadOfficeKey::pinned(branch))
                                     .document;
    QString error;
    const auto parsed =
        WorkingCalendar::parse(document.value(QStringLiteral("tsv")).toString(), &error);
    if (!parsed) {
        return WorkingCalendar::builtIn();
    }
    auto shared = std::make_shared<const WorkingCalendar>(*parsed);
    cache.insert(key, shared);
    return *shared;
}

CalendarUpdate::Result CalendarUpdate::apply(Branch &branch, const QByteArray &envelope,
                                             const QString &actor)
{
    Result result;
    const QByteArray pinned = HeadOfficeKey::pinned(branch);
    if (pinned.isEmpty()) {
        result.message = tr("This branch has no head office key pinned: no calendar can be "
                            "trusted.");
        return result;
    }
    const SignedDocument::Opened opened =
        SignedDocument::open(envelope, QLatin1String(Format), pinned);
    if (!opened.ok) {
        result.message = tr("The calendar was refused: %1").arg(opened.error);
        return result;
    }
    const QJsonObject &doc = opened.document;
    const QJsonValue v = doc.value(QStringLiteral("version"));
    if (!v.isDouble() || v.toInt() < 1 || v.toDouble() != v.toInt()) {
        result.message = tr("The calendar was refused: its version is not a positive number.");
        return result;
    }
    result.version = v.toInt();
    QString error;
    const auto calendar =
        WorkingCalendar::parse(doc.value(QStringLiteral("tsv")).toString(), &error);
    if (!calendar) {
        result.message = tr("The calendar was refused: %1").arg(error);
        return result;
    }
    const int current = version(branch);
    if (result.version <= current) {
        result.alreadyInForce = result.version == current;
        result.ok = result.alreadyInForce;
        result.message = result.alreadyInForce
                             ? tr("Calendar version %1 is already in force.").arg(current)
                             : tr("The calendar was refused: version %1 is older than version "
                                  "%2 in force.")
                                   .arg(result.version)
                                   .arg(current);
        return result;
    }
    QStringList years;
    for (int y : calendar->publishedYears()) {
        years << QString::number(y);
    }
    branch.record({actor, QStringLiteral("calendar.update"), QStringLiteral("calendar"),
                   QJsonObject{{QStringLiteral("version"), result.version},
                               {QStringLiteral("published"),
                                doc.value(QStringLiteral("published")).toString()},
                               {QStringLiteral("years"), years.join(QLatin1Char(','))},
                               {QStringLiteral("keyId"), opened.keyId}}},
                  [&](AuditEvent &) {
                      BranchStore store(branch.database());
                      store.setSetting(QLatin1String(EnvelopeSetting), QString::fromUtf8(envelope));
                      store.setSetting(QLatin1String(VersionSetting),
                                       QString::number(result.version));
                  });
    result.ok = true;
    result.message = tr("Calendar version %1 is in force (years %2).")
                         .arg(result.version)
                         .arg(years.join(QStringLiteral(", ")));
    return result;
}
