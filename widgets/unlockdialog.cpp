#include "unlockdialog.h"
#include "ui_unlockdialog.h"

#include "branch/branch.h"
#include "core/datadir.h"
#include "core/passphrase.h"
#include "dberror.h"
#include "messagebox.h"

#include <QDir>

UnlockDialog::UnlockDialog(const QString &dataDir, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UnlockDialog>())
    , m_dataDir(dataDir)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Enter the passphrase of the branch database\n%1")
                                  .arg(QDir::toNativeSeparators(DataDir::databasePath(dataDir))));
    m_ui->problemLabel->setText(problem);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
}

UnlockDialog::~UnlockDialog() = default;

std::unique_ptr<Branch> UnlockDialog::takeBranch()
{
    return std::move(m_branch);
}

void UnlockDialog::accept()
{
    const QByteArray pass = m_ui->passEdit->text().toUtf8();
    if (pass.isEmpty()) {
        m_ui->problemLabel->setText(tr("Enter the passphrase."));
        return;
    }
    try {
        m_branch = Branch::open(m_dataDir, pass);
    } catch (const DbException &e) {
        m_ui->problemLabel->setText(e.error().message);
        m_ui->passEdit->selectAll();
        m_ui->passEdit->setFocus();
        return;
    }
    if (m_ui->keychainCheck->isChecked()) {
        const QString error = Passphrase::storeInKeychain(m_dataDir, pass);
        if (!error.isEmpty()) {
            MessageBox::warning(this, tr("Keychain not available"),
                                tr("The passphrase could not be kept in this computer's keychain "
                                   "(%1). CounterDesk will ask for it again next time.")
                                    .arg(error));
        }
    }
    QDialog::accept();
}
