#pragma once

#include <QString>

#include <stdexcept>

// A rating, rectification or complaint step refused for a reason the person at the screen can
// act on (the message says what to do). Nothing was written.
class FeedbackError : public std::runtime_error
{
public:
    explicit FeedbackError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};
