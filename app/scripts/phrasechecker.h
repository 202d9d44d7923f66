#pragma once

#include "catalogue/catalogue.h"

#include <QList>
#include <QString>

// Finds the catalogue's forbidden phrases (服务忌语) in what a clerk types, so that each can be
// flagged and its standard alternative offered. Headless; the editor's highlighter uses it.
class PhraseChecker
{
public:
    struct Match
    {
        qsizetype position = 0; // in the text given to find(), in UTF-16 units
        qsizetype length = 0;   // of the text as typed (may include spaces inside the phrase)
        QString phrase;         // as the catalogue spells it
        LocalizedText alternative;
        QString stage;
    };

    PhraseChecker() = default;
    // A phrase listed twice (e.g. under two stages) counts once: the first listing wins.
    explicit PhraseChecker(const QList<ForbiddenPhrase> &phrases);

    bool isEmpty() const { return m_phrases.isEmpty(); }
    const QList<ForbiddenPhrase> &phrases() const { return m_phrases; }

    // Every occurrence, in text order. Comparison ignores case, full-width/half-width forms
    // (，and ,) and spaces or tabs typed inside a phrase, but never crosses a line break.
    // Occurrences never overlap: where two would, the one that starts first wins, and of two
    // that start together the longer one ("我不知道" over "不知道"), so each can be replaced alone.
    QList<Match> find(const QString &text) const;

private:
    QList<ForbiddenPhrase> m_phrases;
    QList<QString> m_folded; // m_phrases[i] normalised as find() compares it
};
