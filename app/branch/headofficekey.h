#pragma once

#include "crypto/ed25519.h"

#include <QByteArray>
#include <QString>

class Branch;

// Head office's public key, pinned in the branch at set-up: every catalogue, fee schedule and
// calendar update must carry head office's signature by exactly this key.
namespace HeadOfficeKey
{
// The pinned key (32 bytes), or empty when none is pinned.
QByteArray pinned(Branch &branch);
// Pins the key, as an audited event.
void pin(Branch &branch, const QByteArray &publicKey, const QString &actor);
// The demo head office: its key is derived from a published seed, so it protects nothing. Only
// demo branches pin it.
Ed25519::KeyPair demo();
} // namespace HeadOfficeKey
