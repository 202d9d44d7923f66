// Head office's reading of a branch's batch (hq/ingest, POST /api/v1/batches) without
// PostgreSQL: the body parsed and checked as HqApi does, then the accepted events written in
// COPY's text format as Ingest::store sends them, and read back the way PostgreSQL reads COPY:
// every field must come back exactly, and nothing PostgreSQL refuses in text may get through
// (it would make the whole batch fail as a database error again and again, not be refused).

#include "fuzzsupport.h"

#include "ingest.h"

#include <QDateTime>

namespace
{
// One line of COPY text into its fields, as PostgreSQL's COPY FROM (text format) reads it.
QList<QByteArray> readCopyLine(const QByteArray &line, QList<bool> *nulls)
{
    QList<QByteArray> fields{QByteArray()};
    nulls->clear();
    nulls->append(false);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '\t') {
            fields.append(QByteArray());
            nulls->append(false);
        } else if (c == '\\' && i + 1 < line.size()) {
            const char e = line.at(++i);
            switch (e) {
            case 't':
                fields.last() += '\t';
                break;
            case 'n':
                fields.last() += '\n';
                break;
            case 'r':
                fields.last() += '\r';
                break;
            case 'N':
                nulls->last() = true;
                break;
            default:
                fields.last() += e;
            }
        } else {
            fields.last() += c;
        }
    }
    return fields;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Ingest::Batch batch =
        Ingest::parseBatch(FuzzSupport::bytes(data, size), QStringLiteral("BJ0101"), 500);
    if (batch.status != 200) {
        if (batch.error.isEmpty() || !batch.events.isEmpty()) {
            FuzzSupport::violated("a refused batch without a reason, or with events");
        }
        return 0;
    }
    const QByteArray copy = Ingest::copyRows(batch.events);
    if (copy.contains('\0')) {
        FuzzSupport::violated("a NUL byte in COPY text: PostgreSQL fails the whole batch");
    }
    if (QString::fromUtf8(copy).toUtf8() != copy) {
        FuzzSupport::violated("COPY text that is not UTF-8");
    }
    QList<QByteArray> lines = copy.split('\n');
    if (lines.isEmpty() || !lines.takeLast().isEmpty() || lines.size() != batch.events.size()) {
        FuzzSupport::violated("COPY text does not hold one line per event");
    }
    qint64 previous = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Ingest::Event &e = batch.events.at(i);
        QList<bool> nulls;
        const QList<QByteArray> f = readCopyLine(lines.at(i), &nulls);
        if (f.size() != 5) {
            FuzzSupport::violated("a COPY line without its five fields",
                                  QString::fromUtf8(lines.at(i)));
        }
        if (e.seq <= previous || f.at(0) != QByteArray::number(e.seq)) {
            FuzzSupport::violated("seq is not ascending, or not written as given");
        }
        previous = e.seq;
        const QDateTime created =
            QDateTime::fromString(QString::fromLatin1(f.at(1)), Qt::ISODateWithMs);
        if (!created.isValid() || created.timeSpec() != Qt::UTC || created.date().year() < 1
            || created.date().year() > 9999) {
            FuzzSupport::violated("createdUtc is not an instant PostgreSQL reads as UTC",
                                  QString::fromLatin1(f.at(1)));
        }
        if (f.at(2) != e.kind.toUtf8() || nulls.at(2)) {
            FuzzSupport::violated("the kind does not come back from COPY as it was");
        }
        if (nulls.at(3) != (e.auditSeq < 0)
            || (!nulls.at(3) && f.at(3) != QByteArray::number(e.auditSeq))) {
            FuzzSupport::violated("auditSeq does not come back from COPY as it was");
        }
        if (f.at(4) != e.payload || nulls.at(4)) {
            FuzzSupport::violated("the payload does not come back from COPY as it was");
        }
    }
    return 0;
}
