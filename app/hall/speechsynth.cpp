#include "speechsynth.h"

#include <QMutex>
#include <QMutexLocker>

#include <espeak-ng/speak_lib.h>

#include <cmath>
#include <numbers>

namespace
{
QMutex g_lock;
int g_rate = 0; // 0: not initialised; -1: espeak-ng could not start
QByteArray *g_sink = nullptr;

int collect(short *wav, int count, espeak_EVENT *)
{
    if (wav && count > 0 && g_sink) {
        g_sink->append(reinterpret_cast<const char *>(wav),
                       qsizetype(count) * qsizetype(sizeof(short)));
    }
    return 0; // go on
}

// With g_lock held. The voice is chosen each time: cheap, and robust to another caller.
QString start()
{
    if (g_rate == 0) {
        g_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, 0);
        if (g_rate <= 0) {
            g_rate = -1;
        } else {
            espeak_SetSynthCallback(collect);
        }
    }
    if (g_rate < 0) {
        return QStringLiteral("espeak-ng could not start (is espeak-ng-data installed?)");
    }
    if (espeak_SetVoiceByName(SpeechSynth::Voice) != EE_OK) {
        return QStringLiteral("espeak-ng has no voice %1").arg(QLatin1String(SpeechSynth::Voice));
    }
    return {};
}
} // namespace

SpeechSynth::Result SpeechSynth::speak(const QString &text)
{
    QMutexLocker lock(&g_lock);
    Result r;
    r.error = start();
    if (!r.error.isEmpty()) {
        return r;
    }
    r.sampleRate = g_rate;
    const QByteArray utf8 = text.toUtf8();
    g_sink = &r.pcm;
    const espeak_ERROR e = espeak_Synth(utf8.constData(), size_t(utf8.size()) + 1, 0, POS_CHARACTER,
                                        0, espeakCHARS_UTF8, nullptr, nullptr);
    espeak_Synchronize();
    g_sink = nullptr;
    if (e != EE_OK) {
        r.error = QStringLiteral("espeak-ng could not speak (error %1)").arg(int(e));
    } else if (r.pcm.isEmpty()) {
        r.error = QStringLiteral("espeak-ng produced no sound");
    }
    return r;
}

QString SpeechSynth::phonemes(const QString &text)
{
    QMutexLocker lock(&g_lock);
    if (!start().isEmpty()) {
        return {};
    }
    const QByteArray utf8 = text.toUtf8();
    const void *p = utf8.constData();
    QString out;
    while (p) {
        const char *ph = espeak_TextToPhonemes(&p, espeakCHARS_UTF8, 0);
        if (!ph) {
            break;
        }
        out += QString::fromUtf8(ph) + QLatin1Char(' ');
    }
    return out.trimmed();
}

QByteArray SpeechSynth::chime(int sampleRate)
{
    // E5 then C5, each with a soft attack and an exponential decay.
    QByteArray pcm;
    const double notes[] = {659.25, 523.25};
    const int perNote = sampleRate * 45 / 100;
    pcm.reserve(qsizetype(2 * perNote) * 2);
    for (const double f : notes) {
        for (int i = 0; i < perNote; ++i) {
            const double t = double(i) / sampleRate;
            const double envelope = std::min(1.0, t / 0.01) * std::exp(-4.0 * t);
            const double v = 0.5 * envelope * std::sin(2 * std::numbers::pi * f * t);
            const auto s = static_cast<qint16>(std::lround(v * 32767));
            pcm.append(reinterpret_cast<const char *>(&s), sizeof s);
        }
    }
    return pcm;
}

double SpeechSynth::seconds(const QByteArray &pcm, int sampleRate)
{
    return sampleRate > 0 ? double(pcm.size() / 2) / sampleRate : 0;
}

double SpeechSynth::rms(const QByteArray &pcm)
{
    const auto *s = reinterpret_cast<const qint16 *>(pcm.constData());
    const qsizetype n = pcm.size() / 2;
    if (n == 0) {
        return 0;
    }
    double sum = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double v = s[i] / 32768.0;
        sum += v * v;
    }
    return std::sqrt(sum / double(n));
}
