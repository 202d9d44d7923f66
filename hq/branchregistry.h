#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class HqDatabase;

// The branches head office knows: code, name, the Ed25519 public key that signs their requests,
// whether they are revoked, and how far their events are acknowledged.
class BranchRegistry
{
    Q_DECLARE_TR_FUNCTIONS(BranchRegistry)
public:
    struct Entry
    {
        QString code;
        QString name;
        QByteArray publicKey; // 32 bytes
        QString addedUtc;
        QString revokedUtc; // empty while active
        qint64 ackedSeq = 0;
        bool revoked() const { return !revokedUtc.isEmpty(); }
    };

    explicit BranchRegistry(HqDatabase &db)
        : m_db(db)
    {}

    // Empty when done, else why not (bad code, bad key, code taken).
    QString add(const QString &code, const QString &publicKeyBase64, const QString &name);
    // Empty when done, else why not (unknown, already revoked).
    QString revoke(const QString &code);
    std::optional<Entry> find(const QString &code);
    QList<Entry> list();

    static bool isValidCode(const QString &code);

private:
    HqDatabase &m_db;
};
