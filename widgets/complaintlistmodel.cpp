#include "complaintlistmodel.h"

#include "feedback/complaintbook.h"
#include "validation/masking.h"

#include <QBrush>
#include <QColor>

ComplaintListModel::ComplaintListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ComplaintListModel::setRows(const QList<ComplaintRow> &rows, QDate today)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
}

bool ComplaintListModel::isOverdue(int r) const
{
    const ComplaintRow &c = m_rows.at(r);
    return c.state == QLatin1String("open") && QDate::fromString(c.dueBy, Qt::ISODate) < m_today;
}

int ComplaintListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComplaintListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const ComplaintRow &c = m_rows.at(index.row());
    if (role == Qt::ForegroundRole) {
        return isOverdue(index.row()) ? QVariant(QBrush(QColor(0xc6, 0x28, 0x28))) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Id:
        return c.id;
    case DueBy:
        return c.dueBy;
    case State:
        if (c.state != QLatin1String("open")) {
            return tr("Answered");
        }
        if (isOverdue(index.row())) {
            return c.escalatedUtc.isEmpty() ? tr("Overdue") : tr("Overdue, escalated");
        }
        return tr("Open");
    case Channel:
        return ComplaintBook::channelName(c.channel);
    case Owner:
        return c.owner;
    case Complainant:
        return c.complainant;
    case Phone:
        return Masking::phone(c.phone);
    case Matter:
        return role == Qt::ToolTipRole ? c.matter : c.matter.simplified().left(40);
    default:
        return {};
    }
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Channel:
        return tr("Channel");
    case Owner:
        return tr("Owner");
    case Complainant:
        return tr("Complainant");
    case Phone:
        return tr("Phone");
    case Matter:
        return tr("Matter");
    default:
        return {};
    }
}
