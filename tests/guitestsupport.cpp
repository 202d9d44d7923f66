#include "guitestsupport.h"

#include "appearance.h"
#include "branch/branch.h"
#include "branch/demodata.h"
#include "database.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>

namespace GuiTestSupport
{
void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            QTest::keyClick(w, Qt::Key_Return);
        } else if (c.unicode() < 0x80) {
            QTest::keyClick(w, c.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

QString saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    w->grab().save(path);
    return path;
}

void createDemoBranch(const QString &dir)
{
    auto branch =
        Branch::create(dir, TestSupport::passphrase(),
                       {DemoData::branchCode(), DemoData::branchName()}, QStringLiteral("test"));
    DemoData::populate(*branch, QStringLiteral("test"));
    branch->database().checkpoint();
}

std::unique_ptr<Branch> openCopy(const QString &templateDir, const QString &dir)
{
    const QString name = QStringLiteral("branch.db");
    if (!QFile::copy(QDir(templateDir).filePath(name), QDir(dir).filePath(name))) {
        qFatal("cannot copy the demo branch");
    }
    return Branch::open(dir, TestSupport::passphrase());
}

ChineseUi::ChineseUi()
    : m_qt(std::make_unique<QTranslator>())
    , m_app(std::make_unique<QTranslator>())
{
    if (m_qt->load(QStringLiteral("qtbase_zh_CN"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(m_qt.get());
    }
    if (!m_app->load(QStringLiteral(":/i18n/counterdesk_zh_CN"))) {
        qFatal("no zh_CN translation in the test's resources");
    }
    QCoreApplication::installTranslator(m_app.get());
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    Appearance::apply(*qApp);
}

ChineseUi::~ChineseUi()
{
    QCoreApplication::removeTranslator(m_app.get());
    QCoreApplication::removeTranslator(m_qt.get());
    QLocale::setDefault(QLocale::c());
}

QString firstCutText(QWidget *w)
{
    for (QLabel *label : w->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty()
            && label->width() < label->sizeHint().width()) {
            return label->text();
        }
    }
    for (QAbstractButton *b : w->findChildren<QAbstractButton *>()) {
        if (b->isVisible() && !b->text().isEmpty() && b->width() < b->sizeHint().width()) {
            return b->text();
        }
    }
    return {};
}
} // namespace GuiTestSupport
