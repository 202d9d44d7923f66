#pragma once

#include "cases/caseworkflow.h"

#include <QAbstractTableModel>

// The cases a clerk follows after the counter, as a table: number, service, state, owner, due
// date; rows due soon are amber and overdue ones red.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, ServiceColumn, StateColumn, OwnerColumn, DueColumn, ColumnCount };

    CaseListModel(CaseWorkflow &cases, const Catalogue &catalogue, QObject *parent = nullptr);

    void load(const Session &session, CaseWorkflow::Scope scope);
    const CaseRow &caseAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stateName(const QString &state);

private:
    CaseWorkflow &m_cases;
    const Catalogue &m_catalogue;
    QList<CaseRow> m_rows;
    QList<CaseWorkflow::Urgency> m_urgency;
};
