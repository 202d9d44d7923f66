// The hall display (counterdesk --role display): the words it says for a call, the Mandarin
// voice that says them (libespeak-ng into memory), and the window following the branch's queue
// in this process: a call appears in large type, flashes, is announced, a recall is announced
// again, the manager's notice is shown, and everything fits at 1920x1080 (screenshot).
#include "branch/branch.h"
#include "displaywindow.h"
#include "guitestsupport.h"
#include "hall/announcement.h"
#include "hall/announcer.h"
#include "hall/hallboard.h"
#include "hall/localhallfeed.h"
#include "hall/speechsynth.h"
#include "queue/queuesettings.h"
#include "queue/ticketqueue.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestHallDisplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void announcementText();
    void voiceSpeaksMandarin();
    void displayFollowsTheQueue();
};

void TestHallDisplay::announcementText()
{
    QCOMPARE(Announcement::text(QStringLiteral("A001"), 3),
             QStringLiteral("请A零零一号到三号窗口办理"));
    // Digit by digit, whatever the number: never "ling shi" or "yi bai er shi san".
    QCOMPARE(Announcement::spokenNumber(QStringLiteral("A010")), QStringLiteral("A零一零"));
    QCOMPARE(Announcement::spokenNumber(QStringLiteral("b123")), QStringLiteral("B一二三"));
    QCOMPARE(Announcement::spokenNumber(QStringLiteral("A1000")), QStringLiteral("A一零零零"));
    // Windows as numbers.
    QCOMPARE(Announcement::chineseNumeral(1), QStringLiteral("一"));
    QCOMPARE(Announcement::chineseNumeral(10), QStringLiteral("十"));
    QCOMPARE(Announcement::chineseNumeral(12), QStringLiteral("十二"));
    QCOMPARE(Announcement::chineseNumeral(20), QStringLiteral("二十"));
    QCOMPARE(Announcement::chineseNumeral(105), QStringLiteral("一百零五"));
    QCOMPARE(Announcement::chineseNumeral(110), QStringLiteral("一百一十"));
    QCOMPARE(Announcement::chineseNumeral(999), QStringLiteral("九百九十九"));
}

void TestHallDisplay::voiceSpeaksMandarin()
{
    const QString text = Announcement::text(QStringLiteral("A001"), 3);
    QElapsedTimer timer;
    timer.start();
    const SpeechSynth::Result r = SpeechSynth::speak(text);
    const qint64 ms = timer.elapsed();
    QVERIFY2(r.ok(), qPrintable(r.error)); // espeak-ng-data comes with scripts/deps --test
    const double seconds = SpeechSynth::seconds(r.pcm, r.sampleRate);
    const double rms = SpeechSynth::rms(r.pcm);
    qInfo("%s: %.2f s of audio at %d Hz, RMS %.3f, synthesised in %lld ms", qUtf8Printable(text),
          seconds, r.sampleRate, rms, ms);
    QVERIFY2(seconds > 2 && seconds < 6, qPrintable(QString::number(seconds)));
    QVERIFY(rms > 0.05);
    // Read as pinyin, not as English words ("cmn" would say "king three" for 请).
    const QString phonemes = SpeechSynth::phonemes(text);
    qInfo("phonemes: %s", qUtf8Printable(phonemes));
    QVERIFY(!phonemes.isEmpty());
    QVERIFY2(!phonemes.contains(QLatin1String("(en)")), qUtf8Printable(phonemes));
    // The chime (no voice data) is sound too.
    const QByteArray chime = SpeechSynth::chime();
    QVERIFY(SpeechSynth::seconds(chime, 22050) > 0.5);
    QVERIFY(SpeechSynth::rms(chime) > 0.05);
}

void TestHallDisplay::displayFollowsTheQueue()
{
    GuiTestSupport::ChineseUi zh;
    QTemporaryDir templateDir;
    QTemporaryDir dir;
    GuiTestSupport::createDemoBranch(templateDir.path());
    auto branch = GuiTestSupport::openCopy(templateDir.path(), dir.path());
    TicketQueue queue(*branch);
    QStringList numbers;
    for (const char *service : {"INS-BQ-CONTACT", "INS-BQ-CONTACT", "BANK-OPEN-PERSONAL",
                                "BANK-OPEN-PERSONAL", "INS-CL-MEDICAL"}) {
        TicketQueue::IssueRequest request;
        request.serviceCode = QLatin1String(service);
        const auto r = queue.issue(request, QStringLiteral("test"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        numbers.append(r.ticket.number);
    }
    QCOMPARE(QueueSettings::change(
                 *branch,
                 {{QLatin1String(QueueSettings::NoticeKey),
                   QStringLiteral("温馨提示：办理社保业务请携带本人身份证原件；本周六照常营业，"
                                  "办理时间 9:00–15:00。")}},
                 QStringLiteral("manager")),
             QString());

    HallBoard board;
    Announcer announcer;
    announcer.setMuted(true);
    QSignalSpy said(&announcer, &Announcer::announced);
    DisplayWindow display(board, &announcer);
    LocalHallFeed feed(*branch, board);
    feed.start(100);
    display.resize(1920, 1080);
    display.show();
    QVERIFY(QTest::qWaitForWindowExposed(&display));
    QVERIFY(display.bigNumber(0).isEmpty()); // nobody called yet
    QVERIFY(!display.isFlashing());

    // Calls made elsewhere on this branch (a counter) appear, flash and are announced.
    const auto first = queue.callNext(1, QStringLiteral("clerk"));
    QVERIFY(first.ok());
    QTRY_COMPARE_WITH_TIMEOUT(display.bigNumber(0), first.ticket.number, 10000);
    QCOMPARE(display.bigWindow(0), QStringLiteral("1号窗口"));
    const auto second = queue.callNext(3, QStringLiteral("clerk"));
    QVERIFY(second.ok());
    QTRY_COMPARE_WITH_TIMEOUT(display.bigNumber(0), second.ticket.number, 10000);
    QCOMPARE(display.bigWindow(0), QStringLiteral("3号窗口"));
    QCOMPARE(display.bigNumber(1), first.ticket.number);
    QVERIFY(display.isFlashing());
    QTRY_COMPARE_WITH_TIMEOUT(said.size(), 2, 10000);
    QCOMPARE(said.at(1).at(0).toString(),
             Announcement::text(second.ticket.number, 3)); // 请A00x号到三号窗口办理
    // A recall says it again.
    QVERIFY(queue.recall(3, QStringLiteral("clerk")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(said.size(), 3, 10000);
    QCOMPARE(said.at(2).at(0).toString(), Announcement::text(second.ticket.number, 3));
    QCOMPARE(board.recent().size(), 3);
    QCOMPARE(board.notice().left(4), QStringLiteral("温馨提示"));
    int waiting = 0;
    for (const HallBoard::Waiting &w : board.waiting()) {
        waiting += w.count;
    }
    QCOMPARE(waiting, 3);

    QTRY_VERIFY_WITH_TIMEOUT(!display.isFlashing(), 10000);
    const QString cut = GuiTestSupport::firstCutText(&display);
    QVERIFY2(cut.isEmpty(), qUtf8Printable(cut));
    const QString shot = GuiTestSupport::saveScreenshot(&display, QStringLiteral("hall-display"));
    QCOMPARE(QImage(shot).size(), QSize(1920, 1080));
}

QTEST_MAIN(TestHallDisplay)
#include "tst_hall_display.moc"
