// The hall display's reading of what the hall host sends it (app/hall/hallboard): the input is
// one JSON object a line, the first the queue snapshot (GET /api/v1/queue), the others push
// events, in both of the display's languages.

#include "fuzzsupport.h"

#include "hall/hallboard.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> lines = FuzzSupport::bytes(data, size).split('\n');
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        HallBoard board(language);
        int calls = 0;
        QObject::connect(&board, &HallBoard::called, [&](const HallBoard::Call &c) {
            ++calls;
            if (c.number.isEmpty() || c.window <= 0) {
                FuzzSupport::violated("a call announced with no number or window");
            }
        });
        bool first = true;
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (first) {
                board.setSnapshot(o);
                first = false;
            } else {
                board.applyEvent(o);
            }
            if (board.recent().size() > HallBoard::recentLimit) {
                FuzzSupport::violated("more recent calls than the display has room for");
            }
        }
    }
    return 0;
}
