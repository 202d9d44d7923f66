#pragma once

#include "feedbackstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// Rectifications (整改) of bad ratings as the manager's console lists them: due date, state,
// the rating and its comment, the service and clerk concerned, the contact with the customer
// and the outcome. Overdue ones are red.
class RectificationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        DueBy,
        State,
        Rating,
        Service,
        Clerk,
        Comment,
        Contact,
        Outcome,
        ColumnCount
    };

    struct Entry
    {
        RectificationRow rectification;
        RatingRow rating;
    };

    explicit RectificationListModel(QObject *parent = nullptr);

    void setRows(const QList<Entry> &rows, QDate today);
    const Entry &entry(int r) const { return m_rows.at(r); }
    bool isOverdue(int r) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_rows;
    QDate m_today;
};
