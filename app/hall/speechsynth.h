#pragma once

#include <QByteArray>
#include <QString>

// Mandarin speech into memory with libespeak-ng (voice "cmn-latn-pinyin"; "cmn" reads pinyin
// as English and "zh" needs MBROLA), and the chime played when there is no voice. Samples are
// signed 16-bit mono. espeak-ng is not known to be thread-safe: use it from one thread only.
class SpeechSynth
{
public:
    struct Result
    {
        QByteArray pcm; // Int16, mono
        int sampleRate = 22050;
        QString error; // empty on success
        bool ok() const { return error.isEmpty() && !pcm.isEmpty(); }
    };

    static constexpr const char *Voice = "cmn-latn-pinyin";

    static Result speak(const QString &text);
    // espeak's phonemes for text (tests: a word read as English shows "(en)").
    static QString phonemes(const QString &text);
    // A two-tone "ding-dong", about 0.9 s.
    static QByteArray chime(int sampleRate = 22050);
    // Seconds and root-mean-square level (0..1) of Int16 samples.
    static double seconds(const QByteArray &pcm, int sampleRate);
    static double rms(const QByteArray &pcm);
};
