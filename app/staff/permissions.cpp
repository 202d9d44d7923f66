#include "permissions.h"

QStringList Permissions::roles()
{
    return {QStringLiteral("clerk"), QStringLiteral("reception"), QStringLiteral("manager"),
            QStringLiteral("administrator")};
}

bool Permissions::allows(const QString &role, Act act)
{
    const bool clerk = role == QLatin1String("clerk");
    const bool reception = role == QLatin1String("reception");
    const bool manager = role == QLatin1String("manager");
    const bool admin = role == QLatin1String("administrator");
    switch (act) {
    case Act::ServeCustomers:
        return clerk || manager;
    case Act::IssueTickets:
    case Act::SetPriorityGroup:
        return reception || manager;
    case Act::CancelAcceptedCase:
    case Act::ReprintReceipt:
    case Act::ChangeSignedDay:
        return clerk || manager; // and, for a clerk, a manager's authorisation
    case Act::SignDailyLog:
    case Act::HandleComplaints:
    case Act::ViewReports:
        return manager;
    case Act::ManageStaff:
    case Act::ManageBranch:
        return admin;
    }
    return false;
}

bool Permissions::needsManager(Act act)
{
    return act == Act::CancelAcceptedCase || act == Act::ReprintReceipt
           || act == Act::ChangeSignedDay;
}

QString Permissions::describe(Act act)
{
    switch (act) {
    case Act::ServeCustomers:
        return tr("serve customers at a window");
    case Act::IssueTickets:
        return tr("issue queue tickets");
    case Act::SetPriorityGroup:
        return tr("mark a priority group");
    case Act::CancelAcceptedCase:
        return tr("cancel an accepted case");
    case Act::ReprintReceipt:
        return tr("reprint a receipt");
    case Act::ChangeSignedDay:
        return tr("change a day whose log is signed");
    case Act::SignDailyLog:
        return tr("sign the daily log");
    case Act::HandleComplaints:
        return tr("handle complaints");
    case Act::ViewReports:
        return tr("view reports");
    case Act::ManageStaff:
        return tr("manage staff accounts");
    case Act::ManageBranch:
        return tr("manage the branch's settings");
    }
    return {};
}
