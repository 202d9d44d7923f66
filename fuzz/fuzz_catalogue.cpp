// The service catalogue head office signs (app/catalogue): the envelope as it arrives, then the
// document itself, parsed strictly, applied (signed with the demo head office's key, so the
// input reaches past the signature) and read back the way the counter reads it.

#include "fuzzsupport.h"

#include "branch/branch.h"
#include "branch/headofficekey.h"
#include "catalogue/catalogue.h"
#include "catalogue/catalogueupdate.h"
#include "crypto/signeddocument.h"

#include <QJsonDocument>
#include <QSet>

namespace
{
void readAll(const Catalogue &c)
{
    const QStringList languages{QStringLiteral("zh_CN"), QStringLiteral("zh_TW"),
                                QStringLiteral("en")};
    for (const Service &s : c.services()) {
        if (c.service(s.code) != &s) {
            FuzzSupport::violated("Catalogue::service() does not find a parsed service", s.code);
        }
        c.checklistFor(s, {});
        c.checklistFor(s, QSet<QString>(c.conditions().keyBegin(), c.conditions().keyEnd()));
        c.forbiddenFor(s);
        const ScriptSet *scripts = c.scriptsFor(s);
        if (!scripts) {
            FuzzSupport::violated("a parsed service names a script set that is not there", s.code);
        }
        for (const QString &lang : languages) {
            c.feeLines(s, lang);
            Catalogue::render(scripts->greeting.text(lang),
                              {{QStringLiteral("branch"), QStringLiteral("{ticket}")},
                               {QStringLiteral("ticket"), QStringLiteral("A001")},
                               {QStringLiteral("window"), QStringLiteral("3")}});
        }
        Service::requestTypeKey(s.requestType);
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::init(argc, argv);
    FuzzSupport::branch();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    Branch &branch = FuzzSupport::branch();
    const QString format = QLatin1String(Catalogue::Format);

    // As it arrives: almost always refused by the envelope or the signature.
    SignedDocument::open(input, format, HeadOfficeKey::pinned(branch));

    // The document inside an envelope, or the input as the document itself.
    const QJsonObject root = QJsonDocument::fromJson(input).object();
    const QJsonObject document = root.value(QStringLiteral("document")).isObject()
                                     ? root.value(QStringLiteral("document")).toObject()
                                     : root;
    QString error;
    if (const auto parsed = Catalogue::fromJson(document, &error)) {
        readAll(*parsed);
    } else if (error.isEmpty()) {
        FuzzSupport::violated("a catalogue was refused without a reason");
    }

    const QByteArray envelope = FuzzSupport::signedByHeadOffice(format, document);
    FuzzSupport::rolledBack([&] {
        const CatalogueUpdate::Result r =
            CatalogueUpdate::apply(branch, envelope, QStringLiteral("fuzz"));
        if (r.message.isEmpty()) {
            FuzzSupport::violated("CatalogueUpdate::apply said nothing");
        }
        if (r.ok && !r.alreadyInForce) {
            const auto current = CatalogueUpdate::current(branch);
            if (!current) {
                FuzzSupport::violated("an applied catalogue cannot be read back", r.message);
            }
            readAll(*current);
            if (CatalogueUpdate::exportCurrent(branch) != envelope) {
                FuzzSupport::violated("the catalogue in force is not the one applied");
            }
        }
    });
    return 0;
}
