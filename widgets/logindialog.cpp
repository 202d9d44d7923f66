#include "logindialog.h"
#include "ui_logindialog.h"

#include "branch/branch.h"
#include "dberror.h"
#include "staff/staffdirectory.h"

#include <QGuiApplication>
#include <QPushButton>

LoginDialog::LoginDialog(Branch &branch, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_branch(branch)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_ui->branchLabel->setText(tr("Sign in to serve at %1.").arg(m_branch.info().name));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    // An old refusal no longer applies once the clerk changes what they typed.
    connect(m_ui->loginEdit, &QLineEdit::textEdited, m_ui->errorLabel, &QLabel::clear);
    focusFirstEmpty();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setLogin(const QString &login)
{
    m_ui->loginEdit->setText(login);
    focusFirstEmpty();
}

void LoginDialog::setWindow(int window)
{
    m_ui->windowSpin->setValue(window);
}

void LoginDialog::setWindowChoice(bool shown)
{
    m_ui->windowLabel->setVisible(shown);
    m_ui->windowSpin->setVisible(shown);
    m_ui->branchLabel->setText(shown ? tr("Sign in to serve at %1.").arg(m_branch.info().name)
                                     : tr("Staff sign-in at %1.").arg(m_branch.info().name));
}

QString LoginDialog::error() const
{
    return m_ui->errorLabel->text();
}

void LoginDialog::focusFirstEmpty()
{
    if (m_ui->loginEdit->text().trimmed().isEmpty()) {
        m_ui->loginEdit->setFocus();
    } else {
        m_ui->passwordEdit->setFocus();
    }
}

void LoginDialog::accept()
{
    const QString login = m_ui->loginEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    if (login.isEmpty()) {
        m_ui->errorLabel->setText(tr("Enter your staff name."));
        m_ui->loginEdit->setFocus();
        return;
    }
    if (password.isEmpty()) {
        m_ui->errorLabel->setText(tr("Enter your password."));
        m_ui->passwordEdit->setFocus();
        return;
    }
    StaffDirectory::SignIn result;
    {
        // Checking the password takes a noticeable moment (Argon2id).
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            result = StaffDirectory(m_branch).signIn(
                login, password, m_ui->windowSpin->isHidden() ? 0 : m_ui->windowSpin->value());
        } catch (const DbException &e) {
            result.error = e.error().message;
        }
        QGuiApplication::restoreOverrideCursor();
    }
    if (!result.session) {
        m_ui->errorLabel->setText(result.error);
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_session = *result.session;
    m_ui->errorLabel->clear();
    QDialog::accept();
}
