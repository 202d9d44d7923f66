#pragma once

#include "printing/printeddocument.h"
#include "staff/session.h"

#include <QWidget>

#include <functional>
#include <memory>

class Branch;
class Catalogue;
class CaseWorkflow;
class QCheckBox;
class QComboBox;
struct Service;
namespace Ui
{
class ServePanel;
}

// The clerk's workspace for one customer: the phrase to say now, the customer's details
// (checked as typed), the service's checklist, and the outcome — one-time notice, acceptance,
// refusal or referral — each printed and archived as PDF.
class ServePanel : public QWidget
{
    Q_OBJECT
public:
    enum class Moment { Greeting, Waiting, Resuming, Farewell };

    ServePanel(Branch &branch, const Catalogue &catalogue, const Session &session,
               QWidget *parent = nullptr);
    ~ServePanel() override;

    qint64 currentCase() const { return m_caseId; }
    QString lastDocumentPath() const { return m_lastPath; }
    // A called ticket: the greeting names it, and an apology comes first after a long wait.
    void setTicket(const QString &number, int waitedMinutes);
    void selectService(const QString &code);

public Q_SLOTS:
    void openCase();
    void resumeCase();
    void giveNotice();
    void accept();
    void refuse();
    void refer();
    void printApplication();
    void recordQuestion();
    void preview();
    void showScript(ServePanel::Moment moment);
    void reset();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    const Service *service() const;
    void validate();
    void updateFees();
    void loadCase(qint64 caseId);
    void setItem(int row);
    QString archive(const PrintedDocument &document, const QString &name);
    bool saveNotes();
    // A change refused because the day's log is signed: asks for a manager's name and password
    // (the first field shows why) and runs act again under their authorisation.
    void retryAuthorised(const QString &why, const std::function<void()> &act);
    void finish(const PrintedDocument &document, const QString &number, const QString &what,
                const QString &detail = {});
    QString documentLanguage() const;
    QString uiLanguage() const;

    std::unique_ptr<Ui::ServePanel> m_ui;
    Branch &m_branch;
    const Catalogue &m_catalogue;
    Session m_session;
    std::unique_ptr<CaseWorkflow> m_cases;
    QList<QCheckBox *> m_conditions;
    QComboBox *m_idTypeCombo = nullptr;
    QComboBox *m_agentIdTypeCombo = nullptr;
    qint64 m_caseId = 0;
    QString m_ticket;
    int m_waited = 0;
    bool m_loading = false;
    PrintedDocument m_lastDocument;
    QString m_lastPath;
};
