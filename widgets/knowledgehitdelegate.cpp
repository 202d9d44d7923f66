#include "knowledgehitdelegate.h"

#include "knowledge/knowledgehitmodel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>
#include <QtMath>

void KnowledgeHitDelegate::layout(QTextDocument &doc, const QStyleOptionViewItem &option,
                                  const QModelIndex &index, bool selected) const
{
    const QPalette &pal = option.palette;
    const QColor quiet =
        selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::PlaceholderText);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(option.font);
    doc.setHtml(QLatin1String("<div>") + index.data(KnowledgeHitModel::QuestionHtmlRole).toString()
                + QLatin1String("</div><div style=\"font-size:small; color:") + quiet.name()
                + QLatin1String(";\">") + index.data(KnowledgeHitModel::SnippetHtmlRole).toString()
                + QLatin1String("</div>"));
    // Wrap to the view, not to the longest line: rows grow downwards on a narrow side panel.
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
        width = view->viewport()->width();
    }
    doc.setTextWidth(qMax(80, width - 2 * Padding));
}

void KnowledgeHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    // The style draws the background, selection and focus; the text is ours.
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    layout(doc, opt, index, selected);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(
        QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(Padding, Padding));
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize KnowledgeHitDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument doc;
    layout(doc, opt, index, false);
    return QSize(qCeil(doc.idealWidth()) + 2 * Padding, qCeil(doc.size().height()) + 2 * Padding);
}
