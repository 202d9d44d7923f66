#include "backupcommand.h"

#include "backup/backupfile.h"
#include "backup/nightlybackup.h"
#include "branch/branch.h"
#include "branchstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTime>

BackupCommand::BackupCommand()
    : Command(QStringLiteral("backup"),
              tr("'backup --out FILE': an encrypted copy of the branch, consistent, made while "
                 "it is in use; 'backup config' sets the hall host's nightly backups."))
{}

void BackupCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("Nothing: make a backup (--out). config: show or change the "
                                    "nightly backups of the hall host (--at, --keep)."),
                                 QStringLiteral("[config]"));
    parser.addOption({QStringLiteral("out"),
                      tr("The backup file to write (encrypted with the branch's passphrase)."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("force"), tr("Replace FILE if it exists.")});
    parser.addOption({QStringLiteral("at"),
                      tr("config: the time of the nightly backup (HH:MM, branch time; default "
                         "22:00)."),
                      tr("HH:MM")});
    parser.addOption({QStringLiteral("keep"),
                      tr("config: how many nightly backups to keep in DATA_DIR/backups (default "
                         "%1).")
                          .arg(NightlyBackup::DefaultKeep),
                      tr("N")});
}

int BackupCommand::execute(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const bool config = args == QStringList{QStringLiteral("config")};
    if ((!args.isEmpty() && !config) || (!config && !parser.isSet(QStringLiteral("out")))) {
        err() << tr("Usage: counterdesk-cli backup --data-dir DIR --out FILE [--force], or "
                    "counterdesk-cli backup config --data-dir DIR [--at HH:MM] [--keep N]")
              << Qt::endl;
        return Failure;
    }
    int code = Ok;
    QByteArray pass;
    auto branch = openBranch(parser, code, &pass);
    if (!branch) {
        return code;
    }
    if (config) {
        QMap<QString, QString> changed;
        if (parser.isSet(QStringLiteral("at"))) {
            const QTime at =
                QTime::fromString(parser.value(QStringLiteral("at")), QStringLiteral("HH:mm"));
            if (!at.isValid()) {
                err() << tr("--at must be a time such as 22:00.") << Qt::endl;
                return Failure;
            }
            changed.insert(QLatin1String(NightlyBackup::AtSetting),
                           at.toString(QStringLiteral("HH:mm")));
        }
        if (parser.isSet(QStringLiteral("keep"))) {
            bool ok = false;
            const int keep = parser.value(QStringLiteral("keep")).toInt(&ok);
            if (!ok || keep < 1 || keep > 3650) {
                err() << tr("--keep must be a number from 1 to 3650.") << Qt::endl;
                return Failure;
            }
            changed.insert(QLatin1String(NightlyBackup::KeepSetting), QString::number(keep));
        }
        branch->changeSettings(changed, QStringLiteral("cli"));
        NightlyBackup nightly(*branch, {});
        // Machine-readable, as 'sync config' prints.
        out() << NightlyBackup::AtSetting << '=' << nightly.at().toString(QStringLiteral("HH:mm"))
              << Qt::endl
              << NightlyBackup::KeepSetting << '=' << nightly.keep() << Qt::endl;
        return Ok;
    }

    const QString file = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();
    const BackupFile::Info info =
        BackupFile::create(branch->database(), file, pass, parser.isSet(QStringLiteral("force")));
    // Who copied the branch's records, and where to: the chain keeps it (no secrets in it).
    branch->record({QStringLiteral("cli"), QStringLiteral("backup.create"),
                    QStringLiteral("backup:") + QFileInfo(file).fileName(),
                    QJsonObject{{QStringLiteral("file"), QFileInfo(file).fileName()},
                                {QStringLiteral("bytes"), info.bytes},
                                {QStringLiteral("userVersion"), info.userVersion},
                                {QStringLiteral("auditEntries"), info.auditEntries}}});
    out() << tr("Backup: %1").arg(QDir::toNativeSeparators(info.path)) << Qt::endl
          << tr("Size: %1 bytes").arg(info.bytes) << Qt::endl
          << tr("Data version (user_version): %1").arg(info.userVersion) << Qt::endl;
    if (!info.auditProblem.isEmpty()) {
        out() << tr("Audit entries: the chain does not verify (%1)").arg(info.auditProblem)
              << Qt::endl;
        err() << tr("The branch's audit chain is broken; the backup is a faithful copy of it. "
                    "See 'counterdesk-cli audit verify'.")
              << Qt::endl;
        return AuditBroken;
    }
    out() << tr("Audit entries: %1 (the chain verifies)").arg(info.auditEntries) << Qt::endl
          << tr("Took %1 ms.").arg(info.elapsedMs) << Qt::endl;
    return Ok;
}
