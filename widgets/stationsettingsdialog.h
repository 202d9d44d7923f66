#pragma once

#include "printing/stationsettings.h"
#include "staff/session.h"

#include <QDialog>

#include <memory>

class Branch;
namespace Ui
{
class StationSettingsDialog;
}

// Where a station prints: a printer of this PC or PDF files in a folder, and the paper. Only an
// administrator saves (StationSettings::save checks); anyone who may open it can print a test
// ticket to see whether the printer works.
class StationSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    StationSettingsDialog(Branch &branch, QString station, const Session &session,
                          QWidget *parent = nullptr);
    ~StationSettingsDialog() override;

    // File > Settings in the main window: asks an administrator to sign in, then edits the
    // station. Returns true when something was saved.
    static bool editAfterSignIn(Branch &branch, const QString &station, QWidget *parent);

    StationSettings settings() const;
    void setSettings(const StationSettings &settings);
    QString status() const;

public Q_SLOTS:
    // Prints a sample ticket with the settings as they stand in the dialog (saved or not).
    void printTest();
    void accept() override;

private:
    void updateEnabled();

    std::unique_ptr<Ui::StationSettingsDialog> m_ui;
    Branch &m_branch;
    QString m_station;
    Session m_session;
};
