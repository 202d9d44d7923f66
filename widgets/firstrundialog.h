#pragma once

#include <QDialog>

#include <memory>

class Branch;
namespace Ui
{
class FirstRunDialog;
}

// The first start on a PC: name and code the branch, choose the passphrase (with a strength
// meter and a confirmation), and create the encrypted database.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(const QString &dataDir, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    std::unique_ptr<Branch> takeBranch();

public Q_SLOTS:
    void accept() override;

private:
    void updateState();

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    QString m_dataDir;
    std::unique_ptr<Branch> m_branch;
};
