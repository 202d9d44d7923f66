#include "hallwindows.h"

#include "branch/branch.h"
#include "cataloguestore.h"
#include "database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace
{
QJsonObject toJson(const WindowRow &w)
{
    return {{QStringLiteral("number"), w.number},
            {QStringLiteral("name"), w.name},
            {QStringLiteral("open"), w.open},
            {QStringLiteral("services"), QJsonArray::fromStringList(w.services)}};
}
} // namespace

QList<WindowRow> HallWindows::all()
{
    return QueueStore(m_branch.database()).windows();
}

std::optional<WindowRow> HallWindows::window(int number)
{
    return QueueStore(m_branch.database()).window(number);
}

int HallWindows::servingCount(const QString &serviceCode, bool openOnly)
{
    int n = 0;
    for (const WindowRow &w : all()) {
        if ((!openOnly || w.open) && w.services.contains(serviceCode)) {
            ++n;
        }
    }
    return n;
}

QString HallWindows::check(const WindowRow &w)
{
    if (w.number < 1 || w.number > 999) {
        return tr("A window number is from 1 to 999.");
    }
    if (w.name.size() > 40) {
        return tr("A window's name has at most 40 characters.");
    }
    if (w.services.isEmpty()) {
        return tr("Window %1 needs at least one service to call.").arg(w.number);
    }
    CatalogueStore catalogue(m_branch.database());
    QSet<QString> seen;
    for (const QString &code : w.services) {
        if (!catalogue.service(code)) {
            return tr("Unknown service: %1 (see 'counterdesk-cli catalogue list').").arg(code);
        }
        if (seen.contains(code)) {
            return tr("Window %1 lists the service %2 twice.").arg(w.number).arg(code);
        }
        seen.insert(code);
    }
    return {};
}

QString HallWindows::set(const WindowRow &w, const QString &actor)
{
    const QString problem = check(w);
    if (!problem.isEmpty()) {
        return problem;
    }
    m_branch.record(
        {actor, QStringLiteral("window.set"), QStringLiteral("window:%1").arg(w.number), toJson(w)},
        [&](AuditEvent &) {
            QueueStore(m_branch.database()).putWindow(w);
        });
    return {};
}

QString HallWindows::setOpen(int number, bool open, const QString &actor)
{
    std::optional<WindowRow> w = window(number);
    if (!w) {
        return tr("There is no window %1.").arg(number);
    }
    w->open = open;
    m_branch.record({actor, open ? QStringLiteral("window.open") : QStringLiteral("window.close"),
                     QStringLiteral("window:%1").arg(number), QJsonObject{}},
                    [&](AuditEvent &) {
                        QueueStore(m_branch.database()).putWindow(*w);
                    });
    return {};
}

QString HallWindows::remove(int number, const QString &actor)
{
    QueueStore store(m_branch.database());
    if (!store.window(number)) {
        return tr("There is no window %1.").arg(number);
    }
    if (const auto current = store.currentAt(number)) {
        return tr("Window %1 is still attending ticket %2; finish it first.")
            .arg(number)
            .arg(current->number);
    }
    m_branch.record({actor, QStringLiteral("window.remove"),
                     QStringLiteral("window:%1").arg(number), QJsonObject{}},
                    [&](AuditEvent &) {
                        store.removeWindow(number);
                    });
    return {};
}

QString HallWindows::replaceAll(const QList<WindowRow> &windows, const QString &actor)
{
    QJsonArray plan;
    QSet<int> numbers;
    for (const WindowRow &w : windows) {
        const QString problem = check(w);
        if (!problem.isEmpty()) {
            return problem;
        }
        if (numbers.contains(w.number)) {
            return tr("Window %1 appears twice.").arg(w.number);
        }
        numbers.insert(w.number);
        plan.append(toJson(w));
    }
    m_branch.record({actor, QStringLiteral("window.plan"), QStringLiteral("windows"),
                     QJsonObject{{QStringLiteral("windows"), plan}}},
                    [&](AuditEvent &) {
                        QueueStore store(m_branch.database());
                        store.removeAllWindows();
                        for (const WindowRow &w : windows) {
                            store.putWindow(w);
                        }
                    });
    return {};
}
