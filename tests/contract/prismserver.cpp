// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prismserver.h"

#include <QDir>
#include <QFileInfo>

namespace docket::test {

QString PrismServer::defaultProgram()
{
    const QString fromEnv = qEnvironmentVariable("DOCKET_PRISM");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QStringLiteral(DOCKET_SOURCE_DIR)).filePath(QStringLiteral("tests/contract/node_modules/.bin/prism"));
}

bool PrismServer::isInstalled(const QString &program)
{
    const QFileInfo info(program);
    return info.exists() && info.isExecutable();
}

QString PrismServer::installHint()
{
    return QStringLiteral("install the pinned Prism with `npm ci --prefix tests/contract` (Node >= 18), "
                          "or point DOCKET_PRISM at a prism executable");
}

// --errors: a request that breaks the document is answered with an error (422 plus an
// sl-violations header) instead of an example. Static mode (no --dynamic): the answers are the
// document's own examples, so every run sees the same bodies.
PrismServer::PrismServer(const QString &program, const QString &openApiPath, QObject *parent)
    : ServerProcess(QStringLiteral("Prism"), program,
                    {QStringLiteral("mock"), openApiPath, QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("-p"), QStringLiteral("0"), QStringLiteral("--errors")},
                    QRegularExpression(QStringLiteral("Prism is listening on (http://[^\\s]+)")), parent)
{
}

} // namespace docket::test
