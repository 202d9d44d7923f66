#pragma once

#include <QByteArray>

// Ed25519 signatures through OpenSSL 3: head office signs the catalogue, fee schedule and
// calendar; branches pin head office's public key and verify before applying anything.
// Keys are raw bytes: a 32-byte private seed and a 32-byte public key.
namespace Ed25519
{
struct KeyPair
{
    QByteArray privateSeed; // 32 bytes; keep secret
    QByteArray publicKey;   // 32 bytes
};

KeyPair generate();
// The key pair whose private seed is the given 32 bytes (empty result if the seed is not).
KeyPair fromSeed(const QByteArray &seed);
QByteArray sign(const QByteArray &privateSeed, const QByteArray &message);
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
// A short, stable name for a public key: the first 16 hex digits of its SHA-256.
QString keyId(const QByteArray &publicKey);
} // namespace Ed25519
