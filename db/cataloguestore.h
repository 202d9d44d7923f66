#pragma once

#include <QList>
#include <QString>

#include <optional>

class Database;

struct CatalogueDocumentRow
{
    int version = 0;
    QString issuedAt;
    QString appliedUtc;
    QString sha256;
    QString envelope;
};

struct ServiceRow
{
    QString code;
    int position = 0;
    QString sector;
    QString requestType;
    QString queuePrefix;
    QString nameZhCn;
};

struct FeeRow
{
    QString code;
    qint64 priceFen = 0;
    QString nameZhCn;
};

// The catalogue in force: the signed document as received, and the services and fees derived
// from it. Only replaced whole, from a verified document: a branch never edits a fee.
class CatalogueStore
{
public:
    explicit CatalogueStore(Database &db)
        : m_db(db)
    {}

    std::optional<CatalogueDocumentRow> current();
    // Call inside a transaction.
    void replace(const CatalogueDocumentRow &document, const QList<ServiceRow> &services,
                 const QList<FeeRow> &fees);
    QList<ServiceRow> services();
    std::optional<ServiceRow> service(const QString &code);
    QList<FeeRow> fees();

private:
    Database &m_db;
};
