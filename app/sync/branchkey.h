#pragma once

#include "crypto/ed25519.h"

#include <QString>

class Branch;

// The branch's own Ed25519 key pair: it signs every request to head office (docs/sync.md).
// The private seed stays in the branch's encrypted settings; head office registers the public
// key (counterdesk-hq branch add CODE --public-key BASE64).
namespace BranchKey
{
constexpr const char *SeedSetting = "sync.branchSeed";
// The branch's key pair, made (and its making audited, without the seed) on first use.
Ed25519::KeyPair ensure(Branch &branch, const QString &actor);
// The public key as head office registers it: base64 of the 32 bytes.
QString publicKeyBase64(const Ed25519::KeyPair &pair);
} // namespace BranchKey
