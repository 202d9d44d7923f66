#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// A JSON document signed by head office (catalogue, fee schedule, calendar):
//   {"format": F, "document": {...}, "signature": {"algorithm": "Ed25519", "keyId": K,
//    "value": base64}}
// The signature covers the format and the document's canonical form (Qt's compact JSON: keys
// sorted, no white space), so neither can be changed or swapped for another kind of document.
class SignedDocument
{
    Q_DECLARE_TR_FUNCTIONS(SignedDocument)
public:
    struct Opened
    {
        bool ok = false;
        QString error;
        QJsonObject document;
        QString keyId;
    };

    static QByteArray signedBytes(const QString &format, const QJsonObject &document);
    // The envelope, indented for people to read.
    static QByteArray sign(const QString &format, const QJsonObject &document,
                           const QByteArray &privateSeed);
    // Parses the envelope and checks its format and signature against the pinned key.
    static Opened open(const QByteArray &envelope, const QString &expectedFormat,
                       const QByteArray &publicKey);
};
