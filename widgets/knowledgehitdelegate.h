#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

// Draws a knowledge-base hit as two wrapped rich-text lines: the question, and under it the
// answer's excerpt in smaller, quieter type, the query's terms in bold in both.
class KnowledgeHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int Padding = 6;
    // The document for one row, laid out for the view's current width.
    void layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index,
                bool selected) const;
};
