#include "knowledgepanel.h"
#include "ui_knowledgepanel.h"

#include "branch/branch.h"
#include "dberror.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/knowledgehitmodel.h"
#include "knowledgehitdelegate.h"

#include <QKeyEvent>

KnowledgePanel::KnowledgePanel(Branch &branch, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::KnowledgePanel>())
    , m_branch(branch)
    , m_model(new KnowledgeHitModel(this))
{
    m_ui->setupUi(this);
    m_ui->resultView->setModel(m_model);
    m_ui->resultView->setItemDelegate(new KnowledgeHitDelegate(m_ui->resultView));
    m_ui->resultView->setSelectionMode(QAbstractItemView::SingleSelection);

    // The answer is read aloud to the customer: large type, easy to keep one's place in.
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.45);
    m_ui->answerView->setFont(large);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &KnowledgePanel::search);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] {
        m_debounce.start();
    });
    connect(m_ui->resultView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                showAnswer(current);
            });
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->searchEdit), static_cast<QWidget *>(m_ui->resultView),
          static_cast<QWidget *>(m_ui->answerView)}) {
        w->installEventFilter(this);
    }
    setFocusProxy(m_ui->searchEdit);
    search();
}

KnowledgePanel::~KnowledgePanel() = default;

QString KnowledgePanel::query() const
{
    return m_ui->searchEdit->text();
}

void KnowledgePanel::setQuery(const QString &text)
{
    m_ui->searchEdit->setText(text);
    m_debounce.stop();
    search();
}

void KnowledgePanel::clear()
{
    setQuery({});
    m_ui->searchEdit->setFocus();
}

void KnowledgePanel::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void KnowledgePanel::search()
{
    const QString text = m_ui->searchEdit->text().trimmed();
    QList<KnowledgeHit> hits;
    QString problem;
    if (!text.isEmpty()) {
        try {
            hits = KnowledgeBase(m_branch.database()).search(text);
        } catch (const DbException &e) {
            problem = e.error().message;
        }
    }
    m_model->setHits(hits);
    if (!problem.isEmpty()) {
        m_ui->statusLabel->setText(tr("The knowledge base cannot be searched: %1").arg(problem));
    } else if (text.isEmpty()) {
        m_ui->statusLabel->setText(tr("Type a few words of the customer's question."));
    } else if (hits.isEmpty()) {
        m_ui->statusLabel->setText(
            tr("No standard answer found for “%1”. Try fewer or other words.").arg(text));
    } else {
        m_ui->statusLabel->setText(
            tr("%n standard answer(s) for “%1”", nullptr, static_cast<int>(hits.size())).arg(text));
    }
    // The best answer is shown at once; arrow keys move to the others.
    if (hits.isEmpty()) {
        showAnswer({});
    } else {
        m_ui->resultView->setCurrentIndex(m_model->index(0));
    }
}

void KnowledgePanel::showAnswer(const QModelIndex &index)
{
    const KnowledgeHit *hit = m_model->hit(index);
    const QString code = hit ? hit->entry.code : QString();
    if (!hit) {
        m_ui->answerView->clear();
    } else {
        m_ui->answerView->setHtml(
            QLatin1String("<p><b>") + hit->entry.question.toHtmlEscaped()
            + QLatin1String("</b></p><p>") + hit->entry.answer.toHtmlEscaped()
            + QLatin1String("</p><p style=\"font-size:small; color:#5f6368;\">")
            + tr("Standard answer %1").arg(hit->entry.code).toHtmlEscaped()
            + QLatin1String("</p>"));
    }
    if (code != m_currentCode) {
        m_currentCode = code;
        Q_EMIT answerShown(code);
    }
}

bool KnowledgePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Escape clears; with nothing to clear it goes on (e.g. to close a dialog).
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier
            && !m_ui->searchEdit->text().isEmpty()) {
            clear();
            return true;
        }
        // From the search field, Up/Down walk the results without leaving the field.
        if (watched == m_ui->searchEdit && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)
            && m_model->rowCount() > 0) {
            const int row = m_ui->resultView->currentIndex().row();
            const int next =
                qBound(0, row + (key->key() == Qt::Key_Down ? 1 : -1), m_model->rowCount() - 1);
            m_ui->resultView->setCurrentIndex(m_model->index(next));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
