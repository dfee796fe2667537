// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The composition root of the desktop app: application identity, translations, command line,
// and the main window.

#include "views/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStatusBar>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Docket"));
    QApplication::setApplicationName(QStringLiteral("Docket"));
    QApplication::setApplicationVersion(QStringLiteral(DOCKET_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(DOCKET_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" DOCKET_APP_ID ".svg")));

    // Qt's own strings (standard buttons, the About Qt box) and ours, for the user's locale.
    // A missing translation leaves that part in English, which is the right fallback.
    const QLocale locale;
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator docketTranslator;
    if (docketTranslator.load(locale, QStringLiteral("docket"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&docketTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Classify documents with LlamaCloud's Classify API."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "Documents to classify."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    // The documents are kept for the job dialog; a path that does not exist is reported now, while
    // the user still looks at the terminal they typed it in.
    QStringList documents;
    for (const QString &argument : parser.positionalArguments()) {
        const QFileInfo info(argument);
        if (info.isFile() && info.isReadable())
            documents.append(info.absoluteFilePath());
        else
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "docket: not a readable file: %1")
                                        .arg(argument)));
    }

    docket::ui::MainWindow window;
    window.show();
    if (!documents.isEmpty()) {
        window.statusBar()->showMessage(QCoreApplication::translate(
            "main", "%n document(s) from the command line not added: creating jobs is not available yet.",
            nullptr, int(documents.size())));
    }
    return QApplication::exec();
}
