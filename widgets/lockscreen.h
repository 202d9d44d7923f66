#pragma once

#include "staff/session.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <memory>

class Branch;
namespace Ui
{
class LockScreen;
}

// The locked screen: an opaque overlay over the main window (and a plain cover over every other
// window) so no customer data shows while the clerk is away. Locks on demand or after idle
// minutes; reopens only with the signed-in clerk's own password.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    // window: the main window to cover; the overlay is its child and follows its size.
    LockScreen(Branch &branch, const Session &session, QWidget *window);
    ~LockScreen() override;

    // Who may unlock; shown on the locked screen.
    void setSession(const Session &session);
    Session session() const { return m_session; }

    // Lock after this long without a key press, click or mouse movement anywhere in the
    // application; zero turns idle locking off (the default).
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }

    bool isLocked() const { return m_locked; }
    // The colour over everything while locked.
    static QColor backdropColor();

public Q_SLOTS:
    // File > Lock screen (Ctrl+L). Does nothing when already locked or nobody is signed in.
    void lockNow();

Q_SIGNALS:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void tryUnlock();
    void unlock();
    void checkIdle();
    void cover(QWidget *window);
    QWidget *coverOf(const QWidget *window) const;
    bool isOurs(const QObject *object) const;
    // Puts the password panel where the keyboard can reach it: in front of the topmost modal
    // dialog if one is open (it blocks the main window), else on the main overlay.
    void placePanel();
    void movePanelHome();

    std::unique_ptr<Ui::LockScreen> m_ui;
    Branch &m_branch;
    Session m_session;
    bool m_locked = false;
    std::chrono::milliseconds m_idleTimeout{0};
    QElapsedTimer m_sinceInput;
    QTimer m_idleTimer;
    QList<QPointer<QWidget>> m_covers;
    QPointer<QWidget> m_focusBefore;
};
