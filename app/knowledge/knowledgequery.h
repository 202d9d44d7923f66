#pragma once

#include <QString>
#include <QStringList>

// A clerk's search text turned into FTS5 expressions. The text is split into terms of letters
// and digits only, and every term reaches FTS5 as a quoted phrase, so no input (quotes, '*',
// AND/OR/NOT/NEAR, 'column:', parentheses) is ever read as FTS5 syntax.
class KnowledgeQuery
{
public:
    enum class Index {
        None,    // nothing to search for
        Trigram, // every term has 3+ characters: substring search in the trigram index
        Spaced,  // some term is shorter: phrase search in the CJK-spaced unicode61 index
    };
    enum class Operator { And, Or };
    enum class Split {
        Words,   // at spaces and punctuation: "10个工作日" stays one term
        Scripts, // also between Chinese and Latin letters or digits: "95598报修" is two
    };

    static constexpr int MaxCharacters = 64; // of the input; a question is never longer
    static constexpr int MaxTerms = 8;

    explicit KnowledgeQuery(const QString &text, Split split = Split::Words);

    const QStringList &terms() const { return m_terms; }
    Index index() const { return m_index; }
    bool isEmpty() const { return m_terms.isEmpty(); }

    // The expression for the chosen index, over all columns or only the question.
    QString match(Operator op) const;
    QString questionMatch(Operator op) const;

    // text (NFKC) with a space on each side of every CJK character, which is how the short-query
    // index holds it: unicode61 would otherwise read a whole run of Chinese as one token.
    static QString spacedText(const QString &text);

private:
    QString phrase(const QString &term) const;

    QStringList m_terms;
    Index m_index = Index::None;
};
