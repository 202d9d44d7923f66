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
    // secret: the indexes of fields typed blind (a manager's password).
    FieldsDialog(const QString &title, const QStringList &labels, QWidget *parent = nullptr,
                 const QList<int> &secret = {});

    // The entered values, one per label; empty when the user cancelled.
    static QStringList ask(const QString &title, const QStringList &labels, QWidget *parent,
                           const QList<int> &secret = {});
    static void setNextAnswers(const QStringList &answers);

private:
    QList<QLineEdit *> m_edits;
};
