#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class Branch;
class QWidget;

// How the GUI gets to an open branch: the demo branch, the first-run dialog on a new PC, or the
// passphrase (file, environment, keychain, else the unlock dialog) for an existing one.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
public:
    struct Options
    {
        QString dataDir; // empty: the default (or the demo folder with demo)
        QString passphraseFile;
        bool demo = false;
    };

    // Null when the user cancelled or the database cannot be opened (already said why).
    static std::unique_ptr<Branch> openBranch(const Options &options, QWidget *parent = nullptr);
};
