#include "fieldsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace
{
QStringList g_next;
bool g_hasNext = false;
} // namespace

FieldsDialog::FieldsDialog(const QString &title, const QStringList &labels, QWidget *parent,
                           const QList<int> &secret)
    : QDialog(parent)
{
    setWindowTitle(title);
    setMinimumWidth(520);
    auto *form = new QFormLayout(this);
    for (const QString &label : labels) {
        auto *edit = new QLineEdit(this);
        if (secret.contains(m_edits.size())) {
            edit->setEchoMode(QLineEdit::Password);
        }
        form->addRow(label, edit);
        m_edits << edit;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FieldsDialog::setNextAnswers(const QStringList &answers)
{
    g_next = answers;
    g_hasNext = true;
}

QStringList FieldsDialog::ask(const QString &title, const QStringList &labels, QWidget *parent,
                              const QList<int> &secret)
{
    if (g_hasNext) {
        g_hasNext = false;
        return std::exchange(g_next, {});
    }
    FieldsDialog dialog(title, labels, parent, secret);
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    QStringList values;
    for (QLineEdit *edit : dialog.m_edits) {
        values << (edit->echoMode() == QLineEdit::Password ? edit->text() : edit->text().trimmed());
    }
    return values;
}
