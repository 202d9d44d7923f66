#include "hqkeyfile.h"

#include "hqcertificatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

std::optional<Ed25519::KeyPair> HqKeyFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the head office key %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther)) {
        *error = tr("The head office key %1 is readable by others: make it 0600 (chmod 600).")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    const auto seed = QByteArray::fromBase64Encoding(file.readLine(200).trimmed(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const Ed25519::KeyPair keys = seed ? Ed25519::fromSeed(*seed) : Ed25519::KeyPair();
    if (keys.publicKey.isEmpty()) {
        *error = tr("%1 does not hold a head office key (a 32-byte seed in base64 on one line).")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return keys;
}

std::optional<Ed25519::KeyPair> HqKeyFile::create(const QString &path, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = tr("%1 exists already; a head office key is never overwritten.")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    const Ed25519::KeyPair keys = Ed25519::generate();
    if (keys.publicKey.isEmpty()
        || !HqCertificateFiles::writePrivate(path, keys.privateSeed.toBase64() + '\n', error)) {
        return std::nullopt;
    }
    return keys;
}
