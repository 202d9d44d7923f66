#include "knowledgehitmodel.h"

KnowledgeHitModel::KnowledgeHitModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void KnowledgeHitModel::setHits(const QList<KnowledgeHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

const KnowledgeHit *KnowledgeHitModel::hit(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.parent().isValid()
        || index.row() >= m_hits.size()) {
        return nullptr;
    }
    return &m_hits.at(index.row());
}

int KnowledgeHitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant KnowledgeHitModel::data(const QModelIndex &index, int role) const
{
    const KnowledgeHit *h = hit(index);
    if (!h) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return h->entry.question;
    case QuestionHtmlRole:
        return KnowledgeHit::html(h->entry.question, h->questionSpans);
    case SnippetHtmlRole:
        return KnowledgeHit::html(h->snippet, h->snippetSpans);
    case CodeRole:
        return h->entry.code;
    case AnswerRole:
        return h->entry.answer;
    default:
        return {};
    }
}

QHash<int, QByteArray> KnowledgeHitModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(QuestionHtmlRole, QByteArrayLiteral("questionHtml"));
    names.insert(SnippetHtmlRole, QByteArrayLiteral("snippetHtml"));
    names.insert(CodeRole, QByteArrayLiteral("code"));
    names.insert(AnswerRole, QByteArrayLiteral("answer"));
    return names;
}
