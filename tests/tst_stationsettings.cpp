// A station's printer settings (issue 6): saved in the encrypted branch file, read back after it
// is closed and reopened, audited with who changed them, refused for anyone but an
// administrator and for a paper the station cannot use; the dialog prints a test ticket and
// says why a missing printer printed nothing.
#include "branch/branch.h"
#include "database.h"
#include "guitestsupport.h"
#include "printing/stationsettings.h"
#include "stationsettingsdialog.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using GuiTestSupport::child;

namespace
{
const Session kAdmin{1, QStringLiteral("admin"), QStringLiteral("Admin"),
                     QStringLiteral("administrator"), 0};
const Session kReception{5, QStringLiteral("chenjing"), QStringLiteral("Chen Jing"),
                         QStringLiteral("reception"), 0};
const QString kKiosk = QStringLiteral("kiosk@hall-pc1");
} // namespace

class TestStationSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void defaultsToPdf();
    void roundTripAcrossReopen();
    void refusals();
    void dialogTestsAndSaves();

private:
    QTemporaryDir m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Branch> m_branch;
};

void TestStationSettings::initTestCase()
{
    GuiTestSupport::createDemoBranch(m_template.path());
}

void TestStationSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_branch = GuiTestSupport::openCopy(m_template.path(), m_dir->path());
}

void TestStationSettings::cleanup()
{
    m_branch.reset();
    m_dir.reset();
}

void TestStationSettings::defaultsToPdf()
{
    const StationSettings kiosk = StationSettings::read(*m_branch, kKiosk);
    QCOMPARE(kiosk.output, StationSettings::Output::PdfFolder);
    QCOMPARE(kiosk.paper, StationSettings::Paper::Roll80);
    QCOMPARE(kiosk.pdfFolderIn(m_dir->path(), QStringLiteral("kiosk")),
             m_dir->filePath(QStringLiteral("tickets")));
    const StationSettings counter =
        StationSettings::read(*m_branch, QStringLiteral("counter@hall-pc2"));
    QCOMPARE(counter.paper, StationSettings::Paper::A4);
    QVERIFY(
        StationSettings::stationId(QStringLiteral("kiosk")).startsWith(QLatin1String("kiosk@")));
}

void TestStationSettings::roundTripAcrossReopen()
{
    StationSettings s;
    s.output = StationSettings::Output::Printer;
    s.printerName = QString::fromUtf8("大厅热敏打印机");
    s.paper = StationSettings::Paper::Roll58;
    s.pdfFolder = m_dir->filePath(QStringLiteral("archive"));
    QCOMPARE(StationSettings::save(*m_branch, kKiosk, s, kAdmin), QString());
    StationSettings counter;
    counter.paper = StationSettings::Paper::A5;
    QCOMPARE(StationSettings::save(*m_branch, QStringLiteral("counter@hall-pc1"), counter, kAdmin),
             QString());

    m_branch.reset();
    m_branch = Branch::open(m_dir->path(), TestSupport::passphrase());
    QCOMPARE(StationSettings::read(*m_branch, kKiosk), s);
    QCOMPARE(StationSettings::read(*m_branch, QStringLiteral("counter@hall-pc1")).paper,
             StationSettings::Paper::A5);
    // Another PC's kiosk keeps its own (default) settings.
    QCOMPARE(StationSettings::read(*m_branch, QStringLiteral("kiosk@hall-pc9")),
             StationSettings::defaults(QStringLiteral("kiosk")));
    Statement a = m_branch->database().prepare(
        "SELECT actor, json_extract(payload, '$.station') FROM audit_log "
        "WHERE action = 'setting.change' AND subject = ?");
    a.bind(1, QStringLiteral("station:") + kKiosk);
    QVERIFY(a.step());
    QCOMPARE(a.text(0), QStringLiteral("admin"));
    QCOMPARE(a.text(1), kKiosk);
    QVERIFY(m_branch->verifyAudit().ok);

    // Back to PDF: the printer's name no longer matters.
    StationSettings pdf = s;
    pdf.output = StationSettings::Output::PdfFolder;
    QCOMPARE(StationSettings::save(*m_branch, kKiosk, pdf, kAdmin), QString());
    QCOMPARE(StationSettings::read(*m_branch, kKiosk).output, StationSettings::Output::PdfFolder);
}

void TestStationSettings::refusals()
{
    StationSettings s;
    s.output = StationSettings::Output::Printer;
    s.printerName = QStringLiteral("Thermal");
    const QString notAdmin = StationSettings::save(*m_branch, kKiosk, s, kReception);
    QVERIFY2(notAdmin.contains(QLatin1String("administrator")), qPrintable(notAdmin));
    QVERIFY(!StationSettings::save(*m_branch, kKiosk, s, Session{}).isEmpty());
    s.paper = StationSettings::Paper::A4;
    QVERIFY(StationSettings::save(*m_branch, kKiosk, s, kAdmin).contains(QLatin1String("58 mm")));
    s.paper = StationSettings::Paper::Roll80;
    s.printerName = QStringLiteral("  ");
    QVERIFY(!StationSettings::save(*m_branch, kKiosk, s, kAdmin).isEmpty());
    // Nothing of it was stored.
    QCOMPARE(StationSettings::read(*m_branch, kKiosk),
             StationSettings::defaults(QStringLiteral("kiosk")));
    QCOMPARE(
        m_branch->database().queryInt("SELECT count(*) FROM setting WHERE key LIKE 'station.%'"),
        0);
}

void TestStationSettings::dialogTestsAndSaves()
{
    StationSettingsDialog dialog(*m_branch, kKiosk, kAdmin);
    dialog.show();
    QVERIFY(child<QRadioButton>(&dialog, "pdfRadio")->isChecked());
    QVERIFY(!child<QComboBox>(&dialog, "printerCombo")->isEnabled());

    // A printer that is not there: the test ticket says so.
    QTest::mouseClick(child<QRadioButton>(&dialog, "printerRadio"), Qt::LeftButton);
    QVERIFY(child<QComboBox>(&dialog, "printerCombo")->isEnabled());
    child<QComboBox>(&dialog, "printerCombo")->setCurrentText(QStringLiteral("No-Such-Printer"));
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    QVERIFY2(dialog.status().contains(QLatin1String("No-Such-Printer"))
                 && dialog.status().contains(QLatin1String("not installed")),
             qPrintable(dialog.status()));

    // PDF into a folder of our choice, 58 mm: the test ticket is written there.
    QTest::mouseClick(child<QRadioButton>(&dialog, "pdfRadio"), Qt::LeftButton);
    const QString folder = m_dir->filePath(QStringLiteral("pdf-out"));
    child<QLineEdit>(&dialog, "folderEdit")->setText(folder);
    auto *paper = child<QComboBox>(&dialog, "paperCombo");
    QCOMPARE(paper->count(), 2); // a kiosk prints tickets only
    paper->setCurrentIndex(paper->findData(static_cast<int>(StationSettings::Paper::Roll58)));
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    QVERIFY2(QFile::exists(QDir(folder).filePath(QStringLiteral("test-58mm.pdf"))),
             qPrintable(dialog.status()));

    GuiTestSupport::saveScreenshot(&dialog, QStringLiteral("station-settings-en"));
    child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const StationSettings saved = StationSettings::read(*m_branch, kKiosk);
    QCOMPARE(saved.output, StationSettings::Output::PdfFolder);
    QCOMPARE(saved.pdfFolder, folder);
    QCOMPARE(saved.paper, StationSettings::Paper::Roll58);

    // Reception may print a test ticket but not save.
    StationSettingsDialog reception(*m_branch, kKiosk, kReception);
    QVERIFY(!child<QDialogButtonBox>(&reception, "buttonBox")
                 ->button(QDialogButtonBox::Save)
                 ->isEnabled());
}

QTEST_MAIN(TestStationSettings)
#include "tst_stationsettings.moc"
