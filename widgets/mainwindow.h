#pragma once

#include "catalogue/catalogue.h"
#include "staff/session.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class Branch;
class HallHost;
class KnowledgePanel;
class LockScreen;
class QueuePanel;
class ServePanel;
class QStackedWidget;
namespace Ui
{
class MainWindow;
}

// The main window: the menus the product is built around, and the branch's status at a glance.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Branch> branch, QWidget *parent = nullptr);
    ~MainWindow() override;

    Branch &branch() { return *m_branch; }
    // A clerk signed in at a window: the serve page replaces the branch overview.
    void startSession(const Session &session);
    const Session &session() const { return m_session; }
    ServePanel *servePanel() const { return m_serve; }
    QueuePanel *queuePanel() const { return m_queue; }

public Q_SLOTS:
    void refresh();
    void verifyAudit();
    void showAbout();
    // Counter > Log in at a window: the sign-in dialog, then the serve page.
    void signIn();
    // Hall > Hall display: the calling display in a window of its own (full screen on a second
    // screen), following this PC's branch.
    void openDisplay();
    // File > Language: the screens' language, saved for the next start.
    void chooseLanguage();

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Branch> m_branch;
    std::optional<Catalogue> m_catalogue;
    Session m_session;
    QStackedWidget *m_pages = nullptr;
    ServePanel *m_serve = nullptr;
    QueuePanel *m_queue = nullptr;
    KnowledgePanel *m_knowledge = nullptr;
    LockScreen *m_lock = nullptr;
    // Hall > Hall host: this PC serving the hall to the others while the app runs.
    std::unique_ptr<HallHost> m_host;
    QAction *m_console = nullptr;
};
