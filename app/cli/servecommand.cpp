#include "servecommand.h"

#include "backup/nightlybackup.h"
#include "branch/branch.h"
#include "core/servicerunner.h"
#include "database.h"
#include "feedback/complaintbook.h"
#include "hall/hallhost.h"
#include "sync/syncscheduler.h"

#include <QTimer>

ServeCommand::ServeCommand()
    : Command(QStringLiteral("serve"),
              tr("'serve --listen ADDR:PORT': runs the hall host (HTTPS API and push) until "
                 "stopped."))
{}

void ServeCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addOption({QStringLiteral("listen"),
                      tr("The address and port to listen on (default 0.0.0.0:8443; port 0 picks "
                         "a free one)."),
                      tr("ADDR:PORT"), QStringLiteral("0.0.0.0:8443")});
}

int ServeCommand::execute(QCommandLineParser &parser)
{
    HallHost::Options options;
    if (!ServiceRunner::parseListen(parser.value(QStringLiteral("listen")), options.address,
                                    options.port)) {
        err() << tr("--listen takes ADDR:PORT, e.g. 0.0.0.0:8443 or [::]:8443.") << Qt::endl;
        return Failure;
    }
    int code = Ok;
    QByteArray passphrase; // the nightly backup's worker opens its own connection with it
    auto branch = openBranch(parser, code, &passphrase);
    if (!branch) {
        return code;
    }
    ServiceRunner runner;
    QString problem;
    if (!runner.install(&problem)) {
        err() << problem << Qt::endl;
        return Failure;
    }

    HallHost host(*branch, options);
    QObject::connect(&runner, &ServiceRunner::stopRequested, &runner, [&host] {
        // Devices hear "going away" before the process ends.
        host.stop();
        QTimer::singleShot(300, QCoreApplication::instance(), &QCoreApplication::quit);
    });
    QString error;
    if (!host.start(&error)) {
        err() << error << Qt::endl;
        return Failure;
    }
    const QString shown = ServiceRunner::shownAddress(options.address);
    // Line 1: the URL, line 2: the fingerprint, for scripts and the service's journal.
    out() << QStringLiteral("https://%1:%2").arg(shown).arg(host.port()) << '\n'
          << host.fingerprint() << '\n'
          << tr("The hall host of %1 is running. Devices pin the certificate above. Stop with "
                "Ctrl+C or SIGTERM.")
                 .arg(branch->info().name)
          << Qt::endl;
    // The nightly sync with head office (when configured: counterdesk-cli sync config).
    SyncScheduler sync(*branch);
    QObject::connect(&sync, &SyncScheduler::finished, &sync, [](const SyncClient::Summary &s) {
        if (s.ok) {
            err() << tr("Synced with head office: %1 events sent, acknowledged up to %2.")
                         .arg(s.sent)
                         .arg(s.acknowledged)
                  << Qt::endl;
        } else {
            err() << tr("Sync with head office failed: %1").arg(s.error) << Qt::endl;
        }
    });
    sync.start();
    // The nightly backup into DATA_DIR/backups (counterdesk-cli backup config): on a worker
    // thread, so the hall is served meanwhile; a failure is reported and audited, and serving
    // goes on.
    NightlyBackup backup(*branch, passphrase);
    QObject::connect(&backup, &NightlyBackup::finished, &backup,
                     [](const NightlyBackup::Outcome &o) {
                         if (o.ok) {
                             err() << tr("Nightly backup: %1 (%2 bytes, %3 audit entries); %n "
                                         "older backup(s) removed.",
                                         nullptr, static_cast<int>(o.removed.size()))
                                          .arg(o.file)
                                          .arg(o.info.bytes)
                                          .arg(o.info.auditEntries)
                                   << Qt::endl;
                         } else {
                             err() << tr("Nightly backup failed: %1").arg(o.error) << Qt::endl;
                         }
                     });
    backup.start();
    // Overdue complaints go to head office without waiting for a manager to open the console.
    QTimer escalation;
    QObject::connect(&escalation, &QTimer::timeout, &escalation, [&branch] {
        if (const int n = ComplaintBook(*branch).escalateOverdue(QStringLiteral("system"))) {
            err() << tr("%n overdue complaint(s) escalated to head office.", nullptr, n)
                  << Qt::endl;
        }
    });
    escalation.start(30 * 60 * 1000);
    QCoreApplication::exec();
    backup.stop();
    branch->database().checkpoint();
    err() << tr("The hall host stopped (signal %1).").arg(runner.stoppedBy()) << Qt::endl;
    return Ok;
}
