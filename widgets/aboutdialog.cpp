#include "aboutdialog.h"
#include "ui_aboutdialog.h"

#include <QPushButton>

AboutDialog::AboutDialog(const QString &cipherVersion, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(tr("CounterDesk %1").arg(QStringLiteral(COUNTERDESK_VERSION)));
    m_ui->textLabel->setText(
        tr("Counter software for service halls: queue tickets, scripted service, document "
           "checklists, one-time notices and acceptance receipts, with every record encrypted "
           "and every change audited."));
    m_ui->versionsLabel->setText(
        tr("Qt %1 · SQLCipher %2").arg(QString::fromLatin1(qVersion()), cipherVersion));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;
