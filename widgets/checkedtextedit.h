#pragma once

#include "scripts/phrasechecker.h"

#include <QPlainTextEdit>

#include <memory>
#include <optional>

class PhraseHighlighter;
class QMenu;

// A free-text field (notes, replies to the customer) that flags forbidden phrases as the clerk
// types: underlined, the standard alternative in a tooltip and in hint(), and one action
// (context menu, or Alt+Enter at the phrase) that puts the alternative in its place.
class CheckedTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CheckedTextEdit(QWidget *parent = nullptr);
    ~CheckedTextEdit() override;

    // Catalogue::forbiddenFor(service), or Catalogue::forbiddenPhrases() for all of them.
    void setPhrases(const QList<ForbiddenPhrase> &phrases);
    const PhraseChecker &checker() const;
    // The language of the alternatives offered: "zh_CN" (default), "zh_TW" or "en".
    void setLanguage(const QString &language);

    // Every flagged phrase, positions in the whole document.
    QList<PhraseChecker::Match> matches() const;
    // The flagged phrase at a document position (its end counts: the cursor after typing it).
    std::optional<PhraseChecker::Match> matchAt(int position) const;
    QString alternativeText(const PhraseChecker::Match &match) const;
    // "Avoid saying “我不知道”; say instead: …" for one phrase.
    QString hintFor(const PhraseChecker::Match &match) const;
    // One such line per phrase flagged in the text, in text order; empty when all is well.
    QString hint() const { return m_hint; }

    // The context menu at a viewport position: the standard one, headed by the alternative's
    // action when the position is on a flagged phrase. The caller owns it.
    QMenu *createContextMenuAt(const QPoint &viewportPos);

public Q_SLOTS:
    // Replaces the flagged phrase at position with its alternative (one undo step). False when
    // nothing is flagged there.
    bool applyAlternative(int position);
    bool applyAlternativeAtCursor();

Q_SIGNALS:
    // hint() changed: a panel beside the field can show it.
    void hintChanged(const QString &hint);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void recheck();

    PhraseHighlighter *m_highlighter = nullptr;
    QString m_language = QStringLiteral("zh_CN");
    QString m_hint;
};
