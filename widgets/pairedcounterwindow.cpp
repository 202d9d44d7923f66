#include "pairedcounterwindow.h"

#include "fieldsdialog.h"
#include "hall/hallclient.h"
#include "hall/remotecounterqueue.h"
#include "messagebox.h"
#include "queuepanel.h"

#include <QAction>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

PairedCounterWindow::PairedCounterWindow(HallClient &client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
{
    setWindowTitle(tr("CounterDesk — paired counter"));
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    auto *hint = new QLabel(tr("Sign in to work the hall's queue."), this);
    hint->setAlignment(Qt::AlignCenter);
    setCentralWidget(hint);
    connect(this, &PairedCounterWindow::refused, this, [this](const QString &message) {
        if (m_asking) {
            MessageBox::warning(this, tr("Sign in"), message);
            signIn();
        }
    });
}

PairedCounterWindow::~PairedCounterWindow() = default;

void PairedCounterWindow::signIn()
{
    const QStringList v =
        FieldsDialog::ask(tr("Sign in at a counter"),
                          {tr("Login:"), tr("Password:"), tr("Window number:")}, this, {1});
    if (v.size() != 3) {
        m_asking = false;
        return;
    }
    m_asking = true;
    signIn(v.at(0).trimmed(), v.at(1), v.at(2).toInt());
}

void PairedCounterWindow::signIn(const QString &login, const QString &password, int window)
{
    m_status->setText(tr("Signing in on the hall host…"));
    m_client.post(QStringLiteral("/api/v1/sessions"),
                  {{QStringLiteral("login"), login},
                   {QStringLiteral("password"), password},
                   {QStringLiteral("window"), window}},
                  [this](const HallClient::Reply &reply) {
                      if (!reply.ok()) {
                          const QString message =
                              reply.status == 0
                                  ? tr("The hall host cannot be reached (%1). Check the network "
                                       "cable and that the host is running, then try again.")
                                        .arg(reply.error)
                                  : reply.error;
                          m_status->setText(message);
                          Q_EMIT refused(message);
                          return;
                      }
                      m_asking = false;
                      Session s;
                      s.staffId = reply.json.value(QStringLiteral("staffId")).toInteger();
                      s.login = reply.json.value(QStringLiteral("login")).toString();
                      s.displayName = reply.json.value(QStringLiteral("displayName")).toString();
                      s.role = reply.json.value(QStringLiteral("role")).toString();
                      s.window = reply.json.value(QStringLiteral("window")).toInt();
                      m_client.setStaffSession(
                          reply.json.value(QStringLiteral("session")).toString().toLatin1());
                      start(s);
                      m_status->setText(
                          tr("Signed in as %1 at window %2 — hall host of branch %3")
                              .arg(s.displayName)
                              .arg(s.window)
                              .arg(reply.json.value(QStringLiteral("branch")).toString()));
                      Q_EMIT signedIn(s);
                  });
}

void PairedCounterWindow::start(const Session &session)
{
    auto *queue = new RemoteCounterQueue(m_client, session.window);
    m_panel = new QueuePanel(queue, session, this);
    setCentralWidget(m_panel);
    QMenu *menu = menuBar()->addMenu(tr("&Counter"));
    const QList<std::tuple<QString, QKeySequence, void (QueuePanel::*)()>> actions = {
        {tr("&Call next"), QKeySequence(Qt::Key_F2), &QueuePanel::callNext},
        {tr("&Recall"), QKeySequence(Qt::Key_F3), &QueuePanel::recall},
        {tr("&No-show"), QKeySequence(Qt::Key_F4), &QueuePanel::noShow},
        {tr("&Walk-in"), QKeySequence(Qt::Key_F5), &QueuePanel::walkIn},
        {tr("&Transfer…"), QKeySequence(Qt::Key_F6), &QueuePanel::transfer},
        {tr("&Pause…"), QKeySequence(Qt::Key_F7), &QueuePanel::pause},
        {tr("&Finish"), QKeySequence(Qt::Key_F8), &QueuePanel::finish}};
    for (const auto &[text, key, slot] : actions) {
        QAction *action = menu->addAction(text);
        action->setShortcut(key);
        connect(action, &QAction::triggered, m_panel, slot);
    }
    queue->start();
}
