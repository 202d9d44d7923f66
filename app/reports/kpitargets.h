#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

class Branch;

// The service standards the hall is measured against (seed 004 leaves them open as [X]), kept
// as branch settings so that the monthly bulletin, the manager's console and head office use
// the same ones. A missing or malformed value means the default. Changing them is one audited
// event ("setting.change"), as for QueueSettings.
class KpiTargets
{
    Q_DECLARE_TR_FUNCTIONS(KpiTargets)
public:
    static constexpr const char *WaitMinutesKey = "kpi.waitTargetMinutes";
    static constexpr const char *WaitPercentKey = "kpi.waitTargetPercent";
    static constexpr const char *ResponseMinutesKey = "kpi.responseMinutes";
    static constexpr const char *AnswerMinutesKey = "kpi.answerMinutes";
    static constexpr const char *ComplaintDaysKey = "kpi.complaintDays";
    static constexpr const char *SatisfactionPercentKey = "kpi.satisfactionPercent";
    static constexpr const char *CasesOnTimePercentKey = "kpi.casesOnTimePercent";

    // A ticket called within this many minutes of when it was owed a call counts as on time...
    int waitMinutes = 20;
    // ...and at least this share of the called tickets must be.
    int waitPercent = 90;
    // Seed 004 响应及时: the average wait until a counter calls the customer, at most.
    int responseMinutes = 10;
    // Seed 004 查询解答: the average service time of a consultation, at most.
    int answerMinutes = 15;
    // Seed 004 投诉处理 (verification and solution): a complaint answered within this many
    // working days of receipt (seed 003 第二十九条: 10).
    int complaintDays = 10;
    // Seed 004 结果满意: the share of ratings 非常满意, 满意 or 基本满意, at least.
    int satisfactionPercent = 95;
    // The share of cases ready by the date promised on the receipt, at least.
    int casesOnTimePercent = 100;

    static KpiTargets read(Branch &branch);
    static QStringList keys();
    // Checks a value for a key; an empty string when acceptable, else what is wrong. The value
    // is normalised (trimmed).
    static QString check(const QString &key, QString &value);
    // Changes targets as one audited event ("setting.change"); refuses (returns the reason,
    // changing nothing) when any value is unacceptable. Throws DbException.
    static QString change(Branch &branch, QMap<QString, QString> values, const QString &actor);

    // The value of a key (keys()) in this set of targets.
    int value(const QString &key) const;
};
