#include "kioskstaffdialog.h"
#include "ui_kioskstaffdialog.h"

#include "kioskwindow.h"
#include "staff/permissions.h"
#include "stationsettingsdialog.h"

#include <QEvent>
#include <QPushButton>
#include <QTimer>

namespace
{
constexpr int kIdleMs = 120'000;
} // namespace

KioskStaffDialog::KioskStaffDialog(KioskWindow &kiosk, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::KioskStaffDialog>())
    , m_kiosk(kiosk)
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->whoLabel->setText(
        tr("Signed in: %1, station %2.").arg(session.displayName, kiosk.station()));
    const bool tickets = Permissions::allows(session.role, Permissions::Act::IssueTickets);
    const bool admin = Permissions::allows(session.role, Permissions::Act::ManageBranch);
    m_ui->keptBox->setEnabled(tickets);
    m_ui->reprintBox->setEnabled(tickets);
    m_ui->settingsButton->setEnabled(admin);
    if (!admin) {
        m_ui->settingsButton->setToolTip(
            tr("Only an administrator may %1.")
                .arg(Permissions::describe(Permissions::Act::ManageBranch)));
    }
    connect(m_ui->printKeptButton, &QPushButton::clicked, this, &KioskStaffDialog::printKept);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &KioskStaffDialog::discardSelected);
    connect(m_ui->reprintButton, &QPushButton::clicked, this, &KioskStaffDialog::reprint);
    connect(m_ui->settingsButton, &QPushButton::clicked, this, &KioskStaffDialog::editSettings);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &KioskStaffDialog::reject);
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    m_idle->setInterval(kIdleMs);
    connect(m_idle, &QTimer::timeout, this, &KioskStaffDialog::reject);
    m_idle->start();
    // Any touch or key inside the panel counts as staff still being there.
    for (QWidget *w : findChildren<QWidget *>()) {
        w->installEventFilter(this);
    }
    refresh();
}

bool KioskStaffDialog::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::InputMethod:
        m_idle->start();
        break;
    default:
        break;
    }
    return QDialog::eventFilter(watched, event);
}

KioskStaffDialog::~KioskStaffDialog() = default;

QString KioskStaffDialog::result() const
{
    return m_ui->resultLabel->text();
}

void KioskStaffDialog::refresh()
{
    const QString problem = m_kiosk.printerProblem();
    m_ui->printerLabel->setText(problem.isEmpty() ? tr("Printer: ready.")
                                                  : tr("Printer: %1").arg(problem));
    m_ui->keptList->clear();
    for (const PrintJob &job : m_kiosk.printQueue().pending()) {
        auto *item =
            new QListWidgetItem(tr("%1 — tried %n time(s), last: %2", nullptr, job.attempts)
                                    .arg(job.name, job.lastError),
                                m_ui->keptList);
        item->setData(Qt::UserRole, job.id);
    }
    const bool any = m_ui->keptList->count() > 0;
    m_ui->printKeptButton->setEnabled(any);
    m_ui->discardButton->setEnabled(any);
    if (any && !m_ui->keptList->currentItem()) {
        m_ui->keptList->setCurrentRow(0);
    }
}

void KioskStaffDialog::printKept()
{
    const int printed = m_kiosk.retryPrinting();
    const qsizetype left = m_kiosk.printQueue().pending().size();
    m_ui->resultLabel->setText(
        left == 0 ? tr("%n kept ticket(s) printed.", nullptr, printed)
                  : tr("%n kept ticket(s) printed; %1 still waiting: %2", nullptr, printed)
                        .arg(left)
                        .arg(m_kiosk.printQueue().pending().constFirst().lastError));
    refresh();
}

void KioskStaffDialog::discardSelected()
{
    const QListWidgetItem *item = m_ui->keptList->currentItem();
    if (!item) {
        return;
    }
    const QString name = item->text().section(QLatin1Char(' '), 0, 0);
    if (m_kiosk.discardKept(item->data(Qt::UserRole).toLongLong())) {
        m_ui->resultLabel->setText(tr("Kept ticket %1 discarded.").arg(name));
    }
    refresh();
}

void KioskStaffDialog::reprint()
{
    const TicketDesk::Issued issued =
        m_kiosk.reprint(m_ui->numberEdit->text(), m_ui->reasonEdit->text(), m_session);
    if (issued.ok()) {
        m_ui->resultLabel->setText(
            issued.printed ? tr("Ticket %1 reprinted; the reprint is logged with its reason.")
                                 .arg(issued.result.ticket.number)
                           : tr("Reprint of %1 logged, but not printed: %2")
                                 .arg(issued.result.ticket.number,
                                      m_kiosk.printQueue().pending().constLast().lastError));
        m_ui->numberEdit->clear();
        m_ui->reasonEdit->clear();
    } else {
        m_ui->resultLabel->setText(issued.message);
    }
    refresh();
}

void KioskStaffDialog::editSettings()
{
    StationSettingsDialog dialog(m_kiosk.branch(), m_kiosk.station(), m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_kiosk.applyStationSettings();
        m_ui->resultLabel->setText(tr("Printer settings saved."));
    }
    refresh();
}
