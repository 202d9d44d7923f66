#include "cataloguestore.h"

#include "database.h"

std::optional<CatalogueDocumentRow> CatalogueStore::current()
{
    Statement s = m_db.prepare("SELECT version, issued_at, applied_utc, sha256, envelope "
                               "FROM catalogue_document ORDER BY version DESC LIMIT 1");
    if (s.step()) {
        return CatalogueDocumentRow{static_cast<int>(s.int64(0)), s.text(1), s.text(2), s.text(3),
                                    s.text(4)};
    }
    return std::nullopt;
}

void CatalogueStore::replace(const CatalogueDocumentRow &document,
                             const QList<ServiceRow> &services, const QList<FeeRow> &fees)
{
    Q_ASSERT(m_db.inTransaction());
    Statement doc = m_db.prepare("INSERT INTO catalogue_document (version, issued_at, "
                                 "applied_utc, sha256, envelope) VALUES (?,?,?,?,?)");
    doc.bind(1, document.version)
        .bind(2, document.issuedAt)
        .bind(3, document.appliedUtc)
        .bind(4, document.sha256)
        .bind(5, document.envelope)
        .run();
    m_db.exec("DELETE FROM service");
    m_db.exec("DELETE FROM fee");
    Statement svc = m_db.prepare("INSERT INTO service (code, position, sector, request_type, "
                                 "queue_prefix, name_zh_cn) VALUES (?,?,?,?,?,?)");
    for (const ServiceRow &r : services) {
        svc.bind(1, r.code)
            .bind(2, r.position)
            .bind(3, r.sector)
            .bind(4, r.requestType)
            .bind(5, r.queuePrefix)
            .bind(6, r.nameZhCn)
            .run();
        svc.reset();
    }
    Statement fee = m_db.prepare("INSERT INTO fee (code, price_fen, name_zh_cn) VALUES (?,?,?)");
    for (const FeeRow &r : fees) {
        fee.bind(1, r.code).bind(2, r.priceFen).bind(3, r.nameZhCn).run();
        fee.reset();
    }
}

QList<ServiceRow> CatalogueStore::services()
{
    QList<ServiceRow> rows;
    Statement s = m_db.prepare("SELECT code, position, sector, request_type, queue_prefix, "
                               "name_zh_cn FROM service ORDER BY position");
    while (s.step()) {
        rows.append(
            {s.text(0), static_cast<int>(s.int64(1)), s.text(2), s.text(3), s.text(4), s.text(5)});
    }
    return rows;
}

std::optional<ServiceRow> CatalogueStore::service(const QString &code)
{
    Statement s = m_db.prepare("SELECT code, position, sector, request_type, queue_prefix, "
                               "name_zh_cn FROM service WHERE code = ?");
    s.bind(1, code);
    if (s.step()) {
        return ServiceRow{s.text(0), static_cast<int>(s.int64(1)), s.text(2), s.text(3), s.text(4),
                          s.text(5)};
    }
    return std::nullopt;
}

QList<FeeRow> CatalogueStore::fees()
{
    QList<FeeRow> rows;
    Statement s = m_db.prepare("SELECT code, price_fen, name_zh_cn FROM fee ORDER BY code");
    while (s.step()) {
        rows.append({s.text(0), s.int64(1), s.text(2)});
    }
    return rows;
}
