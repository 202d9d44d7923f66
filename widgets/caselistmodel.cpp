#include "caselistmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

CaseListModel::CaseListModel(CaseWorkflow &cases, const Catalogue &catalogue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cases(cases)
    , m_catalogue(catalogue)
{}

void CaseListModel::load(const Session &session, CaseWorkflow::Scope scope)
{
    beginResetModel();
    m_rows = m_cases.list(session, scope);
    m_urgency.clear();
    for (const CaseRow &r : m_rows) {
        m_urgency << m_cases.urgency(r);
    }
    endResetModel();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseListModel::stateName(const QString &state)
{
    static const QMap<QString, const char *> names{
        {QStringLiteral("open"), QT_TR_NOOP("being served")},
        {QStringLiteral("awaiting_documents"), QT_TR_NOOP("waiting for documents")},
        {QStringLiteral("accepted"), QT_TR_NOOP("accepted")},
        {QStringLiteral("processing"), QT_TR_NOOP("processing")},
        {QStringLiteral("extended"), QT_TR_NOOP("extended")},
        {QStringLiteral("suspended"), QT_TR_NOOP("suspended")},
        {QStringLiteral("ready"), QT_TR_NOOP("ready to collect")},
        {QStringLiteral("collected"), QT_TR_NOOP("collected")},
        {QStringLiteral("closed"), QT_TR_NOOP("closed")},
        {QStringLiteral("refused"), QT_TR_NOOP("refused")},
        {QStringLiteral("referred"), QT_TR_NOOP("referred")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("cancelled")},
    };
    const auto it = names.find(state);
    return it == names.end() ? state : tr(it.value());
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const CaseRow &r = m_rows.at(index.row());
    const CaseWorkflow::Urgency urgency = m_urgency.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return !r.caseNumber.isEmpty()     ? r.caseNumber
                   : !r.noticeNumber.isEmpty() ? r.noticeNumber
                                               : QString::number(r.id);
        case ServiceColumn: {
            const ::Service *s = m_catalogue.service(r.serviceCode);
            const QString lang = LocalizedText::screenLanguage();
            return s ? s->name.text(lang) : r.serviceCode;
        }
        case StateColumn:
            return stateName(r.state);
        case OwnerColumn:
            return r.owner;
        case DueColumn:
            if (r.dueDate.isEmpty()) {
                return QString();
            }
            return urgency == CaseWorkflow::Urgency::Overdue
                       ? tr("%1 (overdue)").arg(r.dueDate)
                       : (urgency == CaseWorkflow::Urgency::DueSoon
                              ? tr("%1 (due soon)").arg(r.dueDate)
                              : r.dueDate);
        }
    }
    if (role == Qt::BackgroundRole) {
        if (urgency == CaseWorkflow::Urgency::Overdue) {
            return QBrush(QColor(0xff, 0xcd, 0xd2));
        }
        if (urgency == CaseWorkflow::Urgency::DueSoon) {
            return QBrush(QColor(0xff, 0xec, 0xb3));
        }
    }
    if (role == Qt::UserRole) {
        return r.id;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case ServiceColumn:
        return tr("Service");
    case StateColumn:
        return tr("State");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    }
    return {};
}
