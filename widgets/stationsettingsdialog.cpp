#include "stationsettingsdialog.h"
#include "ui_stationsettingsdialog.h"

#include "branch/branch.h"
#include "dberror.h"
#include "logindialog.h"
#include "printersink.h"
#include "printing/sampledocuments.h"
#include "staff/permissions.h"

#include <QDir>
#include <QLocale>
#include <QPushButton>

StationSettingsDialog::StationSettingsDialog(Branch &branch, QString station,
                                             const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StationSettingsDialog>())
    , m_branch(branch)
    , m_station(std::move(station))
    , m_session(session)
{
    m_ui->setupUi(this);
    const QString role = StationSettings::roleOf(m_station);
    m_ui->stationLabel->setText(tr("Where station %1 prints. Saved in the branch database; "
                                   "the change is logged.")
                                    .arg(m_station));
    const QStringList printers = PrinterSink::printerNames();
    m_ui->printerCombo->addItems(printers);
    m_ui->noPrinterLabel->setText(
        printers.isEmpty() ? tr("This PC has no printer installed: tickets go to PDF files.")
                           : QString());
    m_ui->noPrinterLabel->setVisible(printers.isEmpty());
    m_ui->folderEdit->setPlaceholderText(
        QDir::toNativeSeparators(StationSettings().pdfFolderIn(m_branch.dataDir(), role)));
    for (const StationSettings::Paper p : StationSettings::papersFor(role)) {
        m_ui->paperCombo->addItem(StationSettings::paperName(p), static_cast<int>(p));
    }
    connect(m_ui->printerRadio, &QRadioButton::toggled, this,
            &StationSettingsDialog::updateEnabled);
    connect(m_ui->pdfRadio, &QRadioButton::toggled, this, &StationSettingsDialog::updateEnabled);
    connect(m_ui->testButton, &QPushButton::clicked, this, &StationSettingsDialog::printTest);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StationSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &StationSettingsDialog::reject);
    const bool mayChange =
        m_session.isValid() && Permissions::allows(m_session.role, Permissions::Act::ManageBranch);
    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setEnabled(mayChange);
    if (!mayChange) {
        save->setToolTip(tr("Only an administrator may %1.")
                             .arg(Permissions::describe(Permissions::Act::ManageBranch)));
    }
    setSettings(StationSettings::read(m_branch, m_station));
}

StationSettingsDialog::~StationSettingsDialog() = default;

bool StationSettingsDialog::editAfterSignIn(Branch &branch, const QString &station, QWidget *parent)
{
    LoginDialog login(branch, parent);
    login.setWindowChoice(false);
    if (login.exec() != QDialog::Accepted || !login.session().isValid()) {
        return false;
    }
    StationSettingsDialog dialog(branch, station, login.session(), parent);
    return dialog.exec() == QDialog::Accepted;
}

StationSettings StationSettingsDialog::settings() const
{
    StationSettings s;
    s.output = m_ui->printerRadio->isChecked() ? StationSettings::Output::Printer
                                               : StationSettings::Output::PdfFolder;
    s.printerName = m_ui->printerCombo->currentText().trimmed();
    s.pdfFolder = m_ui->folderEdit->text().trimmed();
    s.paper = static_cast<StationSettings::Paper>(m_ui->paperCombo->currentData().toInt());
    return s;
}

void StationSettingsDialog::setSettings(const StationSettings &s)
{
    (s.output == StationSettings::Output::Printer ? m_ui->printerRadio : m_ui->pdfRadio)
        ->setChecked(true);
    m_ui->printerCombo->setCurrentText(s.printerName);
    m_ui->folderEdit->setText(s.pdfFolder);
    const int paper = m_ui->paperCombo->findData(static_cast<int>(s.paper));
    m_ui->paperCombo->setCurrentIndex(paper < 0 ? 0 : paper);
    updateEnabled();
}

QString StationSettingsDialog::status() const
{
    return m_ui->statusLabel->text();
}

void StationSettingsDialog::updateEnabled()
{
    m_ui->printerCombo->setEnabled(m_ui->printerRadio->isChecked());
    m_ui->folderEdit->setEnabled(m_ui->pdfRadio->isChecked());
}

void StationSettingsDialog::printTest()
{
    const StationSettings s = settings();
    const QString role = StationSettings::roleOf(m_station);
    QString problem = s.check(m_station);
    if (problem.isEmpty()) {
        const std::unique_ptr<PrintSink> sink =
            PrinterSink::forStation(s, m_branch.dataDir(), role);
        PrintJob job;
        job.name = QStringLiteral("test-%1").arg(StationSettings::paperKey(s.paper));
        const QString lang = QLocale().name().startsWith(QLatin1String("zh_TW"))
                                 ? QStringLiteral("zh_TW")
                                 : QStringLiteral("zh_CN");
        job.ticket = SampleDocuments::ticket(lang, s.ticketPaper());
        if (s.paper == StationSettings::Paper::A4 || s.paper == StationSettings::Paper::A5) {
            job.form = SampleDocuments::make(QStringLiteral("notice"), lang);
            job.form->paper = s.paper == StationSettings::Paper::A4
                                  ? PrintedDocument::PaperSize::A4
                                  : PrintedDocument::PaperSize::A5;
        }
        problem = sink->print(job);
    }
    m_ui->statusLabel->setText(problem.isEmpty() ? tr("The test page was printed.")
                                                 : tr("Not printed: %1").arg(problem));
}

void StationSettingsDialog::accept()
{
    QString refused;
    try {
        refused = StationSettings::save(m_branch, m_station, settings(), m_session);
    } catch (const DbException &e) {
        refused = e.error().message;
    }
    if (!refused.isEmpty()) {
        m_ui->statusLabel->setText(refused);
        return;
    }
    QDialog::accept();
}
