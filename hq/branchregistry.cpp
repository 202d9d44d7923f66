#include "branchregistry.h"

#include "hqdatabase.h"

#include <QRegularExpression>

namespace
{
BranchRegistry::Entry entryAt(const HqResult &r, int row)
{
    BranchRegistry::Entry e;
    e.code = r.text(row, 0);
    e.name = r.text(row, 1);
    e.publicKey = QByteArray::fromBase64(r.bytes(row, 2));
    e.addedUtc = r.text(row, 3);
    e.revokedUtc = r.isNull(row, 4) ? QString() : r.text(row, 4);
    e.ackedSeq = r.int64(row, 5);
    return e;
}

constexpr const char *kColumns =
    "SELECT code, name, public_key, to_char(added_utc, 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
    "to_char(revoked_utc, 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), acked_seq FROM branches ";
} // namespace

bool BranchRegistry::isValidCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$"));
    return pattern.match(code).hasMatch();
}

QString BranchRegistry::add(const QString &code, const QString &publicKeyBase64,
                            const QString &name)
{
    if (!isValidCode(code)) {
        return tr("'%1' is not a branch code: 1 to 32 letters, digits, '-' or '_'.").arg(code);
    }
    const auto key = QByteArray::fromBase64Encoding(publicKeyBase64.trimmed().toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!key || key.decoded.size() != 32) {
        return tr("The public key must be the branch's Ed25519 public key in base64 (44 "
                  "characters), as 'counterdesk-cli sync key' prints it.");
    }
    QString refusal;
    m_db.transaction([&] {
        const HqResult r = m_db.exec("INSERT INTO branches (code, name, public_key) "
                                     "VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING",
                                     {code, name, QString::fromLatin1(key.decoded.toBase64())});
        if (r.affected() == 0) {
            refusal = tr("Branch %1 is already registered; nothing was changed.").arg(code);
        }
    });
    return refusal;
}

QString BranchRegistry::revoke(const QString &code)
{
    QString refusal;
    m_db.transaction([&] {
        const HqResult r = m_db.exec(
            "UPDATE branches SET revoked_utc = now() WHERE code = $1 AND revoked_utc IS NULL",
            {code});
        if (r.affected() == 0) {
            refusal = find(code) ? tr("Branch %1 is already revoked.").arg(code)
                                 : tr("No branch %1 is registered.").arg(code);
        }
    });
    return refusal;
}

std::optional<BranchRegistry::Entry> BranchRegistry::find(const QString &code)
{
    const HqResult r =
        m_db.exec(QByteArray(QByteArray(kColumns) + "WHERE code = $1").constData(), {code});
    if (r.rows() == 0) {
        return std::nullopt;
    }
    return entryAt(r, 0);
}

QList<BranchRegistry::Entry> BranchRegistry::list()
{
    const HqResult r = m_db.exec(QByteArray(QByteArray(kColumns) + "ORDER BY code").constData());
    QList<Entry> entries;
    for (int i = 0; i < r.rows(); ++i) {
        entries.append(entryAt(r, i));
    }
    return entries;
}
