#pragma once

#include <QDialog>

#include <memory>

class Branch;
namespace Ui
{
class UnlockDialog;
}

// Asks for the branch database's passphrase until it opens, or the user cancels.
class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnlockDialog(const QString &dataDir, const QString &problem = {},
                          QWidget *parent = nullptr);
    ~UnlockDialog() override;

    std::unique_ptr<Branch> takeBranch();

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::UnlockDialog> m_ui;
    QString m_dataDir;
    std::unique_ptr<Branch> m_branch;
};
