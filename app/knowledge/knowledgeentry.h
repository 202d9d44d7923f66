#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// One approved question and its standard answer, as head office ships it (seed 001: answer
// "按照问题答案标准答复"; seed 004: staff look the answer up in a knowledge base).
struct KnowledgeEntry
{
    QString code;         // stable across versions, e.g. "KB-INS-002"
    QString sector;       // one of KnowledgeBase::sectors()
    QString question;     // as a customer asks it
    QString answer;       // as a clerk reads it aloud
    QStringList keywords; // single words that help to find it
    QString source;       // the rule or document it is drawn from
    QDateTime updated;    // UTC

    bool operator==(const KnowledgeEntry &) const = default;
};
