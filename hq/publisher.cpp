#include "publisher.h"

#include "calendar/workingcalendar.h"
#include "catalogue/catalogue.h"
#include "crypto/signeddocument.h"
#include "hqdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

Publisher::Result Publisher::publishCatalogue(const QByteArray &json, const QByteArray &privateSeed)
{
    Result r;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        r.message = tr("The catalogue is not a JSON object (%1 at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset);
        return r;
    }
    QJsonObject document = doc.object();
    const int newestNow = newestVersion(CatalogueKind);
    const int own = document.value(QStringLiteral("version")).toInt();
    r.version = own > newestNow ? own : newestNow + 1;
    document.insert(QStringLiteral("version"), r.version);
    // Refuse here what every branch would refuse later.
    QString error;
    if (!Catalogue::fromJson(document, &error)) {
        r.message = tr("The catalogue is not valid: %1").arg(error);
        return r;
    }
    const QByteArray envelope =
        SignedDocument::sign(QLatin1String(Catalogue::Format), document, privateSeed);
    if (!store(CatalogueKind, r.version, envelope, &r.message)) {
        return r;
    }
    r.ok = true;
    r.message = own == r.version
                    ? tr("Published catalogue version %1.").arg(r.version)
                    : tr("Published catalogue version %1 (the file said %2; head office numbers "
                         "each publication after the newest, %3).")
                          .arg(r.version)
                          .arg(own)
                          .arg(newestNow);
    return r;
}

Publisher::Result Publisher::publishCalendar(const QString &tsv, int version,
                                             const QByteArray &privateSeed, const QDate &published)
{
    Result r;
    r.version = version;
    if (version < 1) {
        r.message = tr("The calendar's version must be a positive number.");
        return r;
    }
    QString error;
    if (!WorkingCalendar::parse(tsv, &error)) {
        r.message = tr("The calendar file is not valid: %1").arg(error);
        return r;
    }
    const int newestNow = newestVersion(CalendarKind);
    if (version <= newestNow) {
        r.message = tr("Calendar version %1 is not newer than the newest published, %2.")
                        .arg(version)
                        .arg(newestNow);
        return r;
    }
    const QJsonObject document{{QStringLiteral("version"), version},
                               {QStringLiteral("published"), published.toString(Qt::ISODate)},
                               {QStringLiteral("tsv"), tsv}};
    const QByteArray envelope =
        SignedDocument::sign(QLatin1String(CalendarFormat), document, privateSeed);
    if (!store(CalendarKind, version, envelope, &r.message)) {
        return r;
    }
    r.ok = true;
    r.message = tr("Published calendar version %1.").arg(version);
    return r;
}

bool Publisher::store(const char *kind, int version, const QByteArray &envelope, QString *refusal)
{
    bool stored = false;
    m_db.transaction([&] {
        const HqResult r = m_db.exec(
            "INSERT INTO published_documents (kind, version, envelope) VALUES ($1, $2, $3)"
            " ON CONFLICT (kind, version) DO NOTHING",
            {QByteArray(kind), version, envelope});
        stored = r.affected() == 1;
    });
    if (!stored) {
        *refusal = tr("Version %1 was published meanwhile; nothing was changed.").arg(version);
    }
    return stored;
}

std::optional<Publisher::Published> Publisher::newest(const char *kind, qint64 than)
{
    const HqResult r = m_db.exec("SELECT version, envelope FROM published_documents"
                                 " WHERE kind = $1 AND version > $2"
                                 " ORDER BY version DESC LIMIT 1",
                                 {QByteArray(kind), than});
    if (r.rows() == 0) {
        return std::nullopt;
    }
    return Published{static_cast<int>(r.int64(0, 0)), r.bytes(0, 1)};
}

int Publisher::newestVersion(const char *kind)
{
    const HqResult r =
        m_db.exec("SELECT coalesce(max(version), 0) FROM published_documents WHERE kind = $1",
                  {QByteArray(kind)});
    return static_cast<int>(r.int64(0, 0));
}
