#include "knowledgebase.h"

#include "core/clock.h"
#include "database.h"
#include "knowledge/knowledgequery.h"
#include "knowledgestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace
{
constexpr qsizetype MaxQuestion = 500;
constexpr qsizetype MaxAnswer = 5000;
constexpr qsizetype SnippetLength = 60; // characters of the answer shown under the question
constexpr qsizetype SnippetLead = 12;   // of them, before the first match

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

KnowledgeEntry toEntry(const KnowledgeRow &row)
{
    return {row.code,
            row.sector,
            row.question,
            row.answer,
            row.keywords.split(QLatin1Char(' '), Qt::SkipEmptyParts),
            row.source,
            QDateTime::fromString(row.updatedUtc, Qt::ISODate)};
}

// Moves a cut off the second half of a surrogate pair.
qsizetype cutAt(const QString &text, qsizetype at)
{
    if (at > 0 && at < text.size() && text.at(at).isLowSurrogate()) {
        return at - 1;
    }
    return at;
}

void makeSnippet(KnowledgeHit &hit, const QStringList &terms)
{
    const QString &answer = hit.entry.answer;
    const QList<KnowledgeHit::Span> inAnswer = KnowledgeHit::find(answer, terms);
    qsizetype start = 0;
    if (!inAnswer.isEmpty() && answer.size() > SnippetLength) {
        const qsizetype first = inAnswer.first().start;
        start = std::clamp<qsizetype>(first - SnippetLead, 0, answer.size() - SnippetLength);
        // Rather begin at a clause than in the middle of a word.
        for (qsizetype i = first - 1; i >= start && i > 0; --i) {
            if (answer.at(i).isPunct() || answer.at(i).isSpace()) {
                start = i + 1;
                break;
            }
        }
    }
    start = cutAt(answer, start);
    const qsizetype end = cutAt(answer, std::min(answer.size(), start + SnippetLength));
    const QString lead = start > 0 ? QStringLiteral("…") : QString();
    hit.snippet = lead + answer.mid(start, end - start)
                  + (end < answer.size() ? QStringLiteral("…") : QString());
    for (const KnowledgeHit::Span &s : inAnswer) {
        if (s.start >= start && s.start + s.length <= end) {
            hit.snippetSpans.append({s.start - start + lead.size(), s.length});
        }
    }
    hit.questionSpans = KnowledgeHit::find(hit.entry.question, terms);
}
} // namespace

QStringList KnowledgeBase::sectors()
{
    return {QStringLiteral("general"), QStringLiteral("bank"),  QStringLiteral("insurance"),
            QStringLiteral("power"),   QStringLiteral("water"), QStringLiteral("government")};
}

QString KnowledgeBase::sectorName(const QString &sector)
{
    if (sector == QLatin1String("general")) {
        return tr("General");
    }
    if (sector == QLatin1String("bank")) {
        return tr("Bank");
    }
    if (sector == QLatin1String("insurance")) {
        return tr("Insurance");
    }
    if (sector == QLatin1String("power")) {
        return tr("Power supply");
    }
    if (sector == QLatin1String("water")) {
        return tr("Water supply");
    }
    if (sector == QLatin1String("government")) {
        return tr("Government service hall");
    }
    return sector;
}

QList<KnowledgeEntry> KnowledgeBase::fromJson(const QJsonDocument &doc, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error) {
            *error = message;
        }
        return QList<KnowledgeEntry>();
    };
    QJsonArray array;
    if (doc.isArray()) {
        array = doc.array();
    } else if (doc.isObject() && doc.object().value(QLatin1String("entries")).isArray()) {
        array = doc.object().value(QLatin1String("entries")).toArray();
    } else {
        return fail(tr("A knowledge base is a JSON object with an \"entries\" array."));
    }

    static const QRegularExpression space(QStringLiteral("\\s"));
    static const QRegularExpression codePattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$"));
    static const QSet<QString> known = {QStringLiteral("code"),     QStringLiteral("sector"),
                                        QStringLiteral("question"), QStringLiteral("answer"),
                                        QStringLiteral("keywords"), QStringLiteral("source"),
                                        QStringLiteral("updated")};
    const QStringList sectorList = sectors();
    QList<KnowledgeEntry> result;
    QSet<QString> codes;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const qsizetype number = i + 1;
        if (!array.at(i).isObject()) {
            return fail(tr("Knowledge entry %1 is not a JSON object.").arg(number));
        }
        const QJsonObject o = array.at(i).toObject();
        KnowledgeEntry e;
        e.code = o.value(QLatin1String("code")).toString();
        if (!codePattern.match(e.code).hasMatch()) {
            return fail(tr("Knowledge entry %1: the code is missing or not 1 to 40 letters, "
                           "digits, '.', '_' or '-'.")
                            .arg(number));
        }
        // Every later message names the entry by its number and its code.
        const QString name = tr("Knowledge entry %1 (%2)").arg(number).arg(e.code);
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key())) {
                return fail(tr("%1: unknown field \"%2\".").arg(name, it.key()));
            }
        }
        if (codes.contains(e.code)) {
            return fail(tr("%1: the code is used by an earlier entry too.").arg(name));
        }
        codes.insert(e.code);

        e.sector = o.value(QLatin1String("sector")).toString();
        if (!sectorList.contains(e.sector)) {
            return fail(tr("%1: unknown sector \"%2\" (expected one of: %3).")
                            .arg(name, e.sector, sectorList.join(QLatin1String(", "))));
        }
        const QJsonValue question = o.value(QLatin1String("question"));
        e.question = question.toString().trimmed();
        if (!question.isString() || e.question.isEmpty() || e.question.size() > MaxQuestion) {
            return fail(tr("%1: the question must be text of 1 to %2 characters.")
                            .arg(name)
                            .arg(MaxQuestion));
        }
        const QJsonValue answer = o.value(QLatin1String("answer"));
        e.answer = answer.toString().trimmed();
        if (!answer.isString() || e.answer.isEmpty() || e.answer.size() > MaxAnswer) {
            return fail(
                tr("%1: the answer must be text of 1 to %2 characters.").arg(name).arg(MaxAnswer));
        }
        const QJsonValue keywords = o.value(QLatin1String("keywords"));
        if (!keywords.isUndefined() && !keywords.isArray()) {
            return fail(tr("%1: keywords must be a list of single words.").arg(name));
        }
        for (const QJsonValue k : keywords.toArray()) {
            const QString word = k.toString();
            if (!k.isString() || word.isEmpty() || word.contains(space)) {
                return fail(tr("%1: keywords must be a list of single words.").arg(name));
            }
            e.keywords.append(word);
        }
        const QJsonValue source = o.value(QLatin1String("source"));
        e.source = source.toString().trimmed();
        if (!source.isString() || e.source.isEmpty()) {
            return fail(tr("%1: the source (the rule it is drawn from) is missing.").arg(name));
        }
        const QJsonValue updated = o.value(QLatin1String("updated"));
        if (!updated.isUndefined()) {
            const QString text = updated.toString();
            e.updated = QDateTime::fromString(text, Qt::ISODate);
            if (!e.updated.isValid()) {
                const QDate day = QDate::fromString(text, Qt::ISODate);
                e.updated = day.isValid() ? QDateTime(day, QTime(0, 0), Qt::UTC) : QDateTime();
            }
            if (!updated.isString() || !e.updated.isValid()) {
                return fail(tr("%1: \"updated\" is not an ISO 8601 date.").arg(name));
            }
            e.updated = e.updated.toUTC();
        }
        result.append(e);
    }
    if (error) {
        error->clear();
    }
    return result;
}

QList<KnowledgeEntry> KnowledgeBase::fromJsonFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        }
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = tr("%1 is not valid JSON (at byte %2: %3).")
                         .arg(path)
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        }
        return {};
    }
    return fromJson(doc, error);
}

QJsonDocument KnowledgeBase::toJson(const QList<KnowledgeEntry> &entries)
{
    QJsonArray array;
    for (const KnowledgeEntry &e : entries) {
        QJsonObject o{{QStringLiteral("code"), e.code},
                      {QStringLiteral("sector"), e.sector},
                      {QStringLiteral("question"), e.question},
                      {QStringLiteral("answer"), e.answer},
                      {QStringLiteral("keywords"), QJsonArray::fromStringList(e.keywords)},
                      {QStringLiteral("source"), e.source}};
        if (e.updated.isValid()) {
            o.insert(QStringLiteral("updated"), isoUtc(e.updated));
        }
        array.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("entries"), array}});
}

QString KnowledgeBase::digest(const QList<KnowledgeEntry> &entries)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(toJson(entries).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

void KnowledgeBase::replaceAll(const QList<KnowledgeEntry> &entries)
{
    if (!m_db.inTransaction()) {
        // A replacement outside Branch::record() would leave no audit entry.
        throw DbException({DbError::Kind::Other,
                           tr("The knowledge base can only be replaced as a recorded event.")});
    }
    const QString now = isoUtc(Clock::nowUtc());
    std::vector<KnowledgeRow> rows;
    rows.reserve(static_cast<size_t>(entries.size()));
    for (const KnowledgeEntry &e : entries) {
        KnowledgeRow row;
        row.code = e.code;
        row.sector = e.sector;
        row.question = e.question;
        row.answer = e.answer;
        row.keywords = e.keywords.join(QLatin1Char(' '));
        row.source = e.source;
        row.updatedUtc = e.updated.isValid() ? isoUtc(e.updated) : now;
        row.spacedQuestion = KnowledgeQuery::spacedText(row.question);
        row.spacedAnswer = KnowledgeQuery::spacedText(row.answer);
        row.spacedKeywords = KnowledgeQuery::spacedText(row.keywords);
        rows.push_back(std::move(row));
    }
    KnowledgeStore(m_db).replaceAll(rows);
}

QList<KnowledgeHit> KnowledgeBase::search(const QString &query, int limit)
{
    using Op = KnowledgeQuery::Operator;
    if (limit <= 0) {
        return {};
    }
    limit = std::min(limit, MaxLimit);
    KnowledgeStore store(m_db);
    auto run = [&](const KnowledgeQuery &q, Op op) {
        return q.index() == KnowledgeQuery::Index::Trigram
                   ? store.searchTrigram(q.match(op), q.questionMatch(op), limit)
                   : store.searchSpaced(q.match(op), q.questionMatch(op), limit);
    };
    // Strict first; then looser, so a clerk who types "95598报修" or two words that no one entry
    // holds together still sees the nearest answers.
    KnowledgeQuery q(query);
    if (q.isEmpty()) {
        return {};
    }
    std::vector<KnowledgeMatch> matches = run(q, Op::And);
    if (matches.empty()) {
        KnowledgeQuery split(query, KnowledgeQuery::Split::Scripts);
        if (split.terms() != q.terms()) {
            matches = run(split, Op::And);
        }
        if (matches.empty() && split.terms().size() > 1) {
            matches = run(split, Op::Or);
        }
        q = split;
    }
    QList<KnowledgeHit> hits;
    hits.reserve(static_cast<qsizetype>(matches.size()));
    for (const KnowledgeMatch &m : matches) {
        KnowledgeHit hit;
        hit.entry = toEntry(m.row);
        hit.inQuestion = m.inQuestion;
        hit.score = m.score;
        makeSnippet(hit, q.terms());
        hits.append(std::move(hit));
    }
    return hits;
}

qint64 KnowledgeBase::count()
{
    return KnowledgeStore(m_db).count();
}

QList<KnowledgeEntry> KnowledgeBase::entries()
{
    QList<KnowledgeEntry> result;
    for (const KnowledgeRow &row : KnowledgeStore(m_db).all()) {
        result.append(toEntry(row));
    }
    return result;
}
