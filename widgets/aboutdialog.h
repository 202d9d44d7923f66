#pragma once

#include <QDialog>

#include <memory>

namespace Ui
{
class AboutDialog;
}

// Help > About: what CounterDesk is, its version and the versions of what it is built on.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &cipherVersion, QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
