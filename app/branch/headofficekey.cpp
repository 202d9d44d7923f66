#include "headofficekey.h"

#include "branch.h"
#include "branchstore.h"

#include <QCryptographicHash>

namespace
{
const QString kSetting = QStringLiteral("hq.publicKey");
}

QByteArray HeadOfficeKey::pinned(Branch &branch)
{
    const auto value = BranchStore(branch.database()).setting(kSetting);
    return value ? QByteArray::fromBase64(value->toLatin1()) : QByteArray();
}

void HeadOfficeKey::pin(Branch &branch, const QByteArray &publicKey, const QString &actor)
{
    branch.record({actor, QStringLiteral("hq.pinKey"), QStringLiteral("hq"),
                   QJsonObject{{QStringLiteral("keyId"), Ed25519::keyId(publicKey)}}},
                  [&](AuditEvent &) {
                      BranchStore(branch.database())
                          .setSetting(kSetting, QString::fromLatin1(publicKey.toBase64()));
                  });
}

Ed25519::KeyPair HeadOfficeKey::demo()
{
    return Ed25519::fromSeed(QCryptographicHash::hash(
        "CounterDesk demo head office key: public, for demonstrations only",
        QCryptographicHash::Sha256));
}
