#pragma once

#include "staff/session.h"

#include <QDialog>

#include <memory>

class Branch;
class Catalogue;
class CaseListModel;
class CaseWorkflow;
class QComboBox;
class QTableView;

// Cases > Case list: my cases (and those I hold as proxy) or the whole branch's.
class CaseListWindow : public QDialog
{
    Q_OBJECT
public:
    CaseListWindow(Branch &branch, const Catalogue &catalogue, const Session &session,
                   QWidget *parent = nullptr);
    ~CaseListWindow() override;

    CaseListModel *model() const { return m_model; }

public Q_SLOTS:
    void reload();

private:
    std::unique_ptr<CaseWorkflow> m_cases;
    Session m_session;
    CaseListModel *m_model = nullptr;
    QComboBox *m_scope = nullptr;
    QTableView *m_view = nullptr;
};
