#include "branchkey.h"

#include "branch/branch.h"
#include "branchstore.h"

#include <QJsonObject>

namespace BranchKey
{
Ed25519::KeyPair ensure(Branch &branch, const QString &actor)
{
    const auto stored = BranchStore(branch.database()).setting(QLatin1String(SeedSetting));
    if (stored) {
        const Ed25519::KeyPair pair = Ed25519::fromSeed(QByteArray::fromHex(stored->toLatin1()));
        if (!pair.publicKey.isEmpty()) {
            return pair;
        }
    }
    const Ed25519::KeyPair pair = Ed25519::generate();
    branch.record({actor, QStringLiteral("sync.key.create"), QStringLiteral("branch"),
                   QJsonObject{{QStringLiteral("publicKey"), publicKeyBase64(pair)},
                               {QStringLiteral("keyId"), Ed25519::keyId(pair.publicKey)}}},
                  [&](AuditEvent &) {
                      BranchStore(branch.database())
                          .setSetting(QLatin1String(SeedSetting),
                                      QString::fromLatin1(pair.privateSeed.toHex()));
                  });
    return pair;
}

QString publicKeyBase64(const Ed25519::KeyPair &pair)
{
    return QString::fromLatin1(pair.publicKey.toBase64());
}
} // namespace BranchKey
