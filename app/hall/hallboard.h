#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

// What the hall display shows, without widgets: the windows' current calls, the last calls,
// the waiting count per service and the manager's notice. It is fed the hall API's queue
// snapshot (GET /api/v1/queue) and push events (docs/api.md), whether they come from a hall
// host (RemoteHallFeed) or from the branch file in this process (LocalHallFeed).
class HallBoard : public QObject
{
    Q_OBJECT
public:
    struct Call
    {
        QString number;
        int window = 0;
        QString serviceName;
        QDateTime at;
        bool recall = false;
    };
    struct Waiting
    {
        QString code;
        QString name;
        int count = 0;
    };

    // language: zh_CN, zh_TW or en, for service names.
    explicit HallBoard(const QString &language = QStringLiteral("zh_CN"),
                       QObject *parent = nullptr);

    void setSnapshot(const QJsonObject &queue);
    // A push event; a call (or recall) is added to the last calls and announced.
    void applyEvent(const QJsonObject &event);

    // Tickets called to or served at a window now, the newest call first.
    QList<Call> current() const { return m_current; }
    // The last calls, newest first (at most `recentLimit`).
    QList<Call> recent() const { return m_recent; }
    QList<Waiting> waiting() const { return m_waiting; }
    QString notice() const { return m_notice; }
    qint64 seq() const { return m_seq; }
    static constexpr int recentLimit = 8;

Q_SIGNALS:
    void changed();
    // A new call or a recall: flash it and say it.
    void called(const HallBoard::Call &call);
    // Something changed that the events do not carry: fetch the snapshot again.
    void snapshotWanted();

private:
    QString name(const QJsonValue &name) const;
    void remember(const Call &call);

    QString m_language;
    QList<Call> m_current;
    QList<Call> m_recent;
    QList<Waiting> m_waiting;
    QString m_notice;
    qint64 m_seq = -1;
    bool m_hasSnapshot = false;
};
