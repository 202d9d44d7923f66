#include "cataloguecommand.h"

#include "branch/branch.h"
#include "branch/headofficekey.h"
#include "catalogue/catalogueupdate.h"
#include "crypto/signeddocument.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

CatalogueCommand::CatalogueCommand()
    : Command(QStringLiteral("catalogue"),
              tr("'catalogue verify FILE', 'import FILE', 'export --out FILE', 'list': the "
                 "service catalogue signed by head office. 'sign' is head office's tool."))
{}

void CatalogueCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("verify FILE | import FILE | export | list | sign"));
    parser.addOption({QStringLiteral("out"), tr("Where export and sign write."), tr("FILE")});
    parser.addOption(
        {QStringLiteral("in"), tr("sign: the unsigned catalogue document (JSON)."), tr("FILE")});
    parser.addOption({QStringLiteral("key"),
                      tr("sign: head office's private key file (base64 of the 32-byte seed)."),
                      tr("FILE")});
    parser.addOption(
        {QStringLiteral("demo-key"), tr("sign: use the public demo head-office key.")});
}

int CatalogueCommand::execute(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("sign")) {
        return sign(parser);
    }
    const bool needsFile = action == QLatin1String("verify") || action == QLatin1String("import");
    const bool known =
        needsFile || action == QLatin1String("export") || action == QLatin1String("list");
    if (!known || (needsFile && args.size() != 2)
        || (action == QLatin1String("export") && !parser.isSet(QStringLiteral("out")))) {
        err() << tr("Usage: counterdesk-cli catalogue verify|import FILE | export --out FILE | "
                    "list  --data-dir DIR")
              << Qt::endl;
        return Failure;
    }
    QByteArray envelope;
    if (needsFile) {
        QFile f(args.at(1));
        if (!f.open(QIODevice::ReadOnly)) {
            err() << tr("Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(args.at(1)), f.errorString())
                  << Qt::endl;
            return Failure;
        }
        envelope = f.read(32 * 1024 * 1024);
    }

    int code = Ok;
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    if (action == QLatin1String("verify") || action == QLatin1String("import")) {
        const CatalogueUpdate::Result r =
            action == QLatin1String("verify")
                ? CatalogueUpdate::verify(*branch, envelope)
                : CatalogueUpdate::apply(*branch, envelope, QStringLiteral("cli"));
        (r.ok ? out() : err()) << r.message << Qt::endl;
        return r.ok ? Ok : Failure;
    }
    if (action == QLatin1String("export")) {
        const QByteArray current = CatalogueUpdate::exportCurrent(*branch);
        if (current.isEmpty()) {
            err() << tr("This branch has no catalogue yet.") << Qt::endl;
            return Failure;
        }
        QSaveFile f(parser.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly) || f.write(current) != current.size() || !f.commit()) {
            err() << tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(f.fileName()), f.errorString())
                  << Qt::endl;
            return Failure;
        }
        return Ok;
    }
    const auto catalogue = CatalogueUpdate::current(*branch);
    if (!catalogue) {
        err() << tr("This branch has no catalogue yet.") << Qt::endl;
        return Failure;
    }
    out() << "version " << catalogue->version() << '\n';
    for (const Service &s : catalogue->services()) {
        out() << s.code << '\t' << s.queuePrefix << '\t' << s.sector << '\t'
              << Service::requestTypeKey(s.requestType) << '\t' << s.name.zhCN << '\n';
    }
    out() << Qt::flush;
    return Ok;
}

int CatalogueCommand::sign(const QCommandLineParser &parser)
{
    QByteArray seed;
    if (parser.isSet(QStringLiteral("demo-key"))) {
        seed = HeadOfficeKey::demo().privateSeed;
    } else {
        QFile keyFile(parser.value(QStringLiteral("key")));
        if (!keyFile.open(QIODevice::ReadOnly)) {
            err() << tr("sign needs --key FILE (or --demo-key).") << Qt::endl;
            return Failure;
        }
        seed = QByteArray::fromBase64(keyFile.readAll().trimmed());
    }
    if (seed.size() != 32) {
        err() << tr("The key file must hold the base64 of a 32-byte Ed25519 seed.") << Qt::endl;
        return Failure;
    }
    QFile in(parser.value(QStringLiteral("in")));
    if (!in.open(QIODevice::ReadOnly)) {
        err() << tr("sign needs --in FILE, the catalogue document.") << Qt::endl;
        return Failure;
    }
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &pe);
    QString problem;
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        problem = pe.errorString();
    } else {
        Catalogue::fromJson(doc.object(), &problem);
    }
    if (!problem.isEmpty()) {
        err() << tr("Not signed: %1").arg(problem) << Qt::endl;
        return Failure;
    }
    const QByteArray envelope =
        SignedDocument::sign(QLatin1String(Catalogue::Format), doc.object(), seed);
    QSaveFile out(parser.value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly) || out.write(envelope) != envelope.size()
        || !out.commit()) {
        err() << tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()) << Qt::endl;
        return Failure;
    }
    return Ok;
}
