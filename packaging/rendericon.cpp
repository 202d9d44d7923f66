// Renders the SVG icon to a square PNG at build time (the hicolor theme's fixed sizes), so the
// package needs no extra converter: rendericon SVG SIZE OUT.png. A build tool, never installed.
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace
{
// Qt warns that XDG_RUNTIME_DIR is unset on every offscreen start; in a build log that is noise.
QtMessageHandler g_defaultHandler = nullptr;
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        g_defaultHandler(type, context, message);
    }
}
} // namespace

int main(int argc, char *argv[])
{
    g_defaultHandler = qInstallMessageHandler(filterMessages);
    // The icon has text (a ticket number), so fonts are needed: a QGuiApplication, offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int size = args.size() == 4 ? args.at(2).toInt(&ok) : 0;
    if (!ok || size < 1 || size > 4096) {
        std::fputs("usage: rendericon SVG SIZE OUT.png\n", stderr);
        return 1;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "rendericon: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
        renderer.render(&painter);
    }
    const QString out = args.at(3);
    QDir().mkpath(QFileInfo(out).absolutePath());
    if (!image.save(out, "PNG")) {
        std::fprintf(stderr, "rendericon: cannot write %s\n", qPrintable(out));
        return 1;
    }
    return 0;
}
