#pragma once

#include <QString>

#include <vector>

class Database;

// One entry of the knowledge base as stored, with the CJK-spaced copies of its texts that the
// app writes into the short-query index (see KnowledgeBase::spacedText).
struct KnowledgeRow
{
    qint64 id = 0;
    QString code;
    QString sector;
    QString question;
    QString answer;
    QString keywords; // space-separated
    QString source;
    QString updatedUtc;
    QString spacedQuestion;
    QString spacedAnswer;
    QString spacedKeywords;
};

// A matching entry, with whether the question itself matched and its bm25 score (lower is
// better, as SQLite reports it).
struct KnowledgeMatch
{
    KnowledgeRow row;
    bool inQuestion = false;
    double score = 0;
};

// The knowledge base of standard answers and its two FTS5 indexes: a trigram index for terms
// of three or more characters and a unicode61 index over CJK-spaced text for shorter ones.
class KnowledgeStore
{
public:
    explicit KnowledgeStore(Database &db)
        : m_db(db)
    {}

    // Deletes every entry and both indexes' contents, then inserts rows (ids are assigned).
    void replaceAll(const std::vector<KnowledgeRow> &rows);

    // match and questionMatch are FTS5 expressions built by the caller from quoted terms only;
    // questionMatch restricts the same terms to the question column and decides the ranking
    // tier. Results: question matches first, then by bm25.
    std::vector<KnowledgeMatch> searchTrigram(const QString &match, const QString &questionMatch,
                                              int limit);
    std::vector<KnowledgeMatch> searchSpaced(const QString &match, const QString &questionMatch,
                                             int limit);
    // The unindexed baseline (a full scan), kept for the benchmark's comparison.
    std::vector<KnowledgeMatch> searchLike(const QString &text, int limit);

    std::vector<KnowledgeRow> all();
    qint64 count();

private:
    Database &m_db;
};
