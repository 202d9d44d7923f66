#pragma once

#include <QString>

// Staff passwords, hashed with Argon2id (libsodium, memory-hard: 64 MiB, ~0.1 s per hash).
namespace PasswordHasher
{
QString hash(const QString &password);
bool verify(const QString &hash, const QString &password);
} // namespace PasswordHasher
