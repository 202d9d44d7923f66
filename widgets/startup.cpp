#include "startup.h"

#include "branch/branch.h"
#include "branch/demodata.h"
#include "core/datadir.h"
#include "core/passphrase.h"
#include "dberror.h"
#include "firstrundialog.h"
#include "messagebox.h"
#include "unlockdialog.h"

#include <QDir>
#include <QFileInfo>

std::unique_ptr<Branch> Startup::openBranch(const Options &options, QWidget *parent)
{
    QString dir = options.dataDir;
    if (dir.isEmpty()) {
        dir = options.demo ? DataDir::demoPath() : DataDir::defaultPath();
    }
    dir = QDir(dir).absolutePath();
    const bool exists = QFileInfo::exists(DataDir::databasePath(dir));

    Passphrase::Result source = Passphrase::resolve(options.passphraseFile, dir, !options.demo);
    if (!source.error.isEmpty() && source.origin == QLatin1String("file")) {
        MessageBox::critical(parent, tr("CounterDesk"), source.error);
        return nullptr;
    }
    if (options.demo && source.passphrase.isEmpty()) {
        source.passphrase = DataDir::demoPassphrase();
    }

    try {
        if (!exists) {
            if (options.demo) {
                auto branch = Branch::create(dir, source.passphrase,
                                             {DemoData::branchCode(), DemoData::branchName()},
                                             QStringLiteral("setup"));
                DemoData::populate(*branch, QStringLiteral("setup"));
                return branch;
            }
            FirstRunDialog dialog(dir, parent);
            return dialog.exec() == QDialog::Accepted ? dialog.takeBranch() : nullptr;
        }
        if (!source.passphrase.isEmpty()) {
            return Branch::open(dir, source.passphrase);
        }
    } catch (const DbException &e) {
        // A stored passphrase that no longer fits is asked for again; anything else is final.
        if (e.error().kind != DbError::Kind::WrongPassphrase || !exists) {
            MessageBox::critical(parent, tr("CounterDesk"), e.error().message);
            return nullptr;
        }
        UnlockDialog dialog(dir, e.error().message, parent);
        return dialog.exec() == QDialog::Accepted ? dialog.takeBranch() : nullptr;
    }
    UnlockDialog dialog(dir, {}, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.takeBranch() : nullptr;
}
