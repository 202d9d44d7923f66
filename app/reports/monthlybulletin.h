#pragma once

#include "printing/documentlanguage.h"
#include "printing/printeddocument.h"
#include "reports/kpis.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Branch;
class Catalogue;

// The monthly service bulletin (客户服务信息简报, seed 002: due to head office by the 15th or
// 20th of the next month): counts by request type, the key figures against the branch's
// targets, the busiest services, each clerk, the longest waits and the complaints with their
// outcomes, as a PDF with charts and as CSV. Its totals are the month's daily logs added up
// (HallKpis counts from the same records). Printed in the branch's document language.
class MonthlyBulletin
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyBulletin)
public:
    // lang: zh_CN, zh_TW or en; empty: the branch's document language (documents.language).
    MonthlyBulletin(Branch &branch, const Catalogue *catalogue = nullptr, const QString &lang = {});

    // "2026-11" -> 2026-11-01; an invalid date for anything else.
    static QDate parseMonth(const QString &text);
    // The month's figures (month: its first day): from its first day to its last, or to
    // today's business day while it runs. An empty report for a month not begun yet.
    KpiReport compile(const QDate &month);

    // Both from one compiled report, so the PDF and the CSV say the same.
    PrintedDocument document(const KpiReport &report);
    // One "section,item,measure,value" line per figure, as DailyLog::csv.
    QString csv(const KpiReport &report) const;

private:
    // source (marked QT_TR_NOOP here) in the document language.
    QString t(const char *source) const;
    QString serviceName(const QString &code, const QString &fallback = {}) const;
    QString clerkName(const KpiFigures &clerk) const;
    QString requestTypeName(const QString &type) const;
    QString monthName(const QDate &month) const;
    QString percent(double value) const;

    Branch &m_branch;
    const Catalogue *m_catalogue;
    DocumentLanguage m_language;
};
