#pragma once

#include "knowledge/knowledgeentry.h"

#include <QList>
#include <QString>

// One search result for the side panel: the entry, where the query's terms occur in its
// question, and a short excerpt of its answer around the first match.
struct KnowledgeHit
{
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        bool operator==(const Span &) const = default;
    };

    KnowledgeEntry entry;
    bool inQuestion = false; // the question itself matched (ranked above answer-only matches)
    double score = 0;        // bm25 within its tier; lower is better
    QString snippet;         // plain text, "…" where it was cut
    QList<Span> questionSpans;
    QList<Span> snippetSpans;

    // text with every span wrapped in open/close, e.g. "【" and "】" on a terminal.
    static QString marked(const QString &text, const QList<Span> &spans, const QString &open,
                          const QString &close);
    // Escaped rich text for a QLabel, spans in bold.
    static QString html(const QString &text, const QList<Span> &spans);
    // Where any of terms occurs in text (case-insensitive), sorted and merged.
    static QList<Span> find(const QString &text, const QStringList &terms);
};
