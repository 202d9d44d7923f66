#pragma once

#include "staff/session.h"

#include <QCoreApplication>
#include <QString>

#include <stdexcept>

// What each role may do. Checked here, in app/, whatever the screen shows: a button that is
// hidden or shown changes nothing about what is allowed.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    enum class Act {
        ServeCustomers,     // call, serve, notice, accept at a window
        IssueTickets,       // reception and kiosk
        SetPriorityGroup,   // mark a ticket elderly, disabled, ... (reception staff only)
        CancelAcceptedCase, // privileged: needs a manager's authorisation
        ReprintReceipt,     // privileged
        ChangeSignedDay,    // privileged: change anything after the daily log is signed
        SignDailyLog,
        HandleComplaints,
        ViewReports,
        ManageStaff,
        ManageBranch, // windows, printers, catalogue import, head-office link
    };

    static bool allows(const QString &role, Act act);
    // Acts that even an allowed clerk needs a manager to authorise in the same dialog.
    static bool needsManager(Act act);
    static QString describe(Act act);
    static QStringList roles();
};

// Thrown when a session tries an act its role does not allow.
class PermissionDenied : public std::runtime_error
{
public:
    explicit PermissionDenied(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};
