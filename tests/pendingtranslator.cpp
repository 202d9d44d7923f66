#include "pendingtranslator.h"

namespace
{
struct Entry
{
    const char *context;
    const char *source;
    const char *zh;
};

// The lead moves these into i18n/counterdesk_zh_CN.ts (then they come from there).
const Entry entries[] = {
    {"LoginDialog", "Sign in", "登录"},
    {"LoginDialog", "Staff &name:", "员工账号(&N)："},
    {"LoginDialog", "&Password:", "密码(&P)："},
    {"LoginDialog", "&Window:", "窗口号(&W)："},
    {"LoginDialog", "&Sign in", "登录(&S)"},
    {"LoginDialog", "Sign in to serve at %1.", "请登录，在%1办理业务。"},
    {"LoginDialog", "Enter your staff name.", "请输入员工账号。"},
    {"LoginDialog", "Enter your password.", "请输入密码。"},
    {"KnowledgePanel", "Standard answers", "标准答复"},
    {"KnowledgePanel", "Type what the customer asks", "输入客户所问的问题"},
    {"KnowledgePanel", "The knowledge base cannot be searched: %1", "无法查询知识库：%1"},
    {"KnowledgePanel", "Type a few words of the customer's question.", "输入客户问题中的几个字。"},
    {"KnowledgePanel", "No standard answer found for “%1”. Try fewer or other words.",
     "没有找到与“%1”相关的标准答复。请减少字数或换个说法。"},
    {"KnowledgePanel", "%n standard answer(s) for “%1”", "“%1”：找到 %n 条标准答复"},
    {"KnowledgePanel", "Standard answer %1", "标准答复 %1"},
    {"CheckedTextEdit", "Use the standard phrase", "改用规范用语"},
    {"CheckedTextEdit", "Avoid saying “%1”; say instead: %2", "避免说“%1”，可以说：%2"},
    {"CheckedTextEdit", "Avoid saying “%1”", "避免说“%1”"},
    {"CheckedTextEdit", "Say instead: %1", "改为：%1"},
    {"CheckedTextEdit", "Right-click, or press Alt+Enter at the phrase, to use it.",
     "在该处右击，或按 Alt+Enter，即可替换。"},
    {"LockScreen", "This window is locked", "窗口已锁定"},
    {"LockScreen", "&Unlock", "解锁(&U)"},
    {"LockScreen", "Your password", "请输入您的密码"},
    {"LockScreen", "Signed in: %1 (%2), window %3", "当前登录：%1（%2），%3 号窗口"},
    {"LockScreen", "Enter your password.", "请输入密码。"},
    {"LockScreen", "Wrong password. Only %1 can unlock this window.",
     "密码错误。只有%1本人可以解锁。"},
    {"KioskWindow", "Take a ticket", "取号"},
    {"KioskWindow", "Welcome. Choose your service, then take a ticket.",
     "欢迎光临。请选择要办理的业务，然后取号。"},
    {"KioskWindow", "Search services", "搜索业务"},
    {"KioskWindow", "All services", "全部业务"},
    {"KioskWindow", "Touch a service to see what to bring.", "请点击业务，查看需要携带的材料。"},
    {"KioskWindow", "No priority", "无优先"},
    {"KioskWindow", "Your number", "您的号码"},
    {"KioskWindow", "Scan to follow your place in the queue on your phone.",
     "扫码可在手机上查看排队进度。"},
    {"KioskWindow", "Done", "完成"},
    {"KioskWindow", "copy ×%1", "复印件 ×%1"},
    {"KioskWindow", "original and copy ×%1", "原件及复印件 ×%1"},
    {"KioskWindow", "original ×%1", "原件 ×%1"},
    {"KioskWindow", "No documents are needed.", "无需携带材料。"},
    {"KioskWindow", "Please bring:", "请携带："},
    {"KioskWindow", "If the answer to “%1” is yes, also bring:", "如“%1”答案为是，还需携带："},
    {"KioskWindow", "%1: ¥%2 per %3", "%1：每%3 ¥%2"},
    {"KioskWindow", "Fees: none", "收费：无"},
    {"KioskWindow", "Fees: %1", "收费：%1"},
    {"KioskWindow", "; ", "；"},
    {"KioskWindow", "Nobody is ahead of you.", "您前面没有人等候。"},
    {"KioskWindow", "%n person(s) ahead of you.", "您前面还有 %n 人。"},
    {"KioskWindow", "Please take your ticket below.", "请在下方取走号票。"},
    {"KioskWindow",
     "The ticket could not be printed. Please see the service desk with your number; your place "
     "in the queue is kept.",
     "号票未能打印。请记下您的号码到服务台咨询，您的排队位置保留。"},
    {"KioskWindow", "Print again (%1 waiting)", "重新打印（%1 张待打印）"},
};
} // namespace

PendingTranslator::PendingTranslator()
{
    for (const Entry &e : entries) {
        m_zh.insert(QString::fromUtf8(e.context) + QLatin1Char('\n') + QString::fromUtf8(e.source),
                    QString::fromUtf8(e.zh));
    }
}

QString PendingTranslator::translate(const char *context, const char *sourceText,
                                     const char *disambiguation, int n) const
{
    Q_UNUSED(disambiguation);
    Q_UNUSED(n);
    return m_zh.value(QString::fromUtf8(context) + QLatin1Char('\n')
                      + QString::fromUtf8(sourceText));
}
