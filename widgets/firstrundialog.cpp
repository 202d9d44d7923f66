#include "firstrundialog.h"
#include "ui_firstrundialog.h"

#include "branch/branch.h"
#include "core/passphrase.h"
#include "dberror.h"
#include "messagebox.h"

#include <QPushButton>

FirstRunDialog::FirstRunDialog(const QString &dataDir, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
    , m_dataDir(dataDir)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create branch"));
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->codeEdit, m_ui->passEdit, m_ui->confirmEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &FirstRunDialog::updateState);
    }
    connect(m_ui->codeEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text != text.toUpper()) {
            m_ui->codeEdit->setText(text.toUpper());
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    updateState();
}

FirstRunDialog::~FirstRunDialog() = default;

std::unique_ptr<Branch> FirstRunDialog::takeBranch()
{
    return std::move(m_branch);
}

void FirstRunDialog::updateState()
{
    const QString pass = m_ui->passEdit->text();
    const int strength = Passphrase::strength(pass);
    static const char *const names[] = {QT_TR_NOOP("Very weak"), QT_TR_NOOP("Weak"),
                                        QT_TR_NOOP("Fair"), QT_TR_NOOP("Strong"),
                                        QT_TR_NOOP("Very strong")};
    static const char *const colours[] = {"#c62828", "#ef6c00", "#f9a825", "#2e7d32", "#1b5e20"};
    m_ui->strengthBar->setValue(pass.isEmpty() ? 0 : strength + (strength < 4 ? 1 : 0));
    m_ui->strengthBar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }")
                                         .arg(QLatin1String(colours[strength])));
    m_ui->strengthLabel->setText(pass.isEmpty() ? QString() : tr(names[strength]));

    QString problem;
    if (m_ui->nameEdit->text().trimmed().isEmpty()) {
        problem = tr("Give the branch a name.");
    } else if (!Branch::checkCode(m_ui->codeEdit->text()).isEmpty()) {
        problem = Branch::checkCode(m_ui->codeEdit->text());
    } else if (pass.isEmpty()) {
        problem = tr("Choose a passphrase.");
    } else if (strength < Passphrase::MinimumStrength) {
        problem = tr("The passphrase is too weak: make it longer, e.g. four unrelated words.");
    } else if (m_ui->confirmEdit->text() != pass) {
        problem = tr("Repeat the passphrase exactly.");
    }
    // Say what is missing only once the user has started on that field.
    const bool started = !m_ui->nameEdit->text().isEmpty() || !m_ui->codeEdit->text().isEmpty();
    m_ui->problemLabel->setText(started ? problem : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void FirstRunDialog::accept()
{
    const QByteArray pass = m_ui->passEdit->text().toUtf8();
    BranchInfo info;
    info.code = m_ui->codeEdit->text();
    info.name = m_ui->nameEdit->text().trimmed();
    try {
        m_branch = Branch::create(m_dataDir, pass, info, QStringLiteral("setup"));
    } catch (const DbException &e) {
        m_ui->problemLabel->setText(e.error().message);
        return;
    }
    if (m_ui->keychainCheck->isChecked()) {
        const QString error = Passphrase::storeInKeychain(m_dataDir, pass);
        if (!error.isEmpty()) {
            MessageBox::warning(this, tr("Keychain not available"),
                                tr("The branch was created, but the passphrase could not be kept "
                                   "in this computer's keychain (%1). CounterDesk will ask for it "
                                   "at every start.")
                                    .arg(error));
        }
    }
    QDialog::accept();
}
