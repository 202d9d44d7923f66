#pragma once

#include "hall/counterqueue.h"

#include <memory>

class Branch;
class HallApi;

// The queue of the branch this process has open (the embedded single-PC hall): the same
// actions and snapshot the hall host serves, called directly, by the signed-in clerk.
class LocalCounterQueue : public CounterQueue
{
    Q_OBJECT
public:
    LocalCounterQueue(Branch &branch, int window, const QString &login, QObject *parent = nullptr);
    ~LocalCounterQueue() override;

protected:
    void send(const QString &action, const QJsonObject &body, Answer answer) override;
    void fetch(std::function<void(bool ok, const QJsonObject &snapshot)> answer) override;

private:
    std::unique_ptr<HallApi> m_api;
    QString m_login;
};
