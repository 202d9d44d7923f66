#include "checkedtextedit.h"

#include "phrasehighlighter.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTextBlock>
#include <QToolTip>

CheckedTextEdit::CheckedTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new PhraseHighlighter(document()))
{
    auto *replace = new QAction(tr("Use the standard phrase"), this);
    replace->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    replace->setShortcutContext(Qt::WidgetShortcut);
    connect(replace, &QAction::triggered, this, &CheckedTextEdit::applyAlternativeAtCursor);
    addAction(replace);
    connect(this, &QPlainTextEdit::textChanged, this, &CheckedTextEdit::recheck);
}

CheckedTextEdit::~CheckedTextEdit() = default;

void CheckedTextEdit::setPhrases(const QList<ForbiddenPhrase> &phrases)
{
    m_highlighter->setChecker(PhraseChecker(phrases));
    recheck();
}

const PhraseChecker &CheckedTextEdit::checker() const
{
    return m_highlighter->checker();
}

void CheckedTextEdit::setLanguage(const QString &language)
{
    m_language = language;
    recheck();
}

QList<PhraseChecker::Match> CheckedTextEdit::matches() const
{
    // Paragraph by paragraph, exactly as the highlighter sees the text.
    QList<PhraseChecker::Match> all;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (PhraseChecker::Match m : checker().find(block.text())) {
            m.position += block.position();
            all.append(m);
        }
    }
    return all;
}

std::optional<PhraseChecker::Match> CheckedTextEdit::matchAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid()) {
        return std::nullopt;
    }
    const int inBlock = position - block.position();
    for (PhraseChecker::Match m : checker().find(block.text())) {
        if (inBlock >= m.position && inBlock <= m.position + m.length) {
            m.position += block.position();
            return m;
        }
    }
    return std::nullopt;
}

QString CheckedTextEdit::alternativeText(const PhraseChecker::Match &match) const
{
    return match.alternative.text(m_language);
}

QString CheckedTextEdit::hintFor(const PhraseChecker::Match &match) const
{
    return tr("Avoid saying “%1”; say instead: %2").arg(match.phrase, alternativeText(match));
}

void CheckedTextEdit::recheck()
{
    QStringList lines;
    for (const PhraseChecker::Match &m : matches()) {
        const QString line = hintFor(m);
        if (!lines.contains(line)) {
            lines.append(line);
        }
    }
    const QString hint = lines.join(QLatin1Char('\n'));
    if (hint != m_hint) {
        m_hint = hint;
        Q_EMIT hintChanged(m_hint);
    }
}

bool CheckedTextEdit::applyAlternative(int position)
{
    const std::optional<PhraseChecker::Match> m = matchAt(position);
    if (!m || isReadOnly()) {
        return false;
    }
    QTextCursor cursor(document());
    cursor.setPosition(static_cast<int>(m->position));
    cursor.setPosition(static_cast<int>(m->position + m->length), QTextCursor::KeepAnchor);
    cursor.insertText(alternativeText(*m));
    setTextCursor(cursor);
    return true;
}

bool CheckedTextEdit::applyAlternativeAtCursor()
{
    return applyAlternative(textCursor().position());
}

QMenu *CheckedTextEdit::createContextMenuAt(const QPoint &viewportPos)
{
    QMenu *menu = createStandardContextMenu(viewportPos);
    const int position = cursorForPosition(viewportPos).position();
    const std::optional<PhraseChecker::Match> m = matchAt(position);
    if (!m) {
        return menu;
    }
    QAction *first = menu->actions().value(0);
    auto *about = new QAction(tr("Avoid saying “%1”").arg(m->phrase), menu);
    about->setEnabled(false);
    // A long alternative is cut in the menu; the tooltip and the hint show it whole.
    const QString alternative =
        menu->fontMetrics().elidedText(alternativeText(*m), Qt::ElideRight, 560);
    auto *replace = new QAction(tr("Say instead: %1").arg(alternative), menu);
    replace->setObjectName(QStringLiteral("replaceAction"));
    replace->setEnabled(!isReadOnly());
    connect(replace, &QAction::triggered, this, [this, position] {
        applyAlternative(position);
    });
    menu->insertAction(first, about);
    menu->insertAction(first, replace);
    menu->insertSeparator(first);
    return menu;
}

void CheckedTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createContextMenuAt(event->pos()));
    menu->exec(event->globalPos());
}

bool CheckedTextEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const std::optional<PhraseChecker::Match> m =
            matchAt(cursorForPosition(help->pos()).position());
        if (m) {
            QToolTip::showText(
                help->globalPos(),
                hintFor(*m) + QLatin1Char('\n')
                    + tr("Right-click, or press Alt+Enter at the phrase, to use it."),
                viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}
