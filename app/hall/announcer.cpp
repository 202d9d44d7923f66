#include "announcer.h"

#include "hall/announcement.h"
#include "hall/halllog.h"
#include "hall/speechsynth.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QBuffer>
#include <QMediaDevices>
#include <QTimer>

Announcer::Announcer(QObject *parent)
    : QObject(parent)
{}

Announcer::~Announcer()
{
    if (m_sink) {
        m_sink->stop();
    }
}

void Announcer::announce(const QString &number, int window)
{
    Item item;
    item.text = Announcement::text(number, window);
    const SpeechSynth::Result speech = SpeechSynth::speak(item.text);
    item.sampleRate = speech.sampleRate;
    item.pcm = SpeechSynth::chime(item.sampleRate);
    if (speech.ok()) {
        item.pcm += QByteArray(item.sampleRate / 5 * 2, '\0'); // a breath between chime and words
        item.pcm += speech.pcm;
        item.mode = Mode::Speech;
    } else {
        item.mode = Mode::Chime;
        if (!m_warnedVoice) {
            m_warnedVoice = true;
            qCWarning(lcHall, "no Mandarin voice, calls are announced by a chime: %s",
                      qUtf8Printable(speech.error));
        }
    }
    m_queue.append(item);
    if (!m_busy) {
        next();
    }
}

void Announcer::next()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    Item item = m_queue.takeFirst();
    if (!m_muted && !QMediaDevices::audioOutputs().isEmpty()) {
        QAudioFormat format;
        format.setSampleRate(item.sampleRate);
        format.setChannelCount(1);
        format.setSampleFormat(QAudioFormat::Int16);
        m_sink = std::make_unique<QAudioSink>(QMediaDevices::defaultAudioOutput(), format);
        m_playing = item.pcm;
        m_buffer = std::make_unique<QBuffer>(&m_playing);
        m_buffer->open(QIODevice::ReadOnly);
        connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State state) {
            if (state == QAudio::IdleState || state == QAudio::StoppedState) {
                QTimer::singleShot(0, this, &Announcer::finished);
            }
        });
        m_sink->start(m_buffer.get());
        if (m_sink->error() == QAudio::NoError && m_sink->state() != QAudio::StoppedState) {
            Q_EMIT announced(item.text, item.mode);
            return;
        }
        m_sink->disconnect(this);
        if (!m_warnedAudio) {
            m_warnedAudio = true;
            qCWarning(lcHall,
                      "the audio output cannot play (error %d): calls are shown on screen "
                      "only",
                      int(m_sink->error()));
        }
    } else if (!m_muted && !m_warnedAudio) {
        m_warnedAudio = true;
        qCWarning(lcHall, "no audio output: calls are shown on screen only");
    }
    Q_EMIT announced(item.text, m_muted ? item.mode : Mode::Silent);
    QTimer::singleShot(0, this, &Announcer::finished);
}

void Announcer::finished()
{
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
        m_sink.reset();
        m_buffer.reset();
    }
    next();
}
