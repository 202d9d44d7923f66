#include "mainwindow.h"

#include "sync/syncclient.h"
#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "auditstore.h"
#include "branch/branch.h"
#include "branchstore.h"
#include "caselistwindow.h"
#include "catalogue/catalogueupdate.h"
#include "complaintswindow.h"
#include "core/clock.h"
#include "dailylogdialog.h"
#include "database.h"
#include "displaywindow.h"
#include "hall/announcer.h"
#include "hall/hallboard.h"
#include "hall/hallhost.h"
#include "hall/localcounterqueue.h"
#include "hall/localhallfeed.h"
#include "hallhostdialog.h"
#include "knowledgepanel.h"
#include "lockscreen.h"
#include "logindialog.h"
#include "managerconsole.h"
#include "messagebox.h"
#include "migrations.h"
#include "outboxstore.h"
#include "queuepanel.h"
#include "ratingpad.h"
#include "screenlanguage.h"
#include "servepanel.h"
#include "staff/permissions.h"
#include "startupprobe.h"
#include "stationsettingsdialog.h"
#include "sync/syncclient.h"

#include <QDir>
#include <QDockWidget>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLocale>
#include <QScreen>
#include <QStackedWidget>

MainWindow::MainWindow(std::unique_ptr<Branch> branch, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_branch(std::move(branch))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("CounterDesk — %1").arg(m_branch->info().name));
    m_catalogue = CatalogueUpdate::current(*m_branch);
    // The branch overview first; the serve page once a clerk signs in at a window.
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(takeCentralWidget());
    setCentralWidget(m_pages);

    // What this version already does; the rest of the menu is the product's plan, shown
    // disabled so that nobody clicks into a stub.
    const QList<QAction *> working = {
        m_ui->actionQuit,  m_ui->actionVerifyAudit, m_ui->actionBranchInfo, m_ui->actionAbout,
        m_ui->actionLogin, m_ui->actionSettings,    m_ui->actionDisplay};
    for (QAction *action : findChildren<QAction *>()) {
        if (!working.contains(action) && !action->isSeparator() && !action->menu()) {
            action->setEnabled(false);
            action->setStatusTip(tr("Not available in this version yet."));
        }
    }
    RatingPad::addTo(m_ui->menuCounter, *m_branch, m_session);
    ComplaintsWindow::addTo(m_ui->menuCases, *m_branch, m_session);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionVerifyAudit, &QAction::triggered, this, &MainWindow::verifyAudit);
    connect(m_ui->actionBranchInfo, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionLogin, &QAction::triggered, this, &MainWindow::signIn);
    connect(m_ui->actionSettings, &QAction::triggered, this, [this] { // this counter's printer
        StationSettingsDialog::editAfterSignIn(
            *m_branch, StationSettings::stationId(QStringLiteral("counter")), this);
    });
    // File > Language: this PC's screens, from the next start.
    auto *language = new QAction(tr("&Language…"), this);
    language->setObjectName(QStringLiteral("actionLanguage"));
    m_ui->menuFile->insertAction(m_ui->actionSettings, language);
    connect(language, &QAction::triggered, this, &MainWindow::chooseLanguage);
    connect(m_ui->actionDailyLog, &QAction::triggered, this, [this] {
        if (m_session.isValid()) {
            DailyLogDialog(*m_branch, m_catalogue ? &*m_catalogue : nullptr, m_session, this)
                .exec();
        }
    });
    connect(m_ui->actionPairDevice, &QAction::triggered, this, [this] {
        if (m_session.isValid()) {
            HallHostDialog(*m_branch, m_session, m_host, this).exec();
        }
    });
    connect(m_ui->actionDisplay, &QAction::triggered, this, &MainWindow::openDisplay);
    // The manager's console, before the daily log in the Reports menu.
    m_console = new QAction(tr("Manager's &console"), this);
    m_console->setObjectName(QStringLiteral("actionConsole"));
    m_console->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_console->setEnabled(false);
    m_ui->menuReports->insertAction(m_ui->actionDailyLog, m_console);
    connect(m_console, &QAction::triggered, this, [this] {
        if (m_session.isValid()) {
            ManagerConsole(*m_branch, m_catalogue ? &*m_catalogue : nullptr, m_session, this)
                .exec();
        }
    });
    connect(m_ui->actionCases, &QAction::triggered, this, [this] {
        if (m_catalogue && m_session.isValid()) {
            CaseListWindow(*m_branch, *m_catalogue, m_session, this).exec();
        }
    });
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::chooseLanguage()
{
    QStringList names;
    for (const QString &code : ScreenLanguage::codes()) {
        names << ScreenLanguage::nativeName(code);
    }
    const int current = static_cast<int>(ScreenLanguage::codes().indexOf(ScreenLanguage::saved()));
    bool ok = false;
    const QString name =
        QInputDialog::getItem(this, tr("Language"), tr("Language of this PC's screens:"), names,
                              std::max(0, current), false, &ok);
    if (!ok) {
        return;
    }
    const QString code = ScreenLanguage::codes().value(static_cast<int>(names.indexOf(name)));
    if (!ScreenLanguage::save(code)) {
        MessageBox::warning(this, tr("Language"),
                            tr("The choice could not be saved in your settings."));
        return;
    }
    MessageBox::information(this, tr("Language"),
                            tr("CounterDesk will show %1 the next time it starts. Documents for "
                               "customers keep the branch's document language.")
                                .arg(name));
}

void MainWindow::openDisplay()
{
    // The hall display on this PC's second screen (or a window): it follows this branch file as
    // the host's push would, and calls numbers by voice.
    auto *board = new HallBoard(QLocale().name());
    auto *announcer = new Announcer;
    auto *display = new DisplayWindow(*board, announcer);
    board->setParent(display);
    announcer->setParent(display);
    auto *feed = new LocalHallFeed(*m_branch, *board, display);
    feed->start();
    display->setAttribute(Qt::WA_DeleteOnClose);
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        display->setScreen(screens.last());
        display->setGeometry(screens.last()->geometry());
        display->showFullScreen();
    } else {
        display->resize(1280, 720);
        display->show();
    }
}

void MainWindow::signIn()
{
    LoginDialog dialog(*m_branch, this);
    if (m_branch->info().code == QLatin1String("DEMO01")) {
        dialog.setLogin(QStringLiteral("limin")); // the demo's clerk (password demo1234)
        dialog.setWindow(2);
    }
    StartupProbe::markWhenIdle("login-shown");
    if (dialog.exec() == QDialog::Accepted && dialog.session().isValid()) {
        startSession(dialog.session());
    }
}

void MainWindow::startSession(const Session &session)
{
    m_session = session;
    m_ui->actionLogin->setEnabled(false);
    if (!m_catalogue) {
        MessageBox::warning(this, tr("No service catalogue"),
                            tr("This branch has no service catalogue from head office yet, so "
                               "no service can be opened. Import one (counterdesk-cli catalogue "
                               "import)."));
        return;
    }
    m_console->setEnabled(Permissions::allows(session.role, Permissions::Act::ViewReports));
    for (QAction *action : {m_ui->actionCases, m_ui->actionDailyLog, m_ui->actionPairDevice}) {
        action->setEnabled(true);
        action->setStatusTip({});
    }
    delete m_serve;
    m_serve = new ServePanel(*m_branch, *m_catalogue, session, m_pages);
    m_pages->addWidget(m_serve);
    m_pages->setCurrentWidget(m_serve);
    connect(m_serve, &ServePanel::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text);
    });

    // The queue beside the serve page; its actions are the Counter menu's (F2..F8).
    auto *dock = new QDockWidget(tr("Queue"), this);
    dock->setObjectName(QStringLiteral("queueDock"));
    dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    m_queue = new QueuePanel(new LocalCounterQueue(*m_branch, session.window, session.login),
                             session, dock);
    QMap<QString, QString> names;
    const QString lang = LocalizedText::screenLanguage();
    for (const Service &service : m_catalogue->services()) {
        names.insert(service.code, service.name.text(lang));
    }
    m_queue->setServiceNames(names);
    dock->setWidget(m_queue);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    dock->show(); // added after the window was shown
    const QList<std::pair<QAction *, void (QueuePanel::*)()>> actions = {
        {m_ui->actionCallNext, &QueuePanel::callNext}, {m_ui->actionRecall, &QueuePanel::recall},
        {m_ui->actionNoShow, &QueuePanel::noShow},     {m_ui->actionWalkIn, &QueuePanel::walkIn},
        {m_ui->actionTransfer, &QueuePanel::transfer}, {m_ui->actionPause, &QueuePanel::pause},
        {m_ui->actionFinish, &QueuePanel::finish}};
    for (const auto &[action, slot] : actions) {
        action->setEnabled(true);
        action->setStatusTip({});
        connect(action, &QAction::triggered, m_queue, slot);
    }
    connect(m_queue, &QueuePanel::ticketCalled, m_serve,
            [this](const QString &number, const QString &service, int waited) {
                m_serve->reset();
                m_serve->selectService(service);
                m_serve->setTicket(number, waited);
            });
    connect(m_queue, &QueuePanel::customerLeft, m_serve, [this] {
        m_serve->setTicket({}, 0);
        m_serve->reset();
    });
    connect(m_queue, &QueuePanel::message, this, [this](const QString &text) {
        statusBar()->showMessage(text);
    });

    // Standard answers at hand (Ctrl+K), searched as the clerk types.
    auto *kbDock = new QDockWidget(tr("Standard answers"), this);
    kbDock->setObjectName(QStringLiteral("knowledgeDock"));
    kbDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_knowledge = new KnowledgePanel(*m_branch, kbDock);
    kbDock->setWidget(m_knowledge);
    addDockWidget(Qt::RightDockWidgetArea, kbDock);
    kbDock->show();
    m_ui->actionKnowledge->setEnabled(true);
    m_ui->actionKnowledge->setStatusTip({});
    connect(m_ui->actionKnowledge, &QAction::triggered, this, [this, kbDock] {
        kbDock->show();
        m_knowledge->focusSearch();
    });

    // The screen locks after idle minutes (setting screen.lockMinutes, default 5) and on
    // Ctrl+L; only the same clerk's password reopens it.
    delete m_lock;
    m_lock = new LockScreen(*m_branch, session, this);
    const auto minutes =
        BranchStore(m_branch->database()).setting(QStringLiteral("screen.lockMinutes"));
    const int idle = minutes ? minutes->toInt() : 5;
    m_lock->setIdleTimeout(std::chrono::minutes(idle > 0 ? idle : 5));
    m_ui->actionLock->setEnabled(true);
    m_ui->actionLock->setStatusTip({});
    connect(m_ui->actionLock, &QAction::triggered, m_lock, &LockScreen::lockNow);
    setWindowTitle(tr("CounterDesk — %1 — window %2 — %3")
                       .arg(m_branch->info().name)
                       .arg(session.window)
                       .arg(session.displayName));
    statusBar()->showMessage(
        tr("%1 signed in at window %2").arg(session.displayName).arg(session.window));
    StartupProbe::markWhenIdle("usable");
}

void MainWindow::refresh()
{
    Database &db = m_branch->database();
    const BranchInfo info = m_branch->info();
    const QDate today = m_branch->businessDay(Clock::nowUtc());
    m_ui->branchNameLabel->setText(info.name);
    m_ui->branchDetailLabel->setText(
        tr("Branch %1 · %2 · business day %3")
            .arg(info.code, info.timeZone, QLocale().toString(today, QLocale::LongFormat)));
    m_ui->dbLabel->setText(QDir::toNativeSeparators(db.path()));
    m_ui->cipherLabel->setText(
        tr("SQLCipher %1, data version %2").arg(db.cipherVersion()).arg(db.userVersion()));
    // The chain's high-water mark: entries are only ever appended, and Verify counts them and
    // checks that none is missing. count(*) read them all (0.45 s of each start at 2,000,000).
    const qint64 entries = AuditStore(db).highWater();
    m_ui->auditLabel->setText(tr("%n entries", nullptr, static_cast<int>(entries)));
    QString outbox = tr("%n event(s) waiting for the nightly sync", nullptr,
                        static_cast<int>(OutboxStore(db).pendingCount()));
    // Head office away is no reason to stop serving (seed 004, emergencies): say so plainly.
    QString lastRun;
    QString lastOk;
    const SyncClient::Summary last = SyncClient::last(*m_branch, &lastRun, &lastOk);
    if (!last.error.isEmpty()) {
        const QDateTime at = QDateTime::fromString(lastRun, Qt::ISODateWithMs);
        outbox += QLatin1Char('\n')
                  + tr("Head office could not be reached at %1 (%2). Nothing is lost: the events "
                       "are kept and sent at the next sync; the hall goes on serving.")
                        .arg(QLocale().toString(at.toTimeZone(m_branch->timeZone()),
                                                QLocale::ShortFormat),
                             last.error);
    }
    m_ui->outboxLabel->setText(outbox);
    BranchStore store(db);
    m_ui->peopleLabel->setText(
        tr("%1 staff accounts, %2 customers").arg(store.staff().size()).arg(store.customerCount()));
    statusBar()->showMessage(tr("Branch database open"));
}

void MainWindow::verifyAudit()
{
    const AuditChain::Verification v = m_branch->verifyAudit();
    if (v.ok) {
        m_ui->auditLabel->setText(
            tr("%n entries, verified intact", nullptr, static_cast<int>(v.entries)));
        MessageBox::information(this, tr("Audit chain"),
                                tr("The audit chain is intact: %n entries verified.", nullptr,
                                   static_cast<int>(v.entries)));
    } else {
        m_ui->auditLabel->setText(tr("BROKEN at entry %1").arg(v.firstBadSeq));
        MessageBox::critical(this, tr("Audit chain"),
                             tr("The audit chain is broken at entry %1: %2.\nThe records may "
                                "have been changed outside CounterDesk. Tell your administrator.")
                                 .arg(v.firstBadSeq)
                                 .arg(v.reason));
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_branch->database().cipherVersion(), this);
    dialog.exec();
}
