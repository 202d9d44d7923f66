#pragma once

#include <QList>
#include <QString>

#include <optional>

class Database;

struct InquiryRow
{
    qint64 id = 0;
    QString owner;
    int window = 0;
    QString askedUtc;
    QString question;
    QString customerName;
    QString phone;
    QString replyBy; // ISO date
    QString state = QStringLiteral("open");
    QString answer;
    QString answeredBy;
    QString answeredUtc;
    qint64 caseId = 0;
};

// Questions the counter owes a reply to (首问负责制).
class InquiryStore
{
public:
    explicit InquiryStore(Database &db)
        : m_db(db)
    {}

    qint64 insert(const InquiryRow &row);
    void update(const InquiryRow &row); // owner, state, answer
    std::optional<InquiryRow> byId(qint64 id);
    // owner empty: everyone's. Ordered by the promised reply date.
    QList<InquiryRow> list(const QString &owner, bool openOnly);

private:
    Database &m_db;
};
