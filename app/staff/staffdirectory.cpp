#include "staffdirectory.h"

#include "branch/branch.h"
#include "branchstore.h"
#include "core/clock.h"
#include "passwordhasher.h"

#include <QJsonObject>

namespace
{

// Checking a password for an unknown name costs the same as for a real one, so the time a
// refusal takes does not tell which names exist.
void spendVerifyTime(const QString &password)
{
    static const QString dummy = PasswordHasher::hash(QStringLiteral("counterdesk-timing-dummy"));
    PasswordHasher::verify(dummy, password);
}
} // namespace

int StaffDirectory::lockMinutes()
{
    const auto value = BranchStore(m_branch.database()).setting(QLatin1String(LockMinutesSetting));
    bool ok = false;
    const int minutes = value ? value->toInt(&ok) : 0;
    return ok && minutes > 0 ? minutes : 15;
}

StaffDirectory::SignIn StaffDirectory::signIn(const QString &login, const QString &password,
                                              int window)
{
    BranchStore store(m_branch.database());
    const QDateTime now = Clock::nowUtc();
    const std::optional<StaffRow> staff = store.staffByLogin(login.trimmed());
    const QString subject = QStringLiteral("staff:") + login.trimmed();
    auto refuse = [&](const QString &reason, const QString &error) {
        m_branch.record(
            {login.trimmed(), QStringLiteral("staff.loginFailed"), subject,
             QJsonObject{{QStringLiteral("reason"), reason}, {QStringLiteral("window"), window}}});
        return SignIn{std::nullopt, error};
    };

    if (!staff) {
        spendVerifyTime(password);
        return refuse(QStringLiteral("unknown"), tr("Wrong name or password."));
    }
    if (!staff->active) {
        return refuse(QStringLiteral("inactive"),
                      tr("This account is disabled. Ask the administrator."));
    }
    const QDateTime lockedUntil = QDateTime::fromString(staff->lockedUntilUtc, Qt::ISODateWithMs);
    if (lockedUntil.isValid() && lockedUntil > now) {
        return refuse(QStringLiteral("locked"),
                      tr("This account is locked after %1 wrong passwords until %2. Ask a "
                         "manager, or try again then.")
                          .arg(MaxFailedLogins)
                          .arg(m_branch.timeZone().isValid()
                                   ? lockedUntil.toTimeZone(m_branch.timeZone())
                                         .toString(QStringLiteral("HH:mm"))
                                   : lockedUntil.toString(QStringLiteral("HH:mm"))));
    }
    if (!PasswordHasher::verify(staff->passwordHash, password)) {
        const int failed = (lockedUntil.isValid() ? 0 : staff->failedLogins) + 1;
        const bool lock = failed >= MaxFailedLogins;
        const QString until = lock ? Clock::isoUtc(now.addSecs(60LL * lockMinutes())) : QString();
        m_branch.record(
            {staff->login,
             lock ? QStringLiteral("staff.locked") : QStringLiteral("staff.loginFailed"), subject,
             QJsonObject{{QStringLiteral("reason"), QStringLiteral("password")},
                         {QStringLiteral("failed"), failed},
                         {QStringLiteral("window"), window}}},
            [&](AuditEvent &) {
                BranchStore(m_branch.database()).setLoginState(staff->id, lock ? 0 : failed, until);
            });
        if (lock) {
            return {std::nullopt, tr("Wrong password. The account is now locked for %n minute(s).",
                                     nullptr, lockMinutes())};
        }
        return {std::nullopt, tr("Wrong name or password. %n attempt(s) left before the account "
                                 "locks.",
                                 nullptr, MaxFailedLogins - failed)};
    }
    const QList<int> windows = store.staffWindows(staff->id);
    if (window > 0 && !windows.isEmpty() && !windows.contains(window)) {
        return refuse(QStringLiteral("window"), tr("%1 may not serve at window %2 (allowed: %3).")
                                                    .arg(staff->displayName)
                                                    .arg(window)
                                                    .arg([&] {
                                                        QStringList list;
                                                        for (int w : windows) {
                                                            list << QString::number(w);
                                                        }
                                                        return list.join(QStringLiteral(", "));
                                                    }()));
    }
    m_branch.record({staff->login, QStringLiteral("staff.login"), subject,
                     QJsonObject{{QStringLiteral("window"), window}}},
                    [&](AuditEvent &) {
                        BranchStore(m_branch.database()).setLoginState(staff->id, 0, {});
                    });
    return {Session{staff->id, staff->login, staff->displayName, staff->role, window}, {}};
}

bool StaffDirectory::confirm(const Session &session, const QString &password)
{
    const auto staff = BranchStore(m_branch.database()).staffByLogin(session.login);
    const bool ok = staff && staff->active && PasswordHasher::verify(staff->passwordHash, password);
    if (!ok) {
        m_branch.record({session.login,
                         QStringLiteral("staff.unlockFailed"),
                         QStringLiteral("staff:") + session.login,
                         {}});
    }
    return ok;
}

void StaffDirectory::require(const Session &session, Permissions::Act act)
{
    if (!session.isValid() || !Permissions::allows(session.role, act)) {
        throw PermissionDenied(
            tr("%1 (%2) may not %3.")
                .arg(session.displayName, session.role, Permissions::describe(act)));
    }
}

QString StaffDirectory::authorise(const Session &session, Permissions::Act act,
                                  const QString &managerLogin, const QString &managerPassword)
{
    require(session, act);
    const auto manager = BranchStore(m_branch.database()).staffByLogin(managerLogin.trimmed());
    QString problem;
    if (!manager || !manager->active
        || !PasswordHasher::verify(manager->passwordHash, managerPassword)) {
        problem = tr("The manager's name or password is wrong.");
    } else if (manager->role != QLatin1String("manager")) {
        problem = tr("%1 is not a manager.").arg(manager->displayName);
    } else if (manager->login == session.login) {
        problem =
            tr("A second person must authorise this: a manager cannot authorise their own act.");
    }
    m_branch.record({session.login,
                     problem.isEmpty() ? QStringLiteral("staff.authorised")
                                       : QStringLiteral("staff.authorisationRefused"),
                     QStringLiteral("act:") + Permissions::describe(act),
                     QJsonObject{{QStringLiteral("manager"), managerLogin.trimmed()}}});
    if (!problem.isEmpty()) {
        throw PermissionDenied(problem);
    }
    return manager->login;
}

qint64 StaffDirectory::addStaff(const QString &actor, const QString &login,
                                const QString &displayName, const QString &role,
                                const QString &password, const QList<int> &windows)
{
    const qint64 id = m_branch.addStaff(actor, login, displayName, role, password);
    if (!windows.isEmpty()) {
        m_branch.record({actor, QStringLiteral("staff.windows"), QStringLiteral("staff:") + login,
                         QJsonObject{{QStringLiteral("windows"), QString::number(windows.size())}}},
                        [&](AuditEvent &) {
                            BranchStore(m_branch.database()).setStaffWindows(id, windows);
                        });
    }
    return id;
}

QString StaffDirectory::setActive(const QString &actor, const QString &login, bool active)
{
    BranchStore store(m_branch.database());
    const std::optional<StaffRow> staff = store.staffByLogin(login);
    if (!staff) {
        return tr("There is no staff member %1.").arg(login);
    }
    if (staff->active == active) {
        return active ? tr("%1 is already active.").arg(login)
                      : tr("%1 is already disabled.").arg(login);
    }
    if (!active && staff->role == QLatin1String("administrator")) {
        int administrators = 0;
        for (const StaffRow &row : store.staff()) {
            administrators += row.active && row.role == QLatin1String("administrator") ? 1 : 0;
        }
        if (administrators <= 1) {
            return tr("%1 is the last active administrator: add or enable another one first.")
                .arg(login);
        }
    }
    m_branch.record({actor,
                     active ? QStringLiteral("staff.enable") : QStringLiteral("staff.disable"),
                     QStringLiteral("staff:") + login,
                     {}},
                    [&](AuditEvent &) {
                        // Enabling keeps the disabling's time: sign-ins from before stay ended.
                        store.setStaffActive(staff->id, active,
                                             active ? staff->sessionsAfterUtc
                                                    : Clock::isoUtc(Clock::nowUtc()));
                    });
    return {};
}

QString StaffDirectory::resetPassword(const QString &actor, const QString &login,
                                      const QString &password)
{
    const std::optional<StaffRow> staff = BranchStore(m_branch.database()).staffByLogin(login);
    if (!staff) {
        return tr("There is no staff member %1.").arg(login);
    }
    if (password.size() < 8) {
        return tr("The password must have at least 8 characters.");
    }
    const QString hash = PasswordHasher::hash(password); // slow: outside the transaction
    m_branch.record({actor, QStringLiteral("staff.password"), QStringLiteral("staff:") + login, {}},
                    [&](AuditEvent &) {
                        BranchStore(m_branch.database())
                            .setStaffPassword(staff->id, hash, Clock::isoUtc(Clock::nowUtc()));
                    });
    return {};
}
