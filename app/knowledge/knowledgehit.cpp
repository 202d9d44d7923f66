#include "knowledgehit.h"

#include <algorithm>

QString KnowledgeHit::marked(const QString &text, const QList<Span> &spans, const QString &open,
                             const QString &close)
{
    QString result;
    qsizetype at = 0;
    for (const Span &s : spans) {
        result += text.mid(at, s.start - at) + open + text.mid(s.start, s.length) + close;
        at = s.start + s.length;
    }
    return result + text.mid(at);
}

QString KnowledgeHit::html(const QString &text, const QList<Span> &spans)
{
    QString result;
    qsizetype at = 0;
    for (const Span &s : spans) {
        result += text.mid(at, s.start - at).toHtmlEscaped() + QLatin1String("<b>")
                  + text.mid(s.start, s.length).toHtmlEscaped() + QLatin1String("</b>");
        at = s.start + s.length;
    }
    return result + text.mid(at).toHtmlEscaped();
}

QList<KnowledgeHit::Span> KnowledgeHit::find(const QString &text, const QStringList &terms)
{
    QList<Span> found;
    for (const QString &term : terms) {
        if (term.isEmpty()) {
            continue;
        }
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive)) {
            found.append({at, term.size()});
        }
    }
    std::sort(found.begin(), found.end(), [](const Span &a, const Span &b) {
        return a.start < b.start;
    });
    QList<Span> merged;
    for (const Span &s : found) {
        if (!merged.isEmpty() && s.start <= merged.last().start + merged.last().length) {
            Span &last = merged.last();
            last.length = std::max(last.start + last.length, s.start + s.length) - last.start;
        } else {
            merged.append(s);
        }
    }
    return merged;
}
