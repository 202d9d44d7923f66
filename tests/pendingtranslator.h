#pragma once

#include <QHash>
#include <QTranslator>

// Proposed zh_CN translations of GUI strings not yet in i18n/*.ts, so that screenshot tests can
// prove Chinese text fits before the translator's pass; unknown strings fall through to the
// next translator.
class PendingTranslator : public QTranslator
{
public:
    PendingTranslator();

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

private:
    QHash<QString, QString> m_zh; // "context\nsource" -> translation
};
