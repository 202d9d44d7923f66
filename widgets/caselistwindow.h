#pragma once

#include "printing/printeddocument.h"
#include "staff/session.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class Branch;
class Catalogue;
class CaseListModel;
class CaseWorkflow;
class InquiryBook;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;
class QTableWidget;
struct CaseRow;

// Cases > Case list: my cases (and those I hold as proxy) or the whole branch's, with what a
// clerk does after the counter — the next step, a collection notice, an extension, a hand-over,
// and the privileged acts (reprint a receipt, cancel a case) that a manager authorises in the
// same dialog. A second tab lists the questions the clerk owes an answer to (首问负责制).
class CaseListWindow : public QDialog
{
    Q_OBJECT
public:
    CaseListWindow(Branch &branch, const Catalogue &catalogue, const Session &session,
                   QWidget *parent = nullptr);
    ~CaseListWindow() override;

    CaseListModel *model() const { return m_model; }
    QString lastDocumentPath() const { return m_lastPath; }
    // Selects the case with that id in the table; false when it is not listed.
    bool selectCase(qint64 caseId);

public Q_SLOTS:
    void reload();
    void advance(const QString &state);
    void printCollectionNotice();
    void extend();
    void handOver();
    void reprintReceipt();
    void cancelCase();
    void answerQuestion();
    void handOverQuestion();
    void preview();

private:
    std::optional<CaseRow> selected() const;
    qint64 selectedQuestion() const;
    void loadQuestions();
    void updateButtons();
    void archive(const PrintedDocument &document, const QString &name, const QString &what);
    // Runs act, and shows its refusal (CaseError, PermissionDenied, ...) instead of throwing.
    void attempt(const std::function<void()> &act);

    Branch &m_branch;
    std::unique_ptr<CaseWorkflow> m_cases;
    std::unique_ptr<InquiryBook> m_inquiries;
    Session m_session;
    CaseListModel *m_model = nullptr;
    QComboBox *m_scope = nullptr;
    QTableView *m_view = nullptr;
    QTableWidget *m_questions = nullptr;
    QLabel *m_status = nullptr;
    QList<QPushButton *> m_caseButtons;
    QPushButton *m_previewButton = nullptr;
    QMenu *m_advanceMenu = nullptr;
    PrintedDocument m_lastDocument;
    QString m_lastPath;
};
