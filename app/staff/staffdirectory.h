#pragma once

#include "staff/permissions.h"
#include "staff/session.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class Branch;

// Signing in and authorising: passwords checked against their Argon2id hashes, five wrong
// passwords lock the account for a configurable time, every attempt is audited. Also the check
// that a session may do an act, and a manager's authorisation for privileged acts.
class StaffDirectory
{
    Q_DECLARE_TR_FUNCTIONS(StaffDirectory)
public:
    static constexpr int MaxFailedLogins = 5;
    static constexpr const char *LockMinutesSetting = "staff.lockMinutes"; // default 15

    struct SignIn
    {
        std::optional<Session> session;
        QString error; // why not, in words for the person at the screen
    };

    explicit StaffDirectory(Branch &branch)
        : m_branch(branch)
    {}

    SignIn signIn(const QString &login, const QString &password, int window);
    // Re-checks the signed-in person's password (the locked screen reopens only for them).
    bool confirm(const Session &session, const QString &password);

    // Throws PermissionDenied when the session's role may not do act.
    static void require(const Session &session, Permissions::Act act);
    // For acts that need a manager: checks the manager's name and password. Returns the
    // manager's login, or throws PermissionDenied saying why not. Audited either way.
    QString authorise(const Session &session, Permissions::Act act, const QString &managerLogin,
                      const QString &managerPassword);

    qint64 addStaff(const QString &actor, const QString &login, const QString &displayName,
                    const QString &role, const QString &password, const QList<int> &windows);
    // Disables or enables an account (audited). Disabling ends its sign-ins at paired counters
    // at once; the last active administrator cannot be disabled. Empty, or why not.
    QString setActive(const QString &actor, const QString &login, bool active);
    // Sets a new password (at least 8 characters), clears a lock and ends the account's
    // sign-ins at paired counters (audited). Empty, or why not.
    QString resetPassword(const QString &actor, const QString &login, const QString &password);

private:
    int lockMinutes();

    Branch &m_branch;
};
