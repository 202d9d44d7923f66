#include "catalogueupdate.h"

#include "branch/branch.h"
#include "branch/headofficekey.h"
#include "cataloguestore.h"
#include "core/clock.h"
#include "crypto/signeddocument.h"
#include "database.h"

#include <QCryptographicHash>

namespace
{
QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

CatalogueUpdate::Result CatalogueUpdate::verify(Branch &branch, const QByteArray &envelope)
{
    Result r;
    const QByteArray key = HeadOfficeKey::pinned(branch);
    if (key.isEmpty()) {
        r.message = tr("Refused: this branch has no head-office key pinned, so no catalogue can "
                       "be trusted. Pin one at set-up (counterdesk-cli init --hq-key).");
        return r;
    }
    const SignedDocument::Opened opened =
        SignedDocument::open(envelope, QLatin1String(Catalogue::Format), key);
    if (!opened.ok) {
        r.message = tr("Refused: %1. Nothing was changed.").arg(opened.error);
        return r;
    }
    QString error;
    r.catalogue = Catalogue::fromJson(opened.document, &error);
    if (!r.catalogue) {
        r.message = tr("Refused: the catalogue is signed but malformed (%1). Nothing was changed.")
                        .arg(error);
        return r;
    }
    const auto current = CatalogueStore(branch.database()).current();
    const int version = r.catalogue->version();
    if (current && version < current->version) {
        r.message = tr("Refused: version %1 is older than version %2, which is in force. "
                       "Nothing was changed.")
                        .arg(version)
                        .arg(current->version);
        r.catalogue.reset();
        return r;
    }
    if (current && version == current->version) {
        if (current->sha256
            != sha256Hex(
                SignedDocument::signedBytes(QLatin1String(Catalogue::Format), opened.document))) {
            r.message = tr("Refused: a different document with the same version %1 is already in "
                           "force; head office must issue a new version. Nothing was changed.")
                            .arg(version);
            r.catalogue.reset();
            return r;
        }
        r.ok = true;
        r.alreadyInForce = true;
        r.message = tr("Version %1 is already in force; nothing to do.").arg(version);
        return r;
    }
    r.ok = true;
    r.message = tr("Valid: catalogue version %1 of %2, %3 services and %4 fees, signed by head "
                   "office (key %5).")
                    .arg(version)
                    .arg(r.catalogue->issuedAt())
                    .arg(r.catalogue->services().size())
                    .arg(r.catalogue->fees().size())
                    .arg(opened.keyId);
    return r;
}

CatalogueUpdate::Result CatalogueUpdate::apply(Branch &branch, const QByteArray &envelope,
                                               const QString &actor)
{
    Result r = verify(branch, envelope);
    if (!r.ok || r.alreadyInForce) {
        return r;
    }
    const Catalogue &c = *r.catalogue;
    QList<ServiceRow> services;
    for (const Service &s : c.services()) {
        services.append({s.code, static_cast<int>(services.size()), s.sector,
                         Service::requestTypeKey(s.requestType), QString(s.queuePrefix),
                         s.name.zhCN});
    }
    QList<FeeRow> fees;
    for (const Fee &f : c.fees()) {
        fees.append({f.code, f.priceFen, f.name.zhCN});
    }
    // The hash covers exactly what was signed, so a re-sent identical document is recognised.
    const SignedDocument::Opened opened = SignedDocument::open(
        envelope, QLatin1String(Catalogue::Format), HeadOfficeKey::pinned(branch));
    const QString sha =
        sha256Hex(SignedDocument::signedBytes(QLatin1String(Catalogue::Format), opened.document));
    branch.record(
        {actor, QStringLiteral("catalogue.apply"), QStringLiteral("catalogue:v%1").arg(c.version()),
         QJsonObject{{QStringLiteral("version"), c.version()},
                     {QStringLiteral("sha256"), sha},
                     {QStringLiteral("services"), static_cast<int>(services.size())},
                     {QStringLiteral("fees"), static_cast<int>(fees.size())}}},
        [&](AuditEvent &) {
            CatalogueStore(branch.database())
                .replace({c.version(), c.issuedAt(), Clock::nowUtc().toString(Qt::ISODateWithMs),
                          sha, QString::fromUtf8(envelope)},
                         services, fees);
        });
    r.message = tr("Applied catalogue version %1: %2 services, %3 fees.")
                    .arg(c.version())
                    .arg(services.size())
                    .arg(fees.size());
    return r;
}

QByteArray CatalogueUpdate::exportCurrent(Branch &branch)
{
    const auto current = CatalogueStore(branch.database()).current();
    return current ? current->envelope.toUtf8() : QByteArray();
}

std::optional<Catalogue> CatalogueUpdate::current(Branch &branch)
{
    const auto row = CatalogueStore(branch.database()).current();
    if (!row) {
        return std::nullopt;
    }
    // Verified when it was applied; parsed again here, never trusted blindly.
    const SignedDocument::Opened opened = SignedDocument::open(
        row->envelope.toUtf8(), QLatin1String(Catalogue::Format), HeadOfficeKey::pinned(branch));
    if (!opened.ok) {
        return std::nullopt;
    }
    return Catalogue::fromJson(opened.document, nullptr);
}
