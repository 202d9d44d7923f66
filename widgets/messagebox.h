#pragma once

#include <QMessageBox>

// QMessageBox behind a seam (KeePassXC's idea): tests set the next answer and read the last
// text, so dialogs run without a person.
class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title,
                                                const QString &text);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title,
                                               const QString &text);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title,
                                                   const QString &text);
    // Yes or No (No is the default: the safe answer).
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text);

    // Tests: the next box is not shown; it answers this at once.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons = QMessageBox::Ok);
};
