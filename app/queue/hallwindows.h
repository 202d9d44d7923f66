#pragma once

#include "queuestore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Branch;

// The hall's numbered counter windows and the services each calls, in order (administrator's
// set-up, stored in the branch database so that every counter and the host share it).
// Every change is an audited event.
class HallWindows
{
    Q_DECLARE_TR_FUNCTIONS(HallWindows)
public:
    explicit HallWindows(Branch &branch)
        : m_branch(branch)
    {}

    QList<WindowRow> all();
    std::optional<WindowRow> window(int number);
    // How many windows serve a service (only the open ones when openOnly).
    int servingCount(const QString &serviceCode, bool openOnly);

    // Each returns an empty string when done, else why nothing was changed.
    QString set(const WindowRow &window, const QString &actor);
    QString setOpen(int number, bool open, const QString &actor);
    QString remove(int number, const QString &actor);
    // Replaces the whole plan as one event (the demo hall, an imported plan).
    QString replaceAll(const QList<WindowRow> &windows, const QString &actor);

private:
    QString check(const WindowRow &window);

    Branch &m_branch;
};
