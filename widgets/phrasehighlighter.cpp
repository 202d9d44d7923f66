#include "phrasehighlighter.h"

PhraseHighlighter::PhraseHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

void PhraseHighlighter::setChecker(const PhraseChecker &checker)
{
    m_checker = checker;
    rehighlight();
}

QTextCharFormat PhraseHighlighter::flaggedFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(QColor(0xd3, 0x2f, 0x2f));
    // A faint tint as well: a thin wave under CJK text is easy to miss at a busy counter.
    format.setBackground(QColor(0xfd, 0xe7, 0xe9));
    return format;
}

void PhraseHighlighter::highlightBlock(const QString &text)
{
    static const QTextCharFormat flagged = flaggedFormat();
    for (const PhraseChecker::Match &m : m_checker.find(text)) {
        setFormat(static_cast<int>(m.position), static_cast<int>(m.length), flagged);
    }
}
