#pragma once

#include <QString>

// Who is at the counter: the signed-in staff member and the window they serve.
struct Session
{
    qint64 staffId = 0;
    QString login;
    QString displayName;
    QString role; // clerk, reception, manager, administrator
    int window = 0;

    bool isValid() const { return staffId > 0; }
};
