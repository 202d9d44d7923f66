#include "synccommand.h"

#include "branch/branch.h"
#include "branchstore.h"
#include "core/clock.h"
#include "hall/hostcertificate.h"
#include "sync/branchkey.h"
#include "sync/syncclient.h"
#include "sync/syncscheduler.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QTime>

#include <unistd.h>

SyncCommand::SyncCommand()
    : Command(QStringLiteral("sync"),
              tr("'sync [--hq URL --hq-pin FINGERPRINT]': send the outbox to head office and take "
                 "its catalogue and calendar; 'sync key', 'sync config', 'sync status'."))
{}

void SyncCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("run|key|config|status"));
    parser.addOption(
        {QStringLiteral("hq"), tr("Head office's address (https://HOST:PORT)."), tr("URL")});
    parser.addOption({QStringLiteral("hq-pin"),
                      tr("Head office's certificate fingerprint (SHA256:…)."), tr("FINGERPRINT")});
    parser.addOption({QStringLiteral("at"),
                      tr("config: the time of the nightly sync, after closing (HH:MM, local)."),
                      tr("HH:MM")});
}

int SyncCommand::execute(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("run"));
    if (args.size() > 1
        || !QStringList{QStringLiteral("run"), QStringLiteral("key"), QStringLiteral("config"),
                        QStringLiteral("status")}
                .contains(action)) {
        err() << tr("Usage: counterdesk-cli sync [run|key|config|status] --data-dir DIR [--hq URL "
                    "--hq-pin FINGERPRINT] [--at HH:MM]")
              << Qt::endl;
        return Failure;
    }
    int code = Ok;
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    if (action == QLatin1String("key")) {
        const Ed25519::KeyPair key = BranchKey::ensure(*branch, QStringLiteral("cli"));
        out() << BranchKey::publicKeyBase64(key) << Qt::endl;
        err() << tr("Register it at head office: counterdesk-hq branch add %1 --public-key %2")
                     .arg(branch->info().code, BranchKey::publicKeyBase64(key))
              << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("config")) {
        QMap<QString, QString> changed;
        BranchStore store(branch->database());
        if (parser.isSet(QStringLiteral("hq"))) {
            const QUrl url(parser.value(QStringLiteral("hq")));
            if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
                err() << tr("--hq must be an https:// address.") << Qt::endl;
                return Failure;
            }
            changed.insert(QLatin1String(SyncClient::UrlSetting), url.toString());
        }
        if (parser.isSet(QStringLiteral("hq-pin"))) {
            const QByteArray pin =
                HostCertificate::normalizeFingerprint(parser.value(QStringLiteral("hq-pin")));
            if (pin.size() != 64) {
                err() << tr("--hq-pin must be a SHA-256 fingerprint (SHA256:AB:CD:…).") << Qt::endl;
                return Failure;
            }
            changed.insert(QLatin1String(SyncClient::PinSetting),
                           parser.value(QStringLiteral("hq-pin")));
        }
        if (parser.isSet(QStringLiteral("at"))) {
            const QTime at =
                QTime::fromString(parser.value(QStringLiteral("at")), QStringLiteral("HH:mm"));
            if (!at.isValid()) {
                err() << tr("--at must be a time such as 21:30.") << Qt::endl;
                return Failure;
            }
            changed.insert(QLatin1String(SyncScheduler::AtSetting),
                           at.toString(QStringLiteral("HH:mm")));
        }
        branch->changeSettings(changed, QStringLiteral("cli"));
        for (const char *key :
             {SyncClient::UrlSetting, SyncClient::PinSetting, SyncScheduler::AtSetting}) {
            out() << key << '=' << store.setting(QLatin1String(key)).value_or(QString())
                  << Qt::endl;
        }
        return Ok;
    }
    if (action == QLatin1String("status")) {
        QString run;
        QString ok;
        const SyncClient::Summary s = SyncClient::last(*branch, &run, &ok);
        out() << tr("Last sync attempt: %1").arg(run.isEmpty() ? tr("never") : run) << Qt::endl
              << tr("Last successful sync: %1").arg(ok.isEmpty() ? tr("never") : ok) << Qt::endl
              << tr("Events waiting for head office: %1").arg(s.pending) << Qt::endl;
        if (!s.error.isEmpty()) {
            out() << tr("Last error: %1").arg(s.error) << Qt::endl;
        }
        return Ok;
    }

    SyncClient client(*branch, QUrl(parser.value(QStringLiteral("hq"))),
                      parser.value(QStringLiteral("hq-pin")));
    const bool terminal = isatty(STDOUT_FILENO);
    QObject::connect(&client, &SyncClient::progress, &client,
                     [terminal](qint64 done, qint64 total) {
                         if (!terminal || total <= 0) {
                             return;
                         }
                         constexpr int width = 30;
                         const int filled = static_cast<int>(width * std::min(done, total) / total);
                         out() << '\r' << '[' << QString(filled, QLatin1Char('#'))
                               << QString(width - filled, QLatin1Char(' ')) << "] " << done << '/'
                               << total << ' ' << Qt::flush;
                     });
    SyncClient::Summary summary;
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::finished, &loop, [&](const SyncClient::Summary &s) {
        summary = s;
        loop.quit();
    });
    client.start();
    if (client.isRunning()) {
        loop.exec();
    }
    if (terminal) {
        out() << Qt::endl;
    }
    out() << tr("Events sent: %1 (new at head office: %2, already there: %3)")
                 .arg(summary.sent)
                 .arg(summary.stored)
                 .arg(summary.duplicates)
          << Qt::endl
          << tr("Acknowledged by head office up to event %1; %2 still to send.")
                 .arg(summary.acknowledged)
                 .arg(summary.pending)
          << Qt::endl;
    if (!summary.catalogue.isEmpty()) {
        out() << tr("Catalogue: %1").arg(summary.catalogue) << Qt::endl;
    }
    if (!summary.calendar.isEmpty()) {
        out() << tr("Calendar: %1").arg(summary.calendar) << Qt::endl;
    }
    out() << tr("Took %1 ms.").arg(summary.elapsedMs) << Qt::endl;
    if (!summary.ok) {
        err() << summary.error << Qt::endl;
        return Failure;
    }
    return Ok;
}
