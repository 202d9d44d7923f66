#pragma once

#include "staff/session.h"

#include <QDialog>

#include <memory>

class Branch;
class Catalogue;
class DailyLog;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;

// Reports > Daily log: the day's figures as they stand (or as signed), the incidents of the
// day, the manager's remarks and signature, and the PDF for the file. Signing is checked in
// app/ (managers only); once signed, the log shows the signed revision, and signing again adds
// a correction.
class DailyLogDialog : public QDialog
{
    Q_OBJECT
public:
    DailyLogDialog(Branch &branch, const Catalogue *catalogue, const Session &session,
                   QWidget *parent = nullptr);
    ~DailyLogDialog() override;

    QString lastPdf() const { return m_lastPdf; }

public Q_SLOTS:
    void reload();
    void sign();
    // kind: incident or equipment (a fault), for today.
    void recordIncident(const QString &kind);
    void savePdf();

private:
    Branch &m_branch;
    std::unique_ptr<DailyLog> m_log;
    Session m_session;
    QDateEdit *m_day = nullptr;
    QTextBrowser *m_view = nullptr;
    QPlainTextEdit *m_remarks = nullptr;
    QLabel *m_status = nullptr;
    QString m_lastPdf;
};
