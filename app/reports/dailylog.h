#pragma once

#include "dailylogstore.h"
#include "printing/printeddocument.h"
#include "staff/session.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

#include <optional>

class Branch;
class Catalogue;

// The daily log (日志): at closing the day's figures are compiled — the queue by service and
// window with waits, the cases, the questions, reprints, incidents — and the manager signs them
// with remarks. Signing is an audit event and the signed log never changes: a correction is a
// new revision that names the one it corrects. Once a day is signed, the counter's records of
// that day change only with a manager's authorisation (Branch::record).
class DailyLog
{
    Q_DECLARE_TR_FUNCTIONS(DailyLog)
public:
    DailyLog(Branch &branch, const Catalogue *catalogue = nullptr);

    // The day's figures as they stand now.
    QJsonObject compile(const QDate &day);
    // Signs the day (revision 1), or adds a correction when it is signed already. Managers only.
    DailyLogRow sign(const Session &session, const QDate &day, const QString &remarks);
    QList<DailyLogRow> revisions(const QDate &day);
    bool isSigned(const QDate &day);

    // An incident, an equipment fault or a note for today's log.
    void recordIncident(const Session &session, const QString &kind, const QString &text);

    // The log as printed: the newest signed revision, or a draft compiled now.
    PrintedDocument document(const QDate &day);
    // The same figures, one "section,item,value" line each, for a spreadsheet.
    QString csv(const QDate &day);

private:
    QString serviceName(const QString &code) const;
    QJsonObject current(const QDate &day, std::optional<DailyLogRow> *signedRow);

    Branch &m_branch;
    const Catalogue *m_catalogue;
};
