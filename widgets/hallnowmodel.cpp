#include "hallnowmodel.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>

HallNowModel::HallNowModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HallNowModel::setSnapshot(const QJsonObject &snapshot, const QDateTime &nowUtc)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &v : snapshot.value(QStringLiteral("windows")).toArray()) {
        const QJsonObject w = v.toObject();
        Row row;
        row.number = w.value(QStringLiteral("number")).toInt();
        row.name = w.value(QStringLiteral("name")).toString();
        row.open = w.value(QStringLiteral("open")).toBool(true);
        row.pausedReason = w.value(QStringLiteral("pausedReason")).toString();
        const QJsonObject current = w.value(QStringLiteral("current")).toObject();
        row.ticket = current.value(QStringLiteral("number")).toString();
        row.ticketState = current.value(QStringLiteral("state")).toString();
        const QString since =
            !row.ticket.isEmpty()
                ? current.value(QStringLiteral("calledAt")).toString()
                : (!row.open ? w.value(QStringLiteral("closedAt")).toString() : QString());
        const QDateTime at = QDateTime::fromString(since, Qt::ISODateWithMs);
        row.minutes = at.isValid() ? at.secsTo(nowUtc) / 60 : -1;
        m_rows.append(row);
    }
    endResetModel();
}

QString HallNowModel::stateText(int r) const
{
    const Row &row = m_rows.at(r);
    if (!row.ticket.isEmpty()) {
        return row.ticketState == QLatin1String("serving") ? tr("Serving") : tr("Calling");
    }
    if (!row.open) {
        return row.pausedReason.isEmpty() ? tr("Closed") : tr("Paused: %1").arg(row.pausedReason);
    }
    return tr("Free");
}

int HallNowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HallNowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HallNowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Window:
            return row.number;
        case Name:
            return row.name;
        case State:
            return stateText(index.row());
        case Ticket:
            return row.ticket;
        case Minutes:
            return row.minutes >= 0 ? QVariant(row.minutes) : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State && !row.open) {
        return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    return {};
}

QVariant HallNowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Window:
        return tr("Window");
    case Name:
        return tr("Line of business");
    case State:
        return tr("State");
    case Ticket:
        return tr("Ticket");
    case Minutes:
        return tr("Minutes");
    default:
        return {};
    }
}
