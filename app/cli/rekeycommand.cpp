#include "rekeycommand.h"

#include "backup/branchrekey.h"
#include "core/passphrase.h"

#include <QDir>

#include <unistd.h>

RekeyCommand::RekeyCommand()
    : Command(QStringLiteral("rekey"),
              tr("'rekey [--new-passphrase-file FILE]': give the branch's database a new "
                 "passphrase (a crash leaves it with the old or the new one)."))
{}

void RekeyCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addOption({QStringLiteral("new-passphrase-file"),
                      tr("Read the new passphrase from the first line of FILE (else it is typed "
                         "twice on the terminal)."),
                      tr("FILE")});
}

int RekeyCommand::execute(QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("Usage: counterdesk-cli rekey --data-dir DIR [--passphrase-file FILE] "
                    "[--new-passphrase-file FILE]")
              << Qt::endl;
        return Failure;
    }
    const QString dir = dataDir(parser);
    QString origin;
    const QByteArray current = passphrase(parser, false, &origin);
    if (current.isEmpty()) {
        return CannotOpen;
    }
    QByteArray next;
    if (parser.isSet(QStringLiteral("new-passphrase-file"))) {
        const Passphrase::Result r =
            Passphrase::fromFile(parser.value(QStringLiteral("new-passphrase-file")));
        if (r.passphrase.isEmpty()) {
            err() << r.error << Qt::endl;
            return Failure;
        }
        next = r.passphrase;
    } else if (isatty(STDIN_FILENO)) {
        next = promptHidden(tr("New passphrase: "));
        if (!next.isEmpty() && promptHidden(tr("Repeat the new passphrase: ")) != next) {
            err() << tr("The two passphrases differ; nothing was changed.") << Qt::endl;
            return Failure;
        }
    } else {
        err() << tr("No new passphrase: give --new-passphrase-file FILE, or run this on a "
                    "terminal to type it twice. Nothing was changed.")
              << Qt::endl;
        return Failure;
    }

    const BranchRekey::Result r = BranchRekey::run(dir, current, next, QStringLiteral("cli"));
    switch (r.outcome) {
    case BranchRekey::Outcome::Rekeyed:
        break;
    case BranchRekey::Outcome::CannotOpen:
        err() << r.message << Qt::endl;
        return CannotOpen;
    case BranchRekey::Outcome::InUse:
    case BranchRekey::Outcome::Refused:
        err() << r.message << Qt::endl;
        return Failure;
    }
    out() << r.message << Qt::endl;

    // Wherever the old passphrase was kept must now hold the new one. Never a plaintext copy:
    // what cannot go into the keychain is left to the administrator, with words.
    const Passphrase::Result stored = origin == QLatin1String("keychain")
                                          ? Passphrase::Result{current, origin, {}}
                                          : Passphrase::fromKeychain(dir);
    if (stored.passphrase == current) {
        const QString error = Passphrase::storeInKeychain(dir, next);
        if (error.isEmpty()) {
            out() << tr("The keychain now holds the new passphrase.") << Qt::endl;
        } else {
            err() << tr("The keychain could not be updated (%1): it still holds the old "
                        "passphrase, which no longer opens the branch. CounterDesk will ask for "
                        "the new one at its next start; let it remember that one.")
                         .arg(error)
                  << Qt::endl;
        }
    } else if (!stored.error.isEmpty() && stored.passphrase.isEmpty()
               && stored.error != Passphrase::notInKeychain()) {
        err() << tr("The keychain is not available here (%1), so it was not updated. If "
                    "CounterDesk remembers this branch's passphrase in a desktop keychain, it "
                    "will ask for the new one at its next start there; let it remember that one.")
                     .arg(stored.error)
              << Qt::endl;
    }
    if (origin == QLatin1String("file")) {
        err() << tr("Write the new passphrase into %1 and every other passphrase file of this "
                    "branch (the hall host's service), or they will no longer open it.")
                     .arg(QDir::toNativeSeparators(parser.value(QStringLiteral("passphrase-file"))))
              << Qt::endl;
    } else if (origin == QLatin1String("environment")) {
        err() << tr("Scripts that set %1 need the new passphrase.")
                     .arg(QLatin1String(Passphrase::EnvironmentVariable))
              << Qt::endl;
    }
    return Ok;
}
