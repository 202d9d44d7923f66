#pragma once

#include <QString>
#include <QWidget>

#include <memory>

class Branch;
class QTranslator;

// Helpers for GUI tests: typing Chinese, screenshots, children by name, a demo branch copied per
// test, and the app's zh_CN look (translations and CJK font).
namespace GuiTestSupport
{
// QTest::keyClicks aborts on non-Latin-1 text: types such characters one key event at a time.
void typeText(QWidget *w, const QString &text);
// Saves w->grab() as screenshots/NAME.png in the working directory; returns the path.
QString saveScreenshot(QWidget *w, const QString &name);

template<typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w) {
        qFatal("no child %s", name);
    }
    return w;
}

// Creates the demo branch (staff, catalogue, knowledge base) in dir; slow, so once per test
// executable. openCopy() then gives each test function its own copy of the file.
void createDemoBranch(const QString &dir);
std::unique_ptr<Branch> openCopy(const QString &templateDir, const QString &dir);

// Installs Qt's and CounterDesk's zh_CN translations, and the CJK font; undone when the returned
// object is destroyed.
class ChineseUi
{
public:
    ChineseUi();
    ~ChineseUi();
    ChineseUi(const ChineseUi &) = delete;
    ChineseUi &operator=(const ChineseUi &) = delete;

private:
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_app;
};

// Every label and button in w shows its whole text (no word-wrapped label is checked).
// Returns the text of the first one that is cut, or an empty string.
QString firstCutText(QWidget *w);
} // namespace GuiTestSupport
