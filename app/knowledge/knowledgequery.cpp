#include "knowledgequery.h"

#include <QChar>

namespace
{
// Scripts written without spaces between words.
bool isSpacedCharacter(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
    case QChar::Script_Yi:
        return true;
    default:
        return false;
    }
}

bool isTermCharacter(char32_t c, bool inTerm)
{
    // Combining marks continue a term but never start one.
    return QChar::isLetterOrNumber(c) || (inTerm && QChar::isMark(c));
}

QString quoted(const QString &text)
{
    // Terms hold letters and digits only; doubling quotes keeps that safe even if it changes.
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
} // namespace

KnowledgeQuery::KnowledgeQuery(const QString &text, Split split)
{
    // NFKC folds full-width letters and digits (ＡＴＭ, ９５５９８) and full-width spaces to
    // the forms the entries are written in.
    const QList<uint> input = text.normalized(QString::NormalizationForm_KC).toUcs4();
    const qsizetype kept = std::min<qsizetype>(input.size(), MaxCharacters);
    QString term;
    int length = 0;
    bool anyShort = false;
    auto flush = [&] {
        if (!term.isEmpty() && m_terms.size() < MaxTerms
            && !m_terms.contains(term, Qt::CaseInsensitive)) {
            m_terms.append(term);
            anyShort = anyShort || length < 3;
        }
        term.clear();
        length = 0;
    };
    bool termSpaced = false;
    for (qsizetype i = 0; i < kept; ++i) {
        const auto c = static_cast<char32_t>(input.at(i));
        if (!isTermCharacter(c, !term.isEmpty())) {
            flush();
            continue;
        }
        const bool spaced = isSpacedCharacter(c);
        if (split == Split::Scripts && !term.isEmpty() && spaced != termSpaced
            && !QChar::isMark(c)) {
            flush();
        }
        if (term.isEmpty()) {
            termSpaced = spaced;
        }
        term += QString::fromUcs4(&c, 1);
        ++length;
    }
    flush();
    if (!m_terms.isEmpty()) {
        m_index = anyShort ? Index::Spaced : Index::Trigram;
    }
}

QString KnowledgeQuery::phrase(const QString &term) const
{
    if (m_index == Index::Trigram) {
        return quoted(term);
    }
    // A trailing run of Latin letters or digits is one unicode61 token: match it as a prefix,
    // so "95" finds 95598 while the clerk is still typing.
    const bool latinTail = !isSpacedCharacter(term.toUcs4().constLast());
    return quoted(spacedText(term).trimmed()) + (latinTail ? QLatin1String(" *") : QLatin1String());
}

QString KnowledgeQuery::match(Operator op) const
{
    QStringList phrases;
    for (const QString &term : m_terms) {
        phrases.append(phrase(term));
    }
    return phrases.join(op == Operator::And ? QLatin1String(" AND ") : QLatin1String(" OR "));
}

QString KnowledgeQuery::questionMatch(Operator op) const
{
    return QLatin1String("question : (") + match(op) + QLatin1Char(')');
}

QString KnowledgeQuery::spacedText(const QString &text)
{
    QString result;
    result.reserve(text.size() * 2);
    bool lastSpaced = false;
    for (const char32_t c : text.normalized(QString::NormalizationForm_KC).toUcs4()) {
        const bool spaced = isSpacedCharacter(c);
        if ((spaced || lastSpaced) && !result.isEmpty() && !result.endsWith(QLatin1Char(' '))) {
            result += QLatin1Char(' ');
        }
        result += QString::fromUcs4(&c, 1);
        lastSpaced = spaced;
    }
    return result;
}
