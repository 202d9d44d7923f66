#include "phrasechecker.h"

#include <QSet>

#include <algorithm>

namespace
{
// One unit in, one unit out, so positions in the folded text map straight back.
QChar fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E) { // full-width ASCII forms
        c = QChar(char16_t(u - 0xFEE0));
    }
    return c.toCaseFolded();
}

bool isLineBreak(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\n' || u == u'\r' || u == 0x2028 || u == 0x2029;
}

// Spaces a clerk may type inside a phrase ("我 不知道"); line breaks end it.
bool isSkippable(QChar c)
{
    return c.isSpace() && !isLineBreak(c);
}

QString compact(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isSkippable(c)) {
            out.append(fold(c));
        }
    }
    return out;
}
} // namespace

PhraseChecker::PhraseChecker(const QList<ForbiddenPhrase> &phrases)
{
    QSet<QString> seen;
    for (const ForbiddenPhrase &p : phrases) {
        const QString folded = compact(p.phrase);
        if (folded.isEmpty() || seen.contains(folded)) {
            continue;
        }
        seen.insert(folded);
        m_phrases.append(p);
        m_folded.append(folded);
    }
}

QList<PhraseChecker::Match> PhraseChecker::find(const QString &text) const
{
    if (m_phrases.isEmpty() || text.isEmpty()) {
        return {};
    }
    // The text without skippable spaces, and where each of its units came from.
    QString folded;
    QList<qsizetype> origin;
    folded.reserve(text.size());
    origin.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isSkippable(text.at(i))) {
            folded.append(fold(text.at(i)));
            origin.append(i);
        }
    }

    struct Candidate
    {
        qsizetype start; // in folded
        qsizetype end;
        qsizetype phrase;
    };
    QList<Candidate> candidates;
    for (qsizetype p = 0; p < m_folded.size(); ++p) {
        const QString &needle = m_folded.at(p);
        // Step by one, so a repeated phrase's overlapping occurrences are all candidates.
        for (qsizetype at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
            candidates.append({at, at + needle.size(), p});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.start != b.start) {
            return a.start < b.start;
        }
        if (a.end != b.end) {
            return a.end > b.end;
        }
        return a.phrase < b.phrase;
    });

    QList<Match> matches;
    qsizetype taken = 0; // folded units before this are already part of a match
    for (const Candidate &c : candidates) {
        if (c.start < taken) {
            continue;
        }
        taken = c.end;
        const ForbiddenPhrase &p = m_phrases.at(c.phrase);
        const qsizetype begin = origin.at(c.start);
        const qsizetype end = origin.at(c.end - 1) + 1;
        matches.append({begin, end - begin, p.phrase, p.alternative, p.stage});
    }
    return matches;
}
