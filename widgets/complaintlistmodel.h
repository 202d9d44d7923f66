#pragma once

#include "feedbackstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// Complaints as the manager's list shows them: due date, state, channel, owner, complainant,
// the phone masked, the matter. Overdue ones are red.
class ComplaintListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, DueBy, State, Channel, Owner, Complainant, Phone, Matter, ColumnCount };

    explicit ComplaintListModel(QObject *parent = nullptr);

    void setRows(const QList<ComplaintRow> &rows, QDate today);
    const ComplaintRow &row(int r) const { return m_rows.at(r); }
    bool isOverdue(int r) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ComplaintRow> m_rows;
    QDate m_today;
};
