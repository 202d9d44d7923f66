#include "ed25519.h"

#include <QCryptographicHash>
#include <QString>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace
{
using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

const auto *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}
} // namespace

Ed25519::KeyPair Ed25519::generate()
{
    QByteArray seed(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(seed.data()), 32) != 1) {
        return {};
    }
    return fromSeed(seed);
}

Ed25519::KeyPair Ed25519::fromSeed(const QByteArray &seed)
{
    if (seed.size() != 32) {
        return {};
    }
    PKey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed), 32),
             EVP_PKEY_free);
    if (!key) {
        return {};
    }
    QByteArray pub(32, '\0');
    size_t len = 32;
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(pub.data()), &len)
            != 1
        || len != 32) {
        return {};
    }
    return {seed, pub};
}

QByteArray Ed25519::sign(const QByteArray &privateSeed, const QByteArray &message)
{
    PKey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(privateSeed),
                                          static_cast<size_t>(privateSeed.size())),
             EVP_PKEY_free);
    MdCtx ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1) {
        return {};
    }
    QByteArray sig(64, '\0');
    size_t len = 64;
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
                       bytes(message), static_cast<size_t>(message.size()))
        != 1) {
        return {};
    }
    sig.resize(static_cast<qsizetype>(len));
    return sig;
}

bool Ed25519::verify(const QByteArray &publicKey, const QByteArray &message,
                     const QByteArray &signature)
{
    if (publicKey.size() != 32 || signature.size() != 64) {
        return false;
    }
    PKey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), 32),
             EVP_PKEY_free);
    MdCtx ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!key || !ctx
        || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1) {
        return false;
    }
    return EVP_DigestVerify(ctx.get(), bytes(signature), 64, bytes(message),
                            static_cast<size_t>(message.size()))
           == 1;
}

QString Ed25519::keyId(const QByteArray &publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}
