#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

class Branch;
class KnowledgeHitModel;
class QModelIndex;
namespace Ui
{
class KnowledgePanel;
}

// The side panel where a clerk looks up the standard answer (按照问题答案标准答复) while the
// customer is still asking: results follow the typing, the chosen answer is shown in large type.
class KnowledgePanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 150;

    explicit KnowledgePanel(Branch &branch, QWidget *parent = nullptr);
    ~KnowledgePanel() override;

    QString query() const;
    // The code of the entry whose answer is shown, or empty.
    QString currentCode() const { return m_currentCode; }

public Q_SLOTS:
    // Searches at once (e.g. from a script panel's "look up" button).
    void setQuery(const QString &text);
    void clear();
    // Focuses and selects the search field (the Ctrl+K action).
    void focusSearch();

Q_SIGNALS:
    // The answer of the entry with this code is now on show (empty: none).
    void answerShown(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showAnswer(const QModelIndex &index);

    std::unique_ptr<Ui::KnowledgePanel> m_ui;
    Branch &m_branch;
    KnowledgeHitModel *m_model = nullptr;
    QTimer m_debounce;
    QString m_currentCode;
};
