#pragma once

#include <QDialog>
#include <QStringList>

class QLineEdit;

// A small form of labelled text fields (the reasons of a refusal, a referral's contact). Tests
// set the next answers, as with MessageBox, so the dialog runs without a person.
class FieldsDialog : public QDialog
{
    Q_OBJECT
public:
    FieldsDialog(const QString &title, const QStringList &labels, QWidget *parent = nullptr);

    // The entered values, one per label; empty when the user cancelled.
    static QStringList ask(const QString &title, const QStringList &labels, QWidget *parent);
    static void setNextAnswers(const QStringList &answers);

private:
    QList<QLineEdit *> m_edits;
};
