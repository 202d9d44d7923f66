#include "lockscreen.h"
#include "ui_lockscreen.h"

#include "branch/branch.h"
#include "dberror.h"
#include "staff/staffdirectory.h"

#include <QApplication>
#include <QGridLayout>
#include <QGuiApplication>
#include <QPainter>
#include <QToolTip>

namespace
{
bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
        return true;
    default:
        return false;
    }
}

// Windows that hold content; popups and tooltips are closed instead.
bool isCoverable(const QWidget *w)
{
    const Qt::WindowType type = w->windowType();
    return w->isWindow() && type != Qt::Popup && type != Qt::ToolTip && type != Qt::Desktop
           && type != Qt::SplashScreen;
}
} // namespace

LockScreen::LockScreen(Branch &branch, const Session &session, QWidget *window)
    : QWidget(window)
    , m_ui(std::make_unique<Ui::LockScreen>())
    , m_branch(branch)
    , m_session(session)
{
    Q_ASSERT(window);
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->passwordEdit->setPlaceholderText(tr("Your password"));
    // The panel keeps the application's colours wherever it goes, even onto a dark cover.
    QPalette panel = QApplication::palette(m_ui->panel);
    for (const QPalette::ColorRole role :
         {QPalette::Window, QPalette::WindowText, QPalette::Base, QPalette::Text, QPalette::Button,
          QPalette::ButtonText}) {
        panel.setColor(role, panel.color(role)); // set, so it is not inherited from the cover
    }
    m_ui->panel->setPalette(panel);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSession(session);
    hide();

    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &LockScreen::checkIdle);
    m_sinceInput.start();
    // Input anywhere in the application counts as presence, and while locked it is kept away
    // from everything but the password panel.
    qApp->installEventFilter(this);
}

LockScreen::~LockScreen()
{
    // The panel may be visiting another window's cover: take it back so it dies with us.
    movePanelHome();
    for (const QPointer<QWidget> &c : std::as_const(m_covers)) {
        delete c.data();
    }
}

QColor LockScreen::backdropColor()
{
    return QColor(0x1f, 0x33, 0x46);
}

void LockScreen::setSession(const Session &session)
{
    m_session = session;
    m_ui->whoLabel->setText(tr("Signed in: %1 (%2), window %3")
                                .arg(session.displayName, session.login)
                                .arg(session.window));
}

void LockScreen::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimeout = timeout;
    if (timeout.count() > 0 && !m_locked) {
        m_idleTimer.start(timeout);
    } else {
        m_idleTimer.stop();
    }
}

void LockScreen::checkIdle()
{
    if (m_locked || m_idleTimeout.count() <= 0) {
        return;
    }
    const std::chrono::milliseconds idle(m_sinceInput.elapsed());
    if (idle >= m_idleTimeout) {
        lockNow();
    } else {
        m_idleTimer.start(m_idleTimeout - idle);
    }
}

void LockScreen::lockNow()
{
    if (m_locked || !m_session.isValid()) {
        return;
    }
    m_locked = true;
    m_idleTimer.stop();
    m_focusBefore = QApplication::focusWidget();
    for (int i = 0; i < 16 && QApplication::activePopupWidget(); ++i) {
        QApplication::activePopupWidget()->close();
    }
    QToolTip::hideText();
    m_ui->passwordEdit->clear();
    m_ui->errorLabel->clear();

    setGeometry(parentWidget()->rect());
    show();
    raise();
    const QWidget *mainWindow = window();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != mainWindow && w->isVisible() && isCoverable(w)) {
            cover(w);
        }
    }
    placePanel();
    Q_EMIT locked();
}

void LockScreen::cover(QWidget *w)
{
    if (coverOf(w)) {
        return;
    }
    auto *c = new QWidget(w);
    c->setObjectName(QStringLiteral("lockCover"));
    QPalette pal = c->palette();
    pal.setColor(QPalette::Window, backdropColor());
    c->setPalette(pal);
    c->setAutoFillBackground(true);
    c->setGeometry(w->rect());
    c->show();
    c->raise();
    m_covers.append(c);
}

QWidget *LockScreen::coverOf(const QWidget *w) const
{
    for (const QPointer<QWidget> &c : m_covers) {
        if (c && c->parentWidget() == w) {
            return c;
        }
    }
    return nullptr;
}

bool LockScreen::isOurs(const QObject *object) const
{
    for (const QObject *o = object; o; o = o->parent()) {
        if (o == m_ui->panel) {
            return true;
        }
    }
    return false;
}

void LockScreen::placePanel()
{
    if (!m_locked) {
        return;
    }
    QWidget *host = nullptr;
    if (QWidget *modal = QApplication::activeModalWidget(); modal && modal != window()) {
        host = coverOf(modal);
    }
    if (!host) {
        movePanelHome();
    } else if (m_ui->panel->parentWidget() != host) {
        auto *grid = qobject_cast<QGridLayout *>(host->layout());
        if (!grid) {
            grid = new QGridLayout(host);
        }
        grid->addWidget(m_ui->panel, 0, 0, Qt::AlignCenter);
        m_ui->panel->show();
    }
    m_ui->passwordEdit->activateWindow();
    m_ui->passwordEdit->setFocus(Qt::OtherFocusReason);
}

void LockScreen::movePanelHome()
{
    if (m_ui->panel->parentWidget() != this) {
        m_ui->backdropLayout->addWidget(m_ui->panel, 0, 0, Qt::AlignCenter);
        m_ui->panel->show();
    }
}

void LockScreen::tryUnlock()
{
    const QString password = m_ui->passwordEdit->text();
    if (password.isEmpty()) {
        m_ui->errorLabel->setText(tr("Enter your password."));
        return;
    }
    bool ok = false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        ok = StaffDirectory(m_branch).confirm(m_session, password);
    } catch (const DbException &e) {
        m_ui->errorLabel->setText(e.error().message);
        QGuiApplication::restoreOverrideCursor();
        return;
    }
    QGuiApplication::restoreOverrideCursor();
    m_ui->passwordEdit->clear();
    if (!ok) {
        m_ui->errorLabel->setText(
            tr("Wrong password. Only %1 can unlock this window.").arg(m_session.displayName));
        m_ui->passwordEdit->setFocus();
        return;
    }
    unlock();
}

void LockScreen::unlock()
{
    m_locked = false;
    movePanelHome();
    for (const QPointer<QWidget> &c : std::as_const(m_covers)) {
        delete c.data();
    }
    m_covers.clear();
    hide();
    m_ui->errorLabel->clear();
    if (m_focusBefore) {
        m_focusBefore->setFocus(Qt::OtherFocusReason);
    }
    m_sinceInput.restart();
    if (m_idleTimeout.count() > 0) {
        m_idleTimer.start(m_idleTimeout);
    }
    Q_EMIT unlocked();
}

void LockScreen::paintEvent(QPaintEvent *)
{
    // Opaque whatever the style or style sheet says: this is what hides the customer's data.
    QPainter(this).fillRect(rect(), backdropColor());
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (!m_locked) {
        if (event->spontaneous() && isInput(type)) {
            m_sinceInput.restart();
        }
        return false;
    }
    if (!watched->isWidgetType()) {
        // QAction and QShortcut get Shortcut events: no menu command runs while locked.
        return type == QEvent::Shortcut;
    }
    auto *w = static_cast<QWidget *>(watched);
    switch (type) {
    case QEvent::Resize:
        if (w == parentWidget()) {
            setGeometry(w->rect());
        } else if (QWidget *c = coverOf(w)) {
            c->setGeometry(w->rect());
        }
        break;
    case QEvent::ChildAdded:
        // A widget added over us later must not show through.
        if (w == parentWidget()) {
            raise();
        } else if (QWidget *c = coverOf(w)) {
            c->raise();
        }
        break;
    case QEvent::Show:
        // A window that opens while locked (a message, a dialog) is covered too.
        if (w != window() && isCoverable(w)) {
            cover(w);
            QMetaObject::invokeMethod(this, &LockScreen::placePanel, Qt::QueuedConnection);
        }
        break;
    case QEvent::Hide:
        // The window holding the panel closes (or is being deleted): take the panel back now.
        if (w->isWindow() && m_ui->panel->window() == w && w != window()) {
            movePanelHome();
            QMetaObject::invokeMethod(this, &LockScreen::placePanel, Qt::QueuedConnection);
        }
        break;
    case QEvent::FocusIn:
        // Tab must not walk into the covered widgets.
        if (!isOurs(w)) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_ui->passwordEdit->setFocus();
                },
                Qt::QueuedConnection);
        }
        break;
    default:
        if (isInput(type) && !isOurs(w)) {
            return true;
        }
        break;
    }
    return false;
}
