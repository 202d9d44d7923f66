#pragma once

#include "crypto/ed25519.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Head office's signing key in a file (--key FILE): the 32-byte Ed25519 private seed, base64
// on one line, readable by its owner only.
class HqKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(HqKeyFile)
public:
    // The key pair; nothing, with the reason, when the file is missing, damaged or readable by
    // others.
    static std::optional<Ed25519::KeyPair> read(const QString &path, QString *error);
    // Makes a new key in a new file (0600); refuses to overwrite one.
    static std::optional<Ed25519::KeyPair> create(const QString &path, QString *error);
};
