#include "counterqueue.h"

#include <QJsonArray>
#include <QMap>
#include <QPointer>

CounterView CounterView::fromSnapshot(const QJsonObject &snapshot, int window)
{
    CounterView view;
    for (const QJsonValue &v : snapshot.value(QStringLiteral("windows")).toArray()) {
        const QJsonObject w = v.toObject();
        if (w.value(QStringLiteral("number")).toInt() != window) {
            continue;
        }
        view.known = true;
        view.open = w.value(QStringLiteral("open")).toBool(true);
        for (const QJsonValue &s : w.value(QStringLiteral("services")).toArray()) {
            view.services.append(s.toString());
        }
        const QJsonObject current = w.value(QStringLiteral("current")).toObject();
        view.currentNumber = current.value(QStringLiteral("number")).toString();
        view.currentService = current.value(QStringLiteral("service")).toString();
        view.currentState = current.value(QStringLiteral("state")).toString();
    }
    QMap<QString, CounterView::Line> lines;
    for (const QJsonValue &v : snapshot.value(QStringLiteral("waiting")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString code = t.value(QStringLiteral("service")).toString();
        // A ticket transferred to another window only is not this window's to call.
        const int target = t.value(QStringLiteral("targetWindow")).toInt();
        if (!view.services.contains(code) || (target != 0 && target != window)) {
            continue;
        }
        Line &line = lines[code];
        line.serviceCode = code;
        line.serviceName = t.value(QStringLiteral("serviceName")).toString();
        line.waiting += 1;
        line.longestSeconds =
            std::max(line.longestSeconds, t.value(QStringLiteral("waitedSeconds")).toInteger());
    }
    for (const QString &code : view.services) {
        if (lines.contains(code)) {
            view.lines.append(lines.value(code));
            view.waiting += lines.value(code).waiting;
            view.longestSeconds = std::max(view.longestSeconds, lines.value(code).longestSeconds);
        }
    }
    return view;
}

CounterQueue::CounterQueue(int window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{}

void CounterQueue::act(const QString &action, const QJsonObject &body)
{
    QPointer<CounterQueue> self(this);
    send(action, body,
         [self, this, action](int status, const QJsonObject &json, const QString &error) {
             if (!self) {
                 return;
             }
             Outcome outcome;
             outcome.action = action;
             outcome.status = status;
             outcome.message = json.value(QStringLiteral("message")).toString(error);
             if (outcome.ok() && !outcome.empty()) {
                 outcome.ticket = json;
                 outcome.ticket.remove(QStringLiteral("message"));
             }
             Q_EMIT done(outcome);
             refresh();
         });
}

void CounterQueue::refresh()
{
    // One read at a time; a change during it asks for one more.
    if (m_fetching) {
        m_again = true;
        return;
    }
    m_fetching = true;
    QPointer<CounterQueue> self(this);
    fetch([self, this](bool ok, const QJsonObject &snapshot) {
        if (!self) {
            return;
        }
        m_fetching = false;
        if (ok) {
            m_view = CounterView::fromSnapshot(snapshot, m_window);
            Q_EMIT viewChanged();
        }
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
}
