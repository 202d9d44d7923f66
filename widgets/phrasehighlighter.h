#pragma once

#include "scripts/phrasechecker.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Underlines forbidden phrases (服务忌语) in a text document with a red wavy line, as a spelling
// checker would, one paragraph at a time.
class PhraseHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit PhraseHighlighter(QTextDocument *document);

    void setChecker(const PhraseChecker &checker);
    const PhraseChecker &checker() const { return m_checker; }
    // The format of a flagged phrase (tests and the editor's legend use it).
    static QTextCharFormat flaggedFormat();

protected:
    void highlightBlock(const QString &text) override;

private:
    PhraseChecker m_checker;
};
