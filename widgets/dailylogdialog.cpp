#include "dailylogdialog.h"

#include "branch/branch.h"
#include "core/clock.h"
#include "fieldsdialog.h"
#include "printing/pdfoutput.h"
#include "reports/dailylog.h"
#include "staff/permissions.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace
{
QPushButton *addButton(const QString &text, const char *name, QWidget *parent, QLayout *layout)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    layout->addWidget(b);
    return b;
}

QString html(const PrintedDocument &d)
{
    QString h = QStringLiteral("<h2>%1</h2><p>%2</p><table>")
                    .arg(d.title.toHtmlEscaped(), d.number.toHtmlEscaped());
    for (const PrintedDocument::Field &f : d.fields) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                 .arg(f.label.toHtmlEscaped(), f.value.toHtmlEscaped());
    }
    h += QStringLiteral("</table>");
    for (const PrintedDocument::Section &s : d.sections) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(s.heading.toHtmlEscaped());
        for (const QString &item : s.items) {
            h += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        }
        h += QStringLiteral("</ul>");
    }
    for (const QString &p : d.paragraphs) {
        h += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    }
    if (!d.staffLine.isEmpty()) {
        h += QStringLiteral("<p><small>%1</small></p>").arg(d.staffLine.toHtmlEscaped());
    }
    return h;
}
} // namespace

DailyLogDialog::DailyLogDialog(Branch &branch, const Catalogue *catalogue, const Session &session,
                               QWidget *parent)
    : QDialog(parent)
    , m_branch(branch)
    , m_log(std::make_unique<DailyLog>(branch, catalogue))
    , m_session(session)
{
    setWindowTitle(tr("Daily log"));
    resize(900, 700);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Business day:"), this));
    m_day = new QDateEdit(m_branch.businessDay(Clock::nowUtc()), this);
    m_day->setObjectName(QStringLiteral("dayEdit"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    top->addWidget(m_day);
    top->addStretch();
    layout->addLayout(top);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("logView"));
    layout->addWidget(m_view, 1);
    layout->addWidget(new QLabel(tr("Manager's remarks (signed with the log):"), this));
    m_remarks = new QPlainTextEdit(this);
    m_remarks->setObjectName(QStringLiteral("remarksEdit"));
    m_remarks->setMaximumHeight(90);
    layout->addWidget(m_remarks);
    auto *actions = new QHBoxLayout;
    connect(addButton(tr("Record an &incident…"), "incidentButton", this, actions),
            &QPushButton::clicked, this, [this] {
                recordIncident(QStringLiteral("incident"));
            });
    connect(addButton(tr("Record an &equipment fault…"), "faultButton", this, actions),
            &QPushButton::clicked, this, [this] {
                recordIncident(QStringLiteral("equipment"));
            });
    actions->addStretch();
    connect(addButton(tr("Save as &PDF"), "pdfButton", this, actions), &QPushButton::clicked, this,
            &DailyLogDialog::savePdf);
    connect(addButton(tr("&Sign the log"), "signButton", this, actions), &QPushButton::clicked,
            this, &DailyLogDialog::sign);
    layout->addLayout(actions);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_day, &QDateEdit::dateChanged, this, &DailyLogDialog::reload);
    reload();
}

DailyLogDialog::~DailyLogDialog() = default;

void DailyLogDialog::reload()
{
    m_view->setHtml(html(m_log->document(m_day->date())));
}

void DailyLogDialog::sign()
{
    const QDate day = m_day->date();
    const bool correction = m_log->isSigned(day);
    try {
        const DailyLogRow row = m_log->sign(m_session, day, m_remarks->toPlainText());
        m_remarks->clear();
        m_status->setText(correction ? tr("Correction %1 signed.").arg(row.revision)
                                     : tr("The log is signed. Further changes to this day need "
                                          "a manager's authorisation."));
    } catch (const PermissionDenied &e) {
        m_status->setText(e.message());
    }
    reload();
}

void DailyLogDialog::recordIncident(const QString &kind)
{
    const QStringList v =
        FieldsDialog::ask(kind == QLatin1String("equipment") ? tr("Record an equipment fault")
                                                             : tr("Record an incident"),
                          {tr("What happened:")}, this);
    if (v.size() != 1) {
        return;
    }
    try {
        m_log->recordIncident(m_session, kind, v.at(0));
        m_status->setText(tr("Recorded for today's log."));
    } catch (const PermissionDenied &e) {
        m_status->setText(e.message());
    }
    reload();
}

void DailyLogDialog::savePdf()
{
    const QString name = QStringLiteral("daily-log-") + m_day->date().toString(Qt::ISODate);
    m_lastPdf = m_branch.archivePath(name);
    const QString error = PdfOutput::write(m_log->document(m_day->date()), m_lastPdf);
    if (!error.isEmpty()) {
        m_lastPdf.clear();
        m_status->setText(tr("The PDF could not be written: %1").arg(error));
        return;
    }
    m_status->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(m_lastPdf)));
}
