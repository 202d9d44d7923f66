#include "knowledgestore.h"

#include "database.h"

namespace
{
KnowledgeRow readRow(const Statement &s)
{
    KnowledgeRow row;
    row.id = s.int64(0);
    row.code = s.text(1);
    row.sector = s.text(2);
    row.question = s.text(3);
    row.answer = s.text(4);
    row.keywords = s.text(5);
    row.source = s.text(6);
    row.updatedUtc = s.text(7);
    return row;
}

std::vector<KnowledgeMatch> runSearch(Statement &s)
{
    std::vector<KnowledgeMatch> result;
    while (s.step()) {
        KnowledgeMatch m;
        m.row = readRow(s);
        m.inQuestion = s.int64(8) != 0;
        m.score = s.real(9);
        result.push_back(std::move(m));
    }
    return result;
}

// The ranking runs over rowids and scores only; the texts are read for the few rows kept, not
// for every match (a one-character query can match most of the knowledge base). Within a tier
// the weights favour the question, then the keywords, over the answer. fts is one of our two
// table names, never user input.
QByteArray searchSql(const char *fts)
{
    return QByteArray("SELECT e.id, e.code, e.sector, e.question, e.answer, e.keywords, e.source, "
                      "e.updated_utc, m.in_question, m.score FROM ("
                      "SELECT rowid AS id, rowid IN (SELECT rowid FROM $fts WHERE $fts MATCH ?2) "
                      "AS in_question, bm25($fts, 10.0, 1.0, 5.0) AS score FROM $fts "
                      "WHERE $fts MATCH ?1 ORDER BY in_question DESC, score, rowid LIMIT ?3) AS m "
                      "JOIN knowledge_entry AS e ON e.id = m.id ORDER BY m.in_question DESC, "
                      "m.score, e.id")
        .replace("$fts", fts);
}
} // namespace

void KnowledgeStore::replaceAll(const std::vector<KnowledgeRow> &rows)
{
    m_db.transaction([&] {
        // 'delete-all' empties an external-content or contentless index without reading it.
        m_db.exec("INSERT INTO knowledge_trigram (knowledge_trigram) VALUES ('delete-all')");
        m_db.exec("INSERT INTO knowledge_spaced (knowledge_spaced) VALUES ('delete-all')");
        m_db.exec("DELETE FROM knowledge_entry");
        Statement entry = m_db.prepare(
            "INSERT INTO knowledge_entry (code, sector, question, answer, keywords, source, "
            "updated_utc) VALUES (?,?,?,?,?,?,?) RETURNING id");
        Statement trigram = m_db.prepare("INSERT INTO knowledge_trigram (rowid, question, answer, "
                                         "keywords) VALUES (?,?,?,?)");
        Statement spaced = m_db.prepare("INSERT INTO knowledge_spaced (rowid, question, answer, "
                                        "keywords) VALUES (?,?,?,?)");
        for (const KnowledgeRow &row : rows) {
            entry.bind(1, row.code)
                .bind(2, row.sector)
                .bind(3, row.question)
                .bind(4, row.answer)
                .bind(5, row.keywords)
                .bind(6, row.source)
                .bind(7, row.updatedUtc);
            entry.step();
            const qint64 id = entry.int64(0);
            entry.run();
            entry.reset();
            trigram.bind(1, id).bind(2, row.question).bind(3, row.answer).bind(4, row.keywords);
            trigram.run();
            trigram.reset();
            spaced.bind(1, id)
                .bind(2, row.spacedQuestion)
                .bind(3, row.spacedAnswer)
                .bind(4, row.spacedKeywords);
            spaced.run();
            spaced.reset();
        }
    });
}

std::vector<KnowledgeMatch> KnowledgeStore::searchTrigram(const QString &match,
                                                          const QString &questionMatch, int limit)
{
    Statement s = m_db.prepare(searchSql("knowledge_trigram").constData());
    s.bind(1, match).bind(2, questionMatch).bind(3, limit);
    return runSearch(s);
}

std::vector<KnowledgeMatch> KnowledgeStore::searchSpaced(const QString &match,
                                                         const QString &questionMatch, int limit)
{
    Statement s = m_db.prepare(searchSql("knowledge_spaced").constData());
    s.bind(1, match).bind(2, questionMatch).bind(3, limit);
    return runSearch(s);
}

std::vector<KnowledgeMatch> KnowledgeStore::searchLike(const QString &text, int limit)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    Statement s =
        m_db.prepare("SELECT e.id, e.code, e.sector, e.question, e.answer, e.keywords, e.source, "
                     "e.updated_utc, e.question LIKE ?1 ESCAPE '\\', 0 FROM knowledge_entry AS e "
                     "WHERE e.question LIKE ?1 ESCAPE '\\' OR e.answer LIKE ?1 ESCAPE '\\' "
                     "OR e.keywords LIKE ?1 ESCAPE '\\' LIMIT ?2");
    s.bind(1, pattern).bind(2, limit);
    return runSearch(s);
}

std::vector<KnowledgeRow> KnowledgeStore::all()
{
    std::vector<KnowledgeRow> result;
    Statement s = m_db.prepare("SELECT e.id, e.code, e.sector, e.question, e.answer, e.keywords, "
                               "e.source, e.updated_utc FROM knowledge_entry AS e ORDER BY e.id");
    while (s.step()) {
        result.push_back(readRow(s));
    }
    return result;
}

qint64 KnowledgeStore::count()
{
    return m_db.queryInt("SELECT count(*) FROM knowledge_entry");
}
