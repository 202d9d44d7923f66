#pragma once

#include "knowledge/knowledgehit.h"

#include <QAbstractListModel>
#include <QList>

// The knowledge panel's result list: one row per hit, best first; the question and the answer's
// excerpt also as rich text in which the query's terms are marked.
class KnowledgeHitModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        QuestionHtmlRole = Qt::UserRole + 1, // escaped rich text, the query's terms in bold
        SnippetHtmlRole,                     // the answer's excerpt, likewise
        CodeRole,                            // the entry's stable code
        AnswerRole,                          // the full answer, plain text
    };

    explicit KnowledgeHitModel(QObject *parent = nullptr);

    void setHits(const QList<KnowledgeHit> &hits);
    const QList<KnowledgeHit> &hits() const { return m_hits; }
    const KnowledgeHit *hit(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<KnowledgeHit> m_hits;
};
