#include "rectificationlistmodel.h"

#include "feedback/ratingbook.h"

#include <QBrush>
#include <QColor>

RectificationListModel::RectificationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RectificationListModel::setRows(const QList<Entry> &rows, QDate today)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
}

bool RectificationListModel::isOverdue(int r) const
{
    const RectificationRow &row = m_rows.at(r).rectification;
    return row.state == QLatin1String("open")
           && QDate::fromString(row.dueBy, Qt::ISODate) < m_today;
}

int RectificationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RectificationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RectificationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Entry &e = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return e.rectification.id;
        case DueBy:
            return e.rectification.dueBy;
        case State:
            return e.rectification.state == QLatin1String("open") ? tr("Open") : tr("Closed");
        case Rating:
            return RatingBook::levelName(e.rating.level);
        case Service:
            return e.rating.serviceCode;
        case Clerk:
            return e.rating.clerk;
        case Comment:
            return e.rating.comment;
        case Contact:
            return e.rectification.contact;
        case Outcome:
            return e.rectification.outcome;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && isOverdue(index.row())) {
        return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    return {};
}

QVariant RectificationListModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Id:
        return tr("No.");
    case DueBy:
        return tr("Due by");
    case State:
        return tr("State");
    case Rating:
        return tr("Rating");
    case Service:
        return tr("Service");
    case Clerk:
        return tr("Clerk");
    case Comment:
        return tr("Comment");
    case Contact:
        return tr("Contact with the customer");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}
