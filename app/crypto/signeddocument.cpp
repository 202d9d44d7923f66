#include "signeddocument.h"

#include "ed25519.h"

#include <QJsonDocument>
#include <QJsonParseError>

QByteArray SignedDocument::signedBytes(const QString &format, const QJsonObject &document)
{
    return format.toUtf8() + '\n' + QJsonDocument(document).toJson(QJsonDocument::Compact);
}

QByteArray SignedDocument::sign(const QString &format, const QJsonObject &document,
                                const QByteArray &privateSeed)
{
    const Ed25519::KeyPair keys = Ed25519::fromSeed(privateSeed);
    const QByteArray signature = Ed25519::sign(privateSeed, signedBytes(format, document));
    const QJsonObject envelope{
        {QStringLiteral("format"), format},
        {QStringLiteral("document"), document},
        {QStringLiteral("signature"),
         QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                     {QStringLiteral("keyId"), Ed25519::keyId(keys.publicKey)},
                     {QStringLiteral("value"), QString::fromLatin1(signature.toBase64())}}}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Indented);
}

SignedDocument::Opened SignedDocument::open(const QByteArray &envelope,
                                            const QString &expectedFormat,
                                            const QByteArray &publicKey)
{
    Opened result;
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(envelope, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("not a valid JSON file (%1 at byte %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    const QJsonObject root = json.object();
    const QString format = root.value(QStringLiteral("format")).toString();
    if (format != expectedFormat) {
        result.error = format.isEmpty()
                           ? tr("not a head-office document (it names no format)")
                           : tr("a %1 document, not a %2 document").arg(format, expectedFormat);
        return result;
    }
    if (!root.value(QStringLiteral("document")).isObject()) {
        result.error = tr("the file holds no document");
        return result;
    }
    result.document = root.value(QStringLiteral("document")).toObject();
    const QJsonObject signature = root.value(QStringLiteral("signature")).toObject();
    if (signature.isEmpty()) {
        result.error = tr("the document is not signed");
        return result;
    }
    if (signature.value(QStringLiteral("algorithm")).toString() != QLatin1String("Ed25519")) {
        result.error = tr("unknown signature algorithm '%1'")
                           .arg(signature.value(QStringLiteral("algorithm")).toString());
        return result;
    }
    result.keyId = signature.value(QStringLiteral("keyId")).toString();
    if (result.keyId != Ed25519::keyId(publicKey)) {
        result.error = tr("signed by key %1, not by head office's pinned key %2")
                           .arg(result.keyId, Ed25519::keyId(publicKey));
        return result;
    }
    const QByteArray value =
        QByteArray::fromBase64(signature.value(QStringLiteral("value")).toString().toLatin1());
    if (!Ed25519::verify(publicKey, signedBytes(format, result.document), value)) {
        result.error = tr("the signature does not match the content: the document was changed "
                          "after head office signed it");
        return result;
    }
    result.ok = true;
    return result;
}
