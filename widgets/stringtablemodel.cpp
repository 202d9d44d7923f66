#include "stringtablemodel.h"

#include <QBrush>

StringTableModel::StringTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StringTableModel::setHeader(const QStringList &header, const QList<bool> &rightAligned)
{
    beginResetModel();
    m_header = header;
    m_right = rightAligned;
    m_rows.clear();
    m_colours.clear();
    endResetModel();
}

void StringTableModel::setRows(const QList<QStringList> &rows, const QList<QColor> &colours)
{
    beginResetModel();
    m_rows = rows;
    m_colours = colours;
    endResetModel();
}

QString StringTableModel::text(int row, int column) const
{
    return m_rows.value(row).value(column);
}

int StringTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StringTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_header.size());
}

QVariant StringTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return m_right.value(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (m_colours.value(index.row()).isValid()) {
            return QBrush(m_colours.value(index.row()));
        }
        return {};
    default:
        return {};
    }
}

QVariant StringTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        return m_header.value(section);
    }
    return {};
}
