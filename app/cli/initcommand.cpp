#include "initcommand.h"

#include "branch/branch.h"
#include "branch/demodata.h"
#include "branch/headofficekey.h"
#include "core/datadir.h"
#include "core/passphrase.h"

#include <QDir>

InitCommand::InitCommand()
    : Command(QStringLiteral("init"),
              tr("Create a new branch database in the data folder (with --demo: the demo "
                 "branch with demo staff, customers and standard answers)."))
{}

void InitCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addOption({QStringLiteral("demo"),
                      tr("Create the demo branch, with demo staff (password %1) and customers.")
                          .arg(DemoData::staffPassword())});
    parser.addOption({QStringLiteral("code"), tr("The branch code, e.g. BJ0101."), tr("CODE")});
    parser.addOption({QStringLiteral("name"), tr("The branch's name."), tr("NAME")});
    parser.addOption({QStringLiteral("hq-key"),
                      tr("Head office's public key (base64 of 32 bytes) to pin: only documents it "
                         "signed are accepted. The demo branch pins the demo head office."),
                      tr("KEY")});
    parser.addOption({QStringLiteral("time-zone"),
                      tr("The branch's IANA time zone (default Asia/Shanghai)."), tr("ZONE")});
}

int InitCommand::execute(QCommandLineParser &parser)
{
    const bool demo = parser.isSet(QStringLiteral("demo"));
    BranchInfo info;
    info.code = parser.value(QStringLiteral("code"));
    info.name = parser.value(QStringLiteral("name"));
    if (demo) {
        info.code = info.code.isEmpty() ? DemoData::branchCode() : info.code;
        info.name = info.name.isEmpty() ? DemoData::branchName() : info.name;
    }
    if (parser.isSet(QStringLiteral("time-zone"))) {
        info.timeZone = parser.value(QStringLiteral("time-zone"));
    }
    if (info.code.isEmpty() || info.name.isEmpty()) {
        err() << tr("A new branch needs --code and --name (or --demo).") << Qt::endl;
        return Failure;
    }
    const QString codeProblem = Branch::checkCode(info.code);
    if (!codeProblem.isEmpty()) {
        err() << codeProblem << Qt::endl;
        return Failure;
    }

    const QByteArray hqKey =
        QByteArray::fromBase64(parser.value(QStringLiteral("hq-key")).toLatin1());
    if (parser.isSet(QStringLiteral("hq-key")) && hqKey.size() != 32) {
        err() << tr("--hq-key must be the base64 of a 32-byte Ed25519 public key.") << Qt::endl;
        return Failure;
    }

    const QByteArray pass = passphrase(parser, true);
    if (pass.isEmpty()) {
        return CannotOpen;
    }
    if (Passphrase::strength(QString::fromUtf8(pass)) < Passphrase::MinimumStrength && !demo) {
        err() << tr("Warning: this passphrase is weak. Anyone who takes the PC may guess it; "
                    "prefer four or more unrelated words.")
              << Qt::endl;
    }

    const QString dir = dataDir(parser);
    auto branch = Branch::create(dir, pass, info, QStringLiteral("cli"));
    if (!hqKey.isEmpty()) {
        HeadOfficeKey::pin(*branch, hqKey, QStringLiteral("cli"));
    }
    if (demo) {
        DemoData::populate(*branch, QStringLiteral("cli"));
    }
    out() << tr("Created branch %1 (%2) in %3")
                 .arg(info.code, info.name, QDir::toNativeSeparators(DataDir::databasePath(dir)))
          << Qt::endl;
    return Ok;
}
