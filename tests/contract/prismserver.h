// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverprocess.h"

namespace docket::test {

// One Prism mock server (`prism mock <openapi> --errors`) run as a child process for the contract
// tests: it validates every request against the OpenAPI document and answers with the document's
// examples. Prism picks a free loopback port itself (-p 0) and reports it in its "listening" line.
// Owned by tst_contract.
class PrismServer : public ServerProcess
{
    Q_OBJECT

public:
    // The Prism launcher: env DOCKET_PRISM, else tests/contract/node_modules/.bin/prism in the
    // source tree (installed by `npm ci --prefix tests/contract`).
    static QString defaultProgram();
    // Whether `program` exists and can be executed; what to tell the user when it cannot.
    static bool isInstalled(const QString &program);
    static QString installHint();

    PrismServer(const QString &program, const QString &openApiPath, QObject *parent = nullptr);
};

} // namespace docket::test
