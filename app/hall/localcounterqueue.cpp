#include "localcounterqueue.h"

#include "hall/hallapi.h"

#include <QJsonDocument>

LocalCounterQueue::LocalCounterQueue(Branch &branch, int window, const QString &login,
                                     QObject *parent)
    : CounterQueue(window, parent)
    , m_api(std::make_unique<HallApi>(branch))
    , m_login(login)
{}

LocalCounterQueue::~LocalCounterQueue() = default;

void LocalCounterQueue::send(const QString &action, const QJsonObject &body, Answer answer)
{
    const HallResponse r = m_api->act(window(), action, body, m_login);
    answer(r.status, QJsonDocument::fromJson(r.body).object(), QString());
}

void LocalCounterQueue::fetch(std::function<void(bool, const QJsonObject &)> answer)
{
    m_api->invalidateCatalogue(); // names follow a catalogue imported meanwhile
    answer(true, m_api->queueSnapshot());
}
