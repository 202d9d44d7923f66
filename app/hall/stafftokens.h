#pragma once

#include "staff/session.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

class Branch;

// Staff sign-ins at paired counters. A clerk signs in at a counter PC; the host checks the
// password (StaffDirectory) and answers with a staff token that the counter sends with every
// window action (X-Staff-Session), so the audit names the person, not only the device.
// The token is the session (login, window, expiry) signed with HMAC-SHA256 under a key kept
// in the branch's encrypted settings: it survives a restart of the host mid-day and cannot be
// forged or moved to another window.
class StaffTokens
{
public:
    static constexpr const char *KeySetting = "hall.staffTokenKey";
    static constexpr int LifetimeHours = 14; // one working day, however long

    explicit StaffTokens(Branch &branch);

    QByteArray issue(const Session &session, const QDateTime &nowUtc);
    // The session the token stands for; nothing when forged, damaged or expired, or when the
    // account has since been disabled, changed role or had its password reset.
    std::optional<Session> verify(const QByteArray &token, const QDateTime &nowUtc);

private:
    QByteArray key();

    Branch &m_branch;
};
