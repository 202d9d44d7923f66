// Tickets as the customer holds them: the PDF's text layer has the number, the service and the
// hint (exact characters), nothing sticks out of 58 mm paper, the QR code decodes to the status
// URL and is large enough for a phone; a printer that fails never stops the ticket, keeps the
// job for a retry, and reprints are logged with their reason. Also the ticket and queue CLI.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "core/clock.h"
#include "database.h"
#include "pdfcheck.h"
#include "printing/documentlanguage.h"
#include "printing/pdfprintsink.h"
#include "printing/printqueue.h"
#include "printing/sampledocuments.h"
#include "printing/ticketprintout.h"
#include "queue/ticketdesk.h"
#include "testsupport.h"

#include <QImage>
#include <QLineF>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace
{
QString run(const QString &program, const QStringList &args)
{
    return PdfCheck::run(program, args);
}

using Qr = PdfCheck::Qr;

Qr decodeQr(const QString &pdf, const QString &dir)
{
    return PdfCheck::decodeQr(pdf, dir);
}

// Every word's box on the page (pdftotext -bbox), as "word xMin xMax"; and the page width.
struct Words
{
    double pageWidth = 0;
    qsizetype total = 0; // words in the output, matched or not
    QList<std::tuple<QString, double, double>> boxes;
};

Words words(const QString &pdf)
{
    const QString html =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    Words w;
    static const QRegularExpression page(QStringLiteral("<page width=\"([0-9.]+)\""));
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"(-?[0-9.]+)\" yMin=\"-?[0-9.]+\" xMax=\"(-?[0-9.]+)\"[^>]*>([^<]*)<"));
    w.pageWidth = page.match(html).captured(1).toDouble();
    w.total = html.count(QLatin1String("<word "));
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        w.boxes.append({m.captured(3), m.captured(1).toDouble(), m.captured(2).toDouble()});
    }
    return w;
}

QString text(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
}

// Glyphs shared with Kangxi radicals must come out as the real characters.
bool hasKangxiRadical(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF) {
            return true;
        }
    }
    return false;
}

// A printer that can be switched off; when on, it prints to PDF files in a folder.
class SwitchablePrinter : public PdfPrintSink
{
public:
    using PdfPrintSink::PdfPrintSink;
    bool online = true;
    QStringList printed;
    QString print(const PrintJob &job) override
    {
        if (!online) {
            return QStringLiteral("paper out");
        }
        const QString error = PdfPrintSink::print(job);
        if (error.isEmpty()) {
            printed << job.name;
        }
        return error;
    }
};
} // namespace

class TestTicketPrinting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void issuedTicket_data();
    void issuedTicket();
    void sampleTicket_data();
    void sampleTicket();
    void cliRefusals();
    void cliQueue();
    void printerOffline();
    void reprintsAreLogged();
    void keptJobSurvivesRestart();

private:
    TicketQueue::IssueRequest request(const QString &service) const;

    QTemporaryDir m_template;
    QTemporaryDir *m_dir = nullptr;
};

void TestTicketPrinting::initTestCase()
{
    auto branch =
        Branch::create(m_template.path(), TestSupport::passphrase(),
                       {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
    DemoData::populate(*branch, QStringLiteral("test"));
    branch->database().checkpoint();
}

void TestTicketPrinting::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(QFile::copy(m_template.filePath(QStringLiteral("branch.db")),
                        m_dir->filePath(QStringLiteral("branch.db"))));
}

void TestTicketPrinting::cleanup()
{
    delete m_dir;
}

TicketQueue::IssueRequest TestTicketPrinting::request(const QString &service) const
{
    TicketQueue::IssueRequest r;
    r.serviceCode = service;
    return r;
}

void TestTicketPrinting::issuedTicket_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("english");
    QTest::newRow("80 mm") << "80"
                           << "INS-BQ-CONTACT" << QString::fromUtf8("联系方式变更")
                           << "Change of contact details";
    QTest::newRow("58 mm") << "58"
                           << "INS-BQ-CONTACT" << QString::fromUtf8("联系方式变更")
                           << "Change of contact details";
    // The longest names of the demo catalogue wrap on 58 mm paper.
    QTest::newRow("58 mm, long name")
        << "58"
        << "WTR-REPAIR" << QString::fromUtf8("漏水及水表故障报修") << "";
    QTest::newRow("58 mm, long name 2")
        << "58"
        << "PWR-NEW-RESIDENTIAL" << QString::fromUtf8("低压居民新装") << "";
}

void TestTicketPrinting::issuedTicket()
{
    QFETCH(QString, paper);
    QFETCH(QString, service);
    QFETCH(QString, name);
    QFETCH(QString, english);
    const QString pdf = m_dir->filePath(QStringLiteral("ticket.pdf"));
    const auto r =
        TestSupport::cli({QStringLiteral("ticket"), QStringLiteral("issue"),
                          QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("--service"),
                          service, QStringLiteral("--pdf"), pdf, QStringLiteral("--paper"), paper},
                         TestSupport::passphrase());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QString number = lines.at(0);
    const QString url = lines.at(1);
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z]001$")).match(number).hasMatch(),
             qPrintable(number));
    QVERIFY2(
        QRegularExpression(QStringLiteral("^https://hall\\.demo01\\.example/t/[A-Za-z0-9_-]{22}$"))
            .match(url)
            .hasMatch(),
        qPrintable(url));

    const QString content = text(pdf);
    QVERIFY2(content.contains(number), qPrintable(content));
    QVERIFY2(content.contains(name), qPrintable(content));
    QVERIFY2(content.contains(QLatin1String("Test")), qPrintable(content)); // the branch
    const QString hint = TicketPrintout::hint(QStringLiteral("zh_CN"));
    QVERIFY2(content.simplified().contains(hint.simplified()), qPrintable(hint));
    if (!english.isEmpty()) { // the demo hall's second language
        QVERIFY2(content.simplified().contains(english), qPrintable(content));
    }
    QVERIFY(!hasKangxiRadical(content));

    // The page is the roll's width; every word lies inside the printable part of it.
    const Words w = words(pdf);
    const double widthPt = paper.toDouble() * 72 / 25.4;
    QVERIFY2(qAbs(w.pageWidth - widthPt) < 1.0, qPrintable(QString::number(w.pageWidth)));
    QVERIFY(w.boxes.size() > 10);
    QCOMPARE(w.boxes.size(), w.total);
    const double edge = 3 * 72 / 25.4; // 3 mm
    for (const auto &[word, xMin, xMax] : w.boxes) {
        QVERIFY2(xMin >= edge && xMax <= w.pageWidth - edge,
                 qPrintable(QStringLiteral("'%1' from %2 to %3 on a page %4 wide")
                                .arg(word)
                                .arg(xMin)
                                .arg(xMax)
                                .arg(w.pageWidth)));
    }

    const Qr qr = decodeQr(pdf, m_dir->path());
    QCOMPARE(qr.text, url);
    QVERIFY2(qr.sideMm >= 20, qPrintable(QString::number(qr.sideMm)));
    qInfo("%s: QR code %.1f mm", qPrintable(paper), qr.sideMm);
}

void TestTicketPrinting::sampleTicket_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("lang");
    QTest::newRow("80 zh_CN") << "80"
                              << "zh_CN";
    QTest::newRow("58 zh_CN") << "58"
                              << "zh_CN";
    QTest::newRow("58 zh_TW") << "58"
                              << "zh_TW";
    QTest::newRow("80 en") << "80"
                           << "en";
}

void TestTicketPrinting::sampleTicket()
{
    QFETCH(QString, paper);
    QFETCH(QString, lang);
    const QString pdf = m_dir->filePath(QStringLiteral("sample.pdf"));
    const auto r = TestSupport::cli({QStringLiteral("print-sample"), QStringLiteral("ticket"),
                                     QStringLiteral("--out"), pdf, QStringLiteral("--paper"), paper,
                                     QStringLiteral("--lang"), lang});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString content = text(pdf);
    QVERIFY(content.contains(QLatin1String("A017")));
    QVERIFY(content.simplified().contains(TicketPrintout::hint(lang).simplified()));
    QVERIFY(!hasKangxiRadical(content));
    if (lang == QLatin1String("zh_TW")) {
        QVERIFY(content.contains(QString::fromUtf8("受益人變更")));
    }
    QCOMPARE(decodeQr(pdf, m_dir->path()).text,
             SampleDocuments::sampleUrl(QStringLiteral("ticket")));
    // A ticket is not an A4 form, and a form is not a ticket.
    QCOMPARE(TestSupport::cli({QStringLiteral("print-sample"), QStringLiteral("ticket"),
                               QStringLiteral("--out"), pdf, QStringLiteral("--paper"),
                               QStringLiteral("A4")})
                 .exitCode,
             1);
    QCOMPARE(TestSupport::cli({QStringLiteral("print-sample"), QStringLiteral("notice"),
                               QStringLiteral("--out"), pdf, QStringLiteral("--paper"),
                               QStringLiteral("58")})
                 .exitCode,
             1);
}

void TestTicketPrinting::cliRefusals()
{
    auto issue = [&](const QStringList &extra) {
        return TestSupport::cli(QStringList{QStringLiteral("ticket"), QStringLiteral("issue"),
                                            QStringLiteral("--data-dir"), m_dir->path()}
                                    + extra,
                                TestSupport::passphrase());
    };
    const auto unknown = issue({QStringLiteral("--service"), QStringLiteral("NO-SUCH")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QLatin1String("Unknown service: NO-SUCH")),
             qPrintable(unknown.err));
    QVERIFY(unknown.out.isEmpty());
    const auto group = issue({QStringLiteral("--service"), QStringLiteral("INS-BQ-CONTACT"),
                              QStringLiteral("--group"), QStringLiteral("vip")});
    QCOMPARE(group.exitCode, 1);
    QVERIFY2(group.err.contains(QLatin1String("Unknown priority group: vip")),
             qPrintable(group.err));
    QCOMPARE(issue({}).exitCode, 1);
    QCOMPARE(issue({QStringLiteral("--service"), QStringLiteral("INS-BQ-CONTACT"),
                    QStringLiteral("--paper"), QStringLiteral("57")})
                 .exitCode,
             1);
    // Nothing was issued by any of them.
    auto branch = Branch::open(m_dir->path(), TestSupport::passphrase());
    QCOMPARE(branch->database().queryInt("SELECT count(*) FROM ticket"), 0);
}

void TestTicketPrinting::cliQueue()
{
    const QStringList at{QStringLiteral("--data-dir"), m_dir->path()};
    auto cli = [&](const QStringList &args) {
        return TestSupport::cli(args + at, TestSupport::passphrase());
    };
    const auto first = cli({QStringLiteral("ticket"), QStringLiteral("issue"),
                            QStringLiteral("--service"), QStringLiteral("INS-BQ-CONTACT")});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.startsWith(QLatin1String("A001\n")));
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("issue"), QStringLiteral("--service"),
                  QStringLiteral("INS-BQ-CONTACT"), QStringLiteral("--group"),
                  QStringLiteral("elderly")})
                 .out.section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("A002"));
    cli({QStringLiteral("ticket"), QStringLiteral("issue"), QStringLiteral("--service"),
         QStringLiteral("BANK-CARD-LOSS")});

    const auto show = cli({QStringLiteral("queue"), QStringLiteral("show")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains(QLatin1String("3 waiting")), qPrintable(show.out));
    QVERIFY(show.out.contains(
        QLatin1String("number\tservice\tgroup\twaited_min\tahead\testimate_min")));
    QVERIFY2(show.out.contains(QString::fromUtf8("A001\tINS-BQ-CONTACT\tnone\t0\t1\t")),
             qPrintable(show.out));
    QVERIFY(show.out.contains(
        QString::fromUtf8("A002\tINS-BQ-CONTACT\telderly\t0\t0\t0\t联系方式变更")));
    QVERIFY(show.out.contains(QString::fromUtf8("INS-BQ-CONTACT\t2\t联系方式变更")));
    QVERIFY(show.out.contains(QString::fromUtf8("BANK-CARD-LOSS\t1\t银行卡挂失补办")));

    // The status page's view, by token or by the whole URL.
    const QString url = first.out.section(QLatin1Char('\n'), 1, 1);
    const auto status = cli({QStringLiteral("ticket"), QStringLiteral("status"), url});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.startsWith(QLatin1String("A001\tINS-BQ-CONTACT\twaiting\tahead 1")),
             qPrintable(status.out));
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("status"),
                  QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA")})
                 .exitCode,
             1);

    // A counter's day from a script.
    const auto call = cli({QStringLiteral("queue"), QStringLiteral("call"),
                           QStringLiteral("--window"), QStringLiteral("1")});
    QCOMPARE(call.exitCode, 0);
    QVERIFY(call.out.startsWith(QLatin1String("A002\n"))); // the elderly customer first
    QCOMPARE(cli({QStringLiteral("queue"), QStringLiteral("call"), QStringLiteral("--window"),
                  QStringLiteral("1")})
                 .exitCode,
             1); // still attending A002
    QCOMPARE(cli({QStringLiteral("queue"), QStringLiteral("serve"), QStringLiteral("--window"),
                  QStringLiteral("1")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("queue"), QStringLiteral("finish"), QStringLiteral("--window"),
                  QStringLiteral("1")})
                 .exitCode,
             0);
    const auto specific =
        cli({QStringLiteral("queue"), QStringLiteral("call"), QStringLiteral("--window"),
             QStringLiteral("3"), QStringLiteral("--number"), QStringLiteral("C001")});
    QVERIFY2(specific.out.startsWith(QLatin1String("C001\n")), qPrintable(specific.err));
    QCOMPARE(cli({QStringLiteral("queue"), QStringLiteral("transfer"), QStringLiteral("--window"),
                  QStringLiteral("3"), QStringLiteral("--to-window"), QStringLiteral("4")})
                 .exitCode,
             0);
    QVERIFY(cli({QStringLiteral("queue"), QStringLiteral("call"), QStringLiteral("--window"),
                 QStringLiteral("4")})
                .out.startsWith(QLatin1String("C001\n")));

    // Windows and settings.
    const auto window =
        cli({QStringLiteral("queue"), QStringLiteral("window"), QStringLiteral("--window"),
             QStringLiteral("7"), QStringLiteral("--services"),
             QStringLiteral("GEN-CONSULT,GEN-COMPLAINT"), QStringLiteral("--name"),
             QString::fromUtf8("咨询")});
    QCOMPARE(window.exitCode, 0);
    QVERIFY(window.out.contains(QString::fromUtf8("7\topen\tGEN-CONSULT,GEN-COMPLAINT\t咨询")));
    QCOMPARE(cli({QStringLiteral("queue"), QStringLiteral("window"), QStringLiteral("--window"),
                  QStringLiteral("7"), QStringLiteral("--services"), QStringLiteral("NOPE")})
                 .exitCode,
             1);
    const auto config =
        cli({QStringLiteral("queue"), QStringLiteral("config"), QStringLiteral("--set"),
             QStringLiteral("queue.maxRecalls=2"), QStringLiteral("--set"),
             QStringLiteral("hall.publicUrl=https://q.example.cn/")});
    QCOMPARE(config.exitCode, 0);
    QVERIFY(config.out.contains(QLatin1String("queue.maxRecalls=2\n")));
    QVERIFY(config.out.contains(QLatin1String("hall.publicUrl=https://q.example.cn\n")));
    QCOMPARE(cli({QStringLiteral("queue"), QStringLiteral("config"), QStringLiteral("--set"),
                  QStringLiteral("hall.publicUrl=ftp://x")})
                 .exitCode,
             1);
    const auto next = cli({QStringLiteral("ticket"), QStringLiteral("issue"),
                           QStringLiteral("--service"), QStringLiteral("GEN-CONSULT")});
    QVERIFY2(next.out.contains(QLatin1String("\nhttps://q.example.cn/t/")), qPrintable(next.out));

    const auto verify = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 0);
}

void TestTicketPrinting::printerOffline()
{
    auto branch = Branch::open(m_dir->path(), TestSupport::passphrase());
    QTemporaryDir out;
    SwitchablePrinter printer(out.path());
    PrintQueue jobs(printer);
    TicketDesk desk(*branch, jobs);

    printer.online = false;
    const TicketDesk::Issued kept =
        desk.issue(request(QStringLiteral("INS-BQ-CONTACT")), TicketDocument::Paper::Roll80,
                   QStringLiteral("kiosk"));
    // Issued all the same, and the customer is told where to get the ticket.
    QVERIFY(kept.ok());
    QVERIFY(!kept.printed);
    QCOMPARE(kept.result.ticket.number, QStringLiteral("A001"));
    QVERIFY2(kept.message.contains(QLatin1String("A001"))
                 && kept.message.contains(QLatin1String("service desk"))
                 && kept.message.contains(QLatin1String("paper out")),
             qPrintable(kept.message));
    QCOMPARE(TicketQueue(*branch).ticket(QStringLiteral("A001"))->state, Ticket::State::Waiting);
    QCOMPARE(jobs.pending().size(), 1);
    QCOMPARE(jobs.pending().first().name, QStringLiteral("A001"));
    QCOMPARE(jobs.retry(), 0); // still offline
    QCOMPARE(jobs.pending().first().attempts, 2);

    // Back online: the next customer's ticket prints, the kept one is not handed to them.
    printer.online = true;
    const TicketDesk::Issued next =
        desk.issue(request(QStringLiteral("INS-BQ-CONTACT")), TicketDocument::Paper::Roll80,
                   QStringLiteral("kiosk"));
    QVERIFY(next.printed);
    QCOMPARE(printer.printed, QStringList{QStringLiteral("A002")});
    QCOMPARE(jobs.pending().size(), 1);
    // Staff retry: the kept ticket comes out, with its own QR code.
    QCOMPARE(jobs.retry(), 1);
    QVERIFY(jobs.pending().isEmpty());
    QCOMPARE(printer.printed, (QStringList{QStringLiteral("A002"), QStringLiteral("A001")}));
    const QString pdf = out.filePath(QStringLiteral("A001.pdf"));
    QCOMPARE(decodeQr(pdf, out.path()).text, kept.statusUrl);
    QVERIFY(text(pdf).contains(QLatin1String("A001")));
    QVERIFY(branch->verifyAudit().ok);
}

void TestTicketPrinting::reprintsAreLogged()
{
    auto branch = Branch::open(m_dir->path(), TestSupport::passphrase());
    QTemporaryDir out;
    SwitchablePrinter printer(out.path());
    PrintQueue jobs(printer);
    TicketDesk desk(*branch, jobs);
    QVERIFY(desk.issue(request(QStringLiteral("INS-BQ-CONTACT")), TicketDocument::Paper::Roll58,
                       QStringLiteral("reception"))
                .printed);
    const TicketDesk::Issued noReason =
        desk.reprint(QStringLiteral("A001"), QStringLiteral(" "), TicketDocument::Paper::Roll58,
                     QStringLiteral("reception"));
    QVERIFY(!noReason.ok());
    QCOMPARE(printer.printed.size(), 1);
    const TicketDesk::Issued again =
        desk.reprint(QStringLiteral("A001"), QString::fromUtf8("卡纸"),
                     TicketDocument::Paper::Roll58, QStringLiteral("reception"));
    QVERIFY2(again.ok() && again.printed, qPrintable(again.message));
    QCOMPARE(printer.printed.size(), 2);
    Statement s = branch->database().prepare(
        "SELECT actor, subject, json_extract(payload, '$.number'), json_extract(payload, "
        "'$.reason') FROM audit_log WHERE action = 'ticket.reprint'");
    QVERIFY(s.step());
    QCOMPARE(s.text(0), QStringLiteral("reception"));
    QCOMPARE(s.text(1), QStringLiteral("ticket:%1").arg(again.result.ticket.id));
    QCOMPARE(s.text(2), QStringLiteral("A001"));
    QCOMPARE(s.text(3), QString::fromUtf8("卡纸"));
    QVERIFY(!s.step()); // the refused one left no entry
    branch.reset();

    // From the CLI too.
    const QString pdf = m_dir->filePath(QStringLiteral("again.pdf"));
    const auto r = TestSupport::cli({QStringLiteral("ticket"), QStringLiteral("reprint"),
                                     QStringLiteral("A001"), QStringLiteral("--reason"),
                                     QStringLiteral("customer lost it"), QStringLiteral("--pdf"),
                                     pdf, QStringLiteral("--data-dir"), m_dir->path()},
                                    TestSupport::passphrase());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(QLatin1String("A001\n")));
    QVERIFY(text(pdf).contains(QLatin1String("A001")));
    QCOMPARE(TestSupport::cli({QStringLiteral("ticket"), QStringLiteral("reprint"),
                               QStringLiteral("A001"), QStringLiteral("--pdf"), pdf,
                               QStringLiteral("--data-dir"), m_dir->path()},
                              TestSupport::passphrase())
                 .exitCode,
             1); // no reason
    auto reopened = Branch::open(m_dir->path(), TestSupport::passphrase());
    QCOMPARE(reopened->database().queryInt(
                 "SELECT count(*) FROM audit_log WHERE action = 'ticket.reprint'"),
             2);
}

void TestTicketPrinting::keptJobSurvivesRestart()
{
    const QString station = QStringLiteral("kiosk@test-pc");
    QTemporaryDir out;
    SwitchablePrinter printer(out.path());
    printer.online = false;
    QString statusUrl;
    {
        // Yesterday's kept ticket: its number will never be called again.
        Clock::setTestNow(QDateTime::currentDateTimeUtc().addDays(-1));
        auto branch = Branch::open(m_dir->path(), TestSupport::passphrase());
        PrintQueue jobs(printer, *branch, station);
        TicketDesk desk(*branch, jobs);
        QVERIFY(!desk.issue(request(QStringLiteral("BANK-PIN-RESET")),
                            TicketDocument::Paper::Roll58, QStringLiteral("kiosk"))
                     .printed);
        Clock::setTestNow({});
    }
    {
        auto branch = Branch::open(m_dir->path(), TestSupport::passphrase());
        PrintQueue jobs(printer, *branch, station);
        QVERIFY(jobs.pending().isEmpty()); // yesterday's was dropped on load
        QCOMPARE(branch->database().queryInt("SELECT count(*) FROM print_job"), 0);
        TicketDesk desk(*branch, jobs);
        const TicketDesk::Issued kept =
            desk.issue(request(QStringLiteral("INS-BQ-CONTACT")), TicketDocument::Paper::Roll58,
                       QStringLiteral("kiosk"));
        QVERIFY(kept.ok() && !kept.printed);
        statusUrl = kept.statusUrl;
        QCOMPARE(jobs.pending().size(), 1);
        QCOMPARE(jobs.retry(), 0); // still out of paper
    }
    // The kiosk restarts (power cut, update): the job is still there, in the encrypted file.
    auto branch = Branch::open(m_dir->path(), TestSupport::passphrase());
    QCOMPARE(PrintQueue(printer, *branch, QStringLiteral("kiosk@other-pc")).pending().size(), 0);
    PrintQueue jobs(printer, *branch, station);
    QCOMPARE(jobs.pending().size(), 1);
    const PrintJob &job = jobs.pending().first();
    QCOMPARE(job.name, QStringLiteral("A001"));
    QCOMPARE(job.attempts, 2);
    QCOMPARE(job.lastError, QStringLiteral("paper out"));
    QCOMPARE(job.ticket.paper, TicketDocument::Paper::Roll58);
    QCOMPARE(job.ticket.qrText, statusUrl);
    QCOMPARE(job.businessDay, branch->businessDay(Clock::nowUtc()));
    QCOMPARE(TestSupport::rawSql(m_dir->filePath(QStringLiteral("branch.db")),
                                 TestSupport::passphrase(),
                                 QStringLiteral("SELECT count(*) FROM print_job")),
             QStringLiteral("1"));
    QVERIFY(TestSupport::rawSql(m_dir->filePath(QStringLiteral("branch.db")), QByteArray("wrong"),
                                QStringLiteral("SELECT count(*) FROM print_job"))
                .startsWith(QLatin1String("error")));

    // Paper in: the retry prints it as it was issued, and it is gone from the file.
    printer.online = true;
    QCOMPARE(jobs.retry(), 1);
    QVERIFY(jobs.pending().isEmpty());
    QCOMPARE(printer.printed, QStringList{QStringLiteral("A001")});
    const QString pdf = out.filePath(QStringLiteral("A001.pdf"));
    QCOMPARE(decodeQr(pdf, out.path()).text, statusUrl);
    QVERIFY(text(pdf).contains(QLatin1String("A001")));
    QCOMPARE(branch->database().queryInt("SELECT count(*) FROM print_job"), 0);
    QCOMPARE(PrintQueue(printer, *branch, station).pending().size(), 0);
}

QTEST_MAIN(TestTicketPrinting)
#include "tst_ticket_printing.moc"
