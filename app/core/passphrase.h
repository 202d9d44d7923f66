#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Where the branch database's passphrase comes from: a file (--passphrase-file), the
// COUNTERDESK_PASSPHRASE environment variable (scripts, tests), or the OS keychain. The keychain
// is a convenience that may be missing (no D-Bus session on a headless host): its failure is
// reported, never papered over with a plaintext copy.
class Passphrase
{
    Q_DECLARE_TR_FUNCTIONS(Passphrase)
public:
    struct Result
    {
        QByteArray passphrase; // empty when none was found
        QString origin;        // "file", "environment", "keychain"
        QString error;         // why a source that was asked for failed
    };

    static constexpr const char *EnvironmentVariable = "COUNTERDESK_PASSPHRASE";

    static Result fromFile(const QString &path);
    static Result fromEnvironment();
    static Result fromKeychain(const QString &dataDir);
    // The error fromKeychain gives when the keychain works but holds nothing for this branch.
    static QString notInKeychain();
    // Returns an empty string on success, else why the keychain refused.
    static QString storeInKeychain(const QString &dataDir, const QByteArray &passphrase);
    static QString removeFromKeychain(const QString &dataDir);

    // File first (if given), then the environment, then the keychain (if allowed).
    static Result resolve(const QString &passphraseFile, const QString &dataDir, bool useKeychain);

    // 0 (very weak) .. 4 (strong), from length, character variety and obvious patterns.
    static int strength(const QString &passphrase);
    static constexpr int MinimumStrength = 2;
};
