// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace docket::engine;

namespace {

// Drives the engine with the official TypeScript SDK, unchanged, as a user would: files, v2
// classify (create, idempotent create, waitForCompletion, run, list with filters and auto-paging,
// cancel of a finished job, unknown id, 422), configurations and projects, and a wrong key.
// Each check prints "ok <what>" or "FAIL <what>". (No double slash may appear in this text: moc
// would take it for a comment.)
const char *CheckScript = R"JS(
const sdk = require(process.env.DOCKET_SDK_MODULE);
const LlamaCloud = sdk.LlamaCloud;
const fs = require('fs');
const [baseURL, apiKey, docPath] = process.argv.slice(2);
const client = new LlamaCloud({ baseURL, apiKey, maxRetries: 0 });
const check = (c, m) => console.log((c ? 'ok ' : 'FAIL ') + m);
const rules = [{ type: 'invoice', description: 'An invoice with invoice number, amount due and payment due date' },
               { type: 'letter', description: 'A letter with a greeting and a signature' }];
(async () => {
  const projects = await client.projects.list();
  check(Array.isArray(projects) && projects.length === 1 && projects[0].is_default, 'projects.list');
  const file = await client.files.create({ file: fs.createReadStream(docPath), purpose: 'classify' });
  check(file.id.startsWith('dfl-'), 'files.create');
  check((await client.files.retrieve(file.id)).id === file.id, 'files.retrieve');
  let n = 0; for await (const f of client.files.list({ page_size: 1 })) n += f.id === file.id ? 1 : 0;
  check(n === 1, 'files.list');
  const job = await client.classify.create({ file_input: file.id, configuration: { rules }, transaction_id: 'sdk-1' });
  check(job.status === 'PENDING' || job.status === 'RUNNING', 'classify.create');
  const again = await client.classify.create({ file_input: file.id, configuration: { rules }, transaction_id: 'sdk-1' });
  check(again.id === job.id, 'classify.create idempotent');
  const done = await client.classify.waitForCompletion(job.id, undefined, { pollingInterval: 0.1 });
  check(done.status === 'COMPLETED' && done.result.type === 'invoice', 'classify.waitForCompletion');
  const ran = await client.classify.run({ file_input: file.id, configuration: { rules } }, { pollingInterval: 0.1 });
  check(ran.status === 'COMPLETED', 'classify.run');
  const listed = [];
  for await (const j of client.classify.list({ page_size: 1, status: 'COMPLETED', job_ids: [job.id, ran.id] }))
    listed.push(j.id);
  check(listed.length === 2, 'classify.list');
  try { await client.classify.cancel(job.id); check(false, 'classify.cancel finished'); }
  catch (e) { check(e instanceof sdk.BadRequestError && /already COMPLETED/.test(e.message), 'classify.cancel finished'); }
  try { await client.classify.get('nope'); check(false, 'classify.get unknown'); }
  catch (e) { check(e instanceof sdk.NotFoundError, 'classify.get unknown'); }
  try {
    await client.classify.create({ file_input: file.id, configuration: { rules: [{ type: 'x', description: 'short' }] } });
    check(false, 'classify.create 422');
  } catch (e) {
    check(e instanceof sdk.UnprocessableEntityError
          && JSON.stringify(e.error.detail[0].loc) === '["body","configuration","rules",0,"description"]',
          'classify.create 422');
  }
  const cfg = await client.configurations.create({ name: 'preset', parameters: { product_type: 'classify_v2', rules } });
  check(cfg.id.startsWith('cfg-'), 'configurations.create');
  const viaCfg = await client.classify.run({ file_input: file.id, configuration_id: cfg.id }, { pollingInterval: 0.1 });
  check(viaCfg.status === 'COMPLETED' && viaCfg.configuration_id === cfg.id, 'classify with configuration_id');
  await client.configurations.delete(cfg.id);
  await client.files.delete(file.id);
  try { await client.files.retrieve(file.id); check(false, 'files.delete'); }
  catch (e) { check(e instanceof sdk.NotFoundError, 'files.delete'); }
  const bad = new LlamaCloud({ baseURL, apiKey: 'wrong', maxRetries: 0 });
  try { await bad.projects.list(); check(false, 'wrong key'); }
  catch (e) { check(e instanceof sdk.AuthenticationError, 'wrong key'); }
})().catch((e) => { console.log('FAIL uncaught ' + e); });
)JS";

} // namespace

class TestEngineSdk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officialTypeScriptSdkWorksUnchanged()
    {
        // The SDK is not a build dependency: point DOCKET_LLAMA_CLOUD_SDK at an installed
        // @llamaindex/llama-cloud package directory (npm install @llamaindex/llama-cloud).
        const QString module = qEnvironmentVariable("DOCKET_LLAMA_CLOUD_SDK");
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (module.isEmpty() || !QFile::exists(module + QStringLiteral("/package.json")) || node.isEmpty())
            QSKIP("Set DOCKET_LLAMA_CLOUD_SDK to an installed @llamaindex/llama-cloud package (and have node on "
                  "PATH) to run the official SDK against the engine");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        EngineOptions options;
        options.dataDir = dir.filePath(QStringLiteral("engine"));
        options.token = "sdk-token";
        Engine engine(options);
        QVERIFY2(engine.start(), qPrintable(engine.errorString()));

        const QString script = dir.filePath(QStringLiteral("check.cjs"));
        const QString doc = dir.filePath(QStringLiteral("invoice.txt"));
        QFile s(script), d(doc);
        QVERIFY(s.open(QIODevice::WriteOnly) && d.open(QIODevice::WriteOnly));
        s.write(CheckScript);
        d.write("INVOICE\nInvoice number 42\nAmount due: 120 EUR\nPayment due date 2026-12-01\n");
        s.close();
        d.close();

        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKET_SDK_MODULE"), module);
        process.setProcessEnvironment(env);
        process.start(node, {script, engine.baseUrl().toString(), QStringLiteral("sdk-token"), doc});
        QVERIFY(process.waitForStarted(10000));
        // The engine answers from this thread's event loop while node runs.
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        qInfo().noquote() << out;
        QVERIFY2(!out.contains(QStringLiteral("FAIL")), qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
        QCOMPARE(lines.size(), 16); // one line per check: none was skipped by an early exit
    }
};

QTEST_GUILESS_MAIN(TestEngineSdk)
#include "tst_engine_sdk.moc"
