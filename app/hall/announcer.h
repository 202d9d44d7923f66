#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QAudioSink;
class QBuffer;

// Speaks the hall display's calls one after another: a chime, then the Mandarin words
// (SpeechSynth) through QtMultimedia's default audio output. Without voice data it plays the
// chime alone; without an audio output it stays silent (the screen still flashes). Each
// fallback is logged once.
class Announcer : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Speech, Chime, Silent };
    Q_ENUM(Mode)

    explicit Announcer(QObject *parent = nullptr);
    ~Announcer() override;

    // Queues an announcement of ticket `number` called to `window` (a recall repeats it).
    void announce(const QString &number, int window);
    // Never opens an audio device (tests, screenshots): announcements are only reported.
    void setMuted(bool muted) { m_muted = muted; }
    int pending() const { return int(m_queue.size()); }

Q_SIGNALS:
    // What was (or would have been) said, and how: emitted when its sound starts.
    void announced(const QString &text, Announcer::Mode mode);

private:
    struct Item
    {
        QString text;
        QByteArray pcm;
        int sampleRate = 22050;
        Mode mode = Mode::Silent;
    };
    void next();
    void finished();

    QList<Item> m_queue;
    std::unique_ptr<QAudioSink> m_sink;
    std::unique_ptr<QBuffer> m_buffer;
    QByteArray m_playing;
    bool m_muted = false;
    bool m_busy = false;
    bool m_warnedVoice = false;
    bool m_warnedAudio = false;
};
