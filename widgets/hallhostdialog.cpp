#include "hallhostdialog.h"

#include "branch/branch.h"
#include "hall/devicedirectory.h"
#include "hall/hallhost.h"
#include "staff/staffdirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

HallHostDialog::HallHostDialog(Branch &branch, const Session &session,
                               std::unique_ptr<HallHost> &host, QWidget *parent)
    : QDialog(parent)
    , m_branch(branch)
    , m_session(session)
    , m_host(host)
{
    setWindowTitle(tr("Hall host"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("While this app runs, this PC can serve the hall's one queue to the other counters, "
           "the kiosk, the display and the customers' phones over the local network (HTTPS with "
           "this branch's own certificate). For a host that runs without anyone signed in, "
           "use the counterdesk-hall service instead."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *serving = new QGroupBox(tr("Serving"), this);
    auto *form = new QFormLayout(serving);
    m_port = new QSpinBox(serving);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(8443);
    form->addRow(tr("Port:"), m_port);
    m_state = new QLabel(serving);
    m_state->setObjectName(QStringLiteral("hostState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("State:"), m_state);
    m_fingerprint = new QLineEdit(serving);
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setReadOnly(true);
    form->addRow(tr("Fingerprint:"), m_fingerprint);
    m_toggle = new QPushButton(serving);
    m_toggle->setObjectName(QStringLiteral("toggleHost"));
    form->addRow(QString(), m_toggle);
    layout->addWidget(serving);

    auto *pairing = new QGroupBox(tr("Pair a device"), this);
    auto *pairForm = new QFormLayout(pairing);
    m_role = new QComboBox(pairing);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->addItem(tr("Counter PC"), int(Device::Role::Counter));
    m_role->addItem(tr("Ticket kiosk"), int(Device::Role::Kiosk));
    m_role->addItem(tr("Hall display"), int(Device::Role::Display));
    pairForm->addRow(tr("Role:"), m_role);
    m_name = new QLineEdit(pairing);
    m_name->setObjectName(QStringLiteral("deviceName"));
    m_name->setPlaceholderText(tr("e.g. Window 3"));
    pairForm->addRow(tr("Name:"), m_name);
    auto *pairButton = new QPushButton(tr("Pair"), pairing);
    pairButton->setObjectName(QStringLiteral("pairButton"));
    pairForm->addRow(QString(), pairButton);
    m_pairing = new QPlainTextEdit(pairing);
    m_pairing->setObjectName(QStringLiteral("pairingText"));
    m_pairing->setReadOnly(true);
    m_pairing->setMinimumHeight(150);
    pairForm->addRow(m_pairing);
    layout->addWidget(pairing);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_toggle, &QPushButton::clicked, this, &HallHostDialog::startOrStop);
    connect(pairButton, &QPushButton::clicked, this, &HallHostDialog::pair);
    resize(760, 640);
    showState();
}

HallHostDialog::~HallHostDialog() = default;

QString HallHostDialog::pairingText() const
{
    return m_pairing->toPlainText();
}

void HallHostDialog::showState(const QString &problem)
{
    const bool running = m_host != nullptr;
    m_port->setEnabled(!running);
    m_toggle->setText(running ? tr("Stop serving") : tr("Start serving"));
    if (!problem.isEmpty()) {
        m_state->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_state->setText(problem);
        return;
    }
    m_state->setStyleSheet({});
    m_fingerprint->setText(running ? m_host->fingerprint() : QString());
    m_state->setText(running ? tr("Serving at https://%1:%2/ — paired devices pin the certificate "
                                  "by its fingerprint below.")
                                   .arg(QHostInfo::localHostName())
                                   .arg(m_host->port())
                             : tr("Not serving: the other PCs cannot reach this hall."));
}

void HallHostDialog::startOrStop()
{
    try {
        StaffDirectory::require(m_session, Permissions::Act::ManageBranch);
    } catch (const PermissionDenied &e) {
        showState(e.message());
        return;
    }
    if (m_host) {
        m_host.reset(); // closes every connection ("going away"): counters show their banner
        m_branch.record({m_session.login, QStringLiteral("hall.host.stop"), QStringLiteral("hall"),
                         QJsonObject{}});
        showState();
        return;
    }
    HallHost::Options options;
    options.port = static_cast<quint16>(m_port->value());
    auto host = std::make_unique<HallHost>(m_branch, options);
    QString error;
    if (!host->start(&error)) {
        showState(tr("Cannot serve on port %1: %2. Choose another port, or stop the program that "
                     "uses it.")
                      .arg(m_port->value())
                      .arg(error));
        return;
    }
    m_host = std::move(host);
    m_branch.record({m_session.login, QStringLiteral("hall.host.start"), QStringLiteral("hall"),
                     QJsonObject{{QStringLiteral("port"), m_host->port()}}});
    showState();
}

void HallHostDialog::pair()
{
    try {
        StaffDirectory::require(m_session, Permissions::Act::ManageBranch);
    } catch (const PermissionDenied &e) {
        m_pairing->setPlainText(e.message());
        return;
    }
    const auto role = static_cast<Device::Role>(m_role->currentData().toInt());
    const DeviceDirectory::Paired paired =
        DeviceDirectory(m_branch).add(role, m_name->text().trimmed(), m_session.login);
    if (!paired.ok()) {
        m_pairing->setPlainText(paired.error);
        return;
    }
    const QString fingerprint = m_host ? m_host->fingerprint() : tr("(start serving to see it)");
    const QString port =
        m_host ? QString::number(m_host->port()) : QString::number(m_port->value());
    m_pairing->setPlainText(
        tr("Paired \"%1\". Its token, shown this once — put it in a file on that PC "
           "(readable by its user only):\n%2\n\nThen start it with:\ncounterdesk --role %3 "
           "--host https://%4:%5 --pin %6 --token-file FILE")
            .arg(paired.device.name, QString::fromLatin1(paired.token),
                 Device::roleKey(paired.device.role), QHostInfo::localHostName(), port,
                 fingerprint));
    m_name->clear();
}
