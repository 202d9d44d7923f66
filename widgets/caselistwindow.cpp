#include "caselistwindow.h"

#include "caselistmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

CaseListWindow::CaseListWindow(Branch &branch, const Catalogue &catalogue, const Session &session,
                               QWidget *parent)
    : QDialog(parent)
    , m_cases(std::make_unique<CaseWorkflow>(branch, catalogue))
    , m_session(session)
{
    setWindowTitle(tr("Case list"));
    resize(900, 520);
    auto *layout = new QVBoxLayout(this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->addItems(
        {tr("My cases (and those I hold as proxy)"), tr("All of the branch's cases")});
    layout->addWidget(m_scope);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("caseView"));
    m_model = new CaseListModel(*m_cases, catalogue, this);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CaseListWindow::reload);
    reload();
}

CaseListWindow::~CaseListWindow() = default;

void CaseListWindow::reload()
{
    m_model->load(m_session, m_scope->currentIndex() == 0 ? CaseWorkflow::Scope::Mine
                                                          : CaseWorkflow::Scope::Branch);
}
