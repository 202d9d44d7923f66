#pragma once

#include "knowledge/knowledgeentry.h"
#include "knowledge/knowledgehit.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QString>

class Database;

// The knowledge base of standard answers a clerk searches while the customer is still asking.
// Head office ships it whole; search picks the index that suits the query (trigram for terms of
// 3+ characters, CJK-spaced phrases for shorter ones) and ranks question matches first.
class KnowledgeBase
{
    Q_DECLARE_TR_FUNCTIONS(KnowledgeBase)
public:
    static constexpr int MaxLimit = 200;

    explicit KnowledgeBase(Database &db)
        : m_db(db)
    {}

    // Reads {"entries": [...]} (or a bare array). Strict: an unknown field, a missing or empty
    // text, an unknown sector or a repeated code refuses the whole document, and *error names
    // the entry. Returns an empty list then.
    static QList<KnowledgeEntry> fromJson(const QJsonDocument &doc, QString *error);
    static QList<KnowledgeEntry> fromJsonFile(const QString &path, QString *error);
    static QJsonDocument toJson(const QList<KnowledgeEntry> &entries);
    // SHA-256 (hex) of the entries' canonical JSON: names a version in the audit trail.
    static QString digest(const QList<KnowledgeEntry> &entries);

    // Machine names of the sectors, and their names for people.
    static QStringList sectors();
    static QString sectorName(const QString &sector);

    // Replaces every entry and both indexes. Call it inside Branch::record()'s change, so the
    // replacement is audited; it throws DbException when no transaction is open.
    void replaceAll(const QList<KnowledgeEntry> &entries);

    // The best entries for what the clerk typed; all terms must match, and when that finds
    // nothing for several terms, any term. Empty for an empty query. Never throws for any
    // input text (only for a database failure).
    QList<KnowledgeHit> search(const QString &query, int limit = 20);

    qint64 count();
    QList<KnowledgeEntry> entries();

private:
    Database &m_db;
};
