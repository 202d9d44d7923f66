#pragma once

#include <QDate>
#include <QDateTime>

class Branch;
class Catalogue;

// A month of a demo hall for the KPI and bulletin tests: two days of tickets, cases, ratings,
// questions and complaints in June 2026, and two later steps, with exactly known figures.
namespace KpiTestData
{
QDateTime beijing(int y, int m, int d, int h, int min);

struct Played
{
    qint64 onTimeCase = 0;        // accepted 1 June, ready 2 June
    qint64 lateCase = 0;          // accepted 2 June, extended, ready 30 June
    QDate lateCasePromised;       // the date on its receipt
    qint64 answeredComplaint = 0; // 2 June, naming limin and INS-BQ-CONTACT, answered 5 June
    qint64 openComplaint = 0;     // 2 June, by phone, never answered
};

// Plays June 2026 on a demo branch (DemoData) and leaves the clock at 20 July 2026 10:00.
// Throws std::runtime_error when a step is refused. What happens, Beijing time:
//  1 June  09:00 A001, A002 (INS-BQ-CONTACT), K001 (GEN-CONSULT) issued
//          09:10 limin calls A001 at window 1 (wait 10:00); opens case 1, accepts it; opens
//                case 2 and gives a one-time notice; records a question
//          09:15 A001 finished (5:00), rated 5 (非常满意) at 09:16
//          09:20 zhangwei calls K001 at window 6 (20:00), finishes 09:28 (8:00), rated 3
//          09:30 limin calls A002 (30:00), three recalls, no-show
//          09:40 D001 (BANK-OPEN-CORPORATE) issued, never called (expires)
//          09:45 A002 reprinted
//  2 June  10:00 A001 (INS-BQ-CONTACT), K001 (GEN-CONSULT), K002 (GEN-COMPLAINT) issued;
//                10:01 case 1 ready (on time); 10:02 the question answered
//          10:05 limin calls A001 (5:00), finishes 10:17 (12:00), rated 2 (不满意)
//          10:25 zhangwei calls K001 (25:00), finishes 10:29 (4:00)
//          10:30 complaint 1 (counter, about limin and INS-BQ-CONTACT); 10:31 complaint 2
//                (phone); 10:32 zhangwei opens case 3 and accepts it
//          10:40 C001 booked (BANK-CASH-BOOKING) for 11:00, checked in early
//          10:45 zhangwei calls K002 (45:00), finishes 10:55 (10:00), rated 4 (满意)
//          11:05 limin calls C001 at window 3 (5:00 from its slot), finishes 11:10 (5:00)
//  5 June  14:00 wangli answers complaint 1 by phone; 14:10 case 3 extended to 30 June
// 30 June  15:00 case 3 ready (late against its receipt)
Played playJune(Branch &branch, const Catalogue &catalogue);
} // namespace KpiTestData
