#pragma once

#include <QMainWindow>

#include <memory>

class Branch;
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

public Q_SLOTS:
    void refresh();
    void verifyAudit();
    void showAbout();

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Branch> m_branch;
};
