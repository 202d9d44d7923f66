#include "hallboard.h"

#include <QJsonArray>

#include <algorithm>

namespace
{
HallBoard::Call callOf(const QJsonObject &ticket)
{
    HallBoard::Call c;
    c.number = ticket.value(QStringLiteral("number")).toString();
    c.window = ticket.value(QStringLiteral("window")).toInt();
    c.serviceName = ticket.value(QStringLiteral("serviceName")).toString();
    c.at = QDateTime::fromString(ticket.value(QStringLiteral("calledAt")).toString(),
                                 Qt::ISODateWithMs);
    c.recall = ticket.value(QStringLiteral("calls")).toInt() > 1;
    return c;
}

bool isCall(const QString &type)
{
    return type == QLatin1String("ticket.call") || type == QLatin1String("ticket.call-specific")
           || type == QLatin1String("ticket.resume") || type == QLatin1String("ticket.recall");
}
} // namespace

HallBoard::HallBoard(const QString &language, QObject *parent)
    : QObject(parent)
    , m_language(language)
{}

QString HallBoard::name(const QJsonValue &name) const
{
    if (name.isString()) {
        return name.toString();
    }
    const QJsonObject o = name.toObject();
    const QString wanted = o.value(m_language).toString();
    return wanted.isEmpty() ? o.value(QStringLiteral("zh_CN")).toString() : wanted;
}

void HallBoard::setSnapshot(const QJsonObject &queue)
{
    // toInteger(), never a cast of toDouble(): a seq beyond qint64 would be undefined behaviour.
    m_seq = std::max(m_seq, queue.value(QStringLiteral("seq")).toInteger());
    m_current.clear();
    for (const QJsonValue &w : queue.value(QStringLiteral("windows")).toArray()) {
        const QJsonObject t = w.toObject().value(QStringLiteral("current")).toObject();
        const QString state = t.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("called") || state == QLatin1String("serving")) {
            m_current.append(callOf(t));
        }
    }
    std::stable_sort(m_current.begin(), m_current.end(), [](const Call &a, const Call &b) {
        return a.at > b.at;
    });
    if (!m_hasSnapshot) {
        // A display switched on mid-day starts with the calls in progress, unannounced.
        m_recent = m_current.mid(0, recentLimit);
        m_hasSnapshot = true;
    }
    m_waiting.clear();
    for (const QJsonValue &v : queue.value(QStringLiteral("services")).toArray()) {
        const QJsonObject s = v.toObject();
        m_waiting.append({s.value(QStringLiteral("code")).toString(),
                          name(s.value(QStringLiteral("name"))),
                          s.value(QStringLiteral("waiting")).toInt()});
    }
    m_notice = queue.value(QStringLiteral("notice")).toString();
    Q_EMIT changed();
}

void HallBoard::applyEvent(const QJsonObject &event)
{
    const qint64 seq = event.value(QStringLiteral("seq")).toInteger();
    if (m_hasSnapshot && seq > 0 && seq <= m_seq) {
        return; // already in the snapshot (or heard twice)
    }
    m_seq = std::max(m_seq, seq);
    const QString type = event.value(QStringLiteral("type")).toString();
    const QJsonObject waiting = event.value(QStringLiteral("waiting")).toObject();
    for (Waiting &w : m_waiting) {
        w.count = waiting.value(w.code).toInt(); // services with none are absent
    }
    if (isCall(type)) {
        const QJsonObject ticket = event.value(QStringLiteral("ticket")).toObject();
        Call c = callOf(ticket);
        if (!c.number.isEmpty() && c.window > 0) {
            c.recall = type == QLatin1String("ticket.recall");
            m_current.erase(std::remove_if(m_current.begin(), m_current.end(),
                                           [&](const Call &x) {
                                               return x.window == c.window || x.number == c.number;
                                           }),
                            m_current.end());
            m_current.prepend(c);
            remember(c);
            Q_EMIT changed();
            Q_EMIT called(c);
        }
    }
    Q_EMIT snapshotWanted();
}

void HallBoard::remember(const Call &call)
{
    m_recent.prepend(call);
    while (m_recent.size() > recentLimit) {
        m_recent.removeLast();
    }
}
