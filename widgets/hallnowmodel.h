#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

// The hall's windows as the manager's console shows them, from the queue snapshot
// (HallApi::queueSnapshot): what each is doing — serving or calling a ticket since when,
// paused with the reason, closed, or open and free.
class HallNowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Window, Name, State, Ticket, Minutes, ColumnCount };

    explicit HallNowModel(QObject *parent = nullptr);

    void setSnapshot(const QJsonObject &snapshot, const QDateTime &nowUtc);
    // The window's state in words, as the State column shows it.
    QString stateText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int number = 0;
        QString name;
        bool open = true;
        QString pausedReason;
        QString ticket;
        QString ticketState;
        qint64 minutes = -1; // since the call, or since the window closed
    };
    QList<Row> m_rows;
};
