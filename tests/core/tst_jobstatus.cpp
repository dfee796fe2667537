// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The three server status vocabularies mapped onto one display status, with the raw value kept.

#include "jobs/jobstatus.h"

#include <QTest>

using namespace docket::jobs;

class JobStatusTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsEveryKnownValue_data()
    {
        QTest::addColumn<JobFamily>("family");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<DisplayStatus>("status");
        QTest::addColumn<bool>("terminal");
        QTest::addColumn<bool>("cancellable");
        QTest::addColumn<QString>("text");

        const auto v1 = JobFamily::ClassifierV1;
        QTest::newRow("v1 PENDING") << v1 << QStringLiteral("PENDING") << DisplayStatus::Queued << false << false << QStringLiteral("Queued");
        QTest::newRow("v1 SUCCESS") << v1 << QStringLiteral("SUCCESS") << DisplayStatus::Succeeded << true << false << QStringLiteral("Succeeded");
        QTest::newRow("v1 ERROR") << v1 << QStringLiteral("ERROR") << DisplayStatus::Failed << true << false << QStringLiteral("Failed");
        QTest::newRow("v1 PARTIAL_SUCCESS") << v1 << QStringLiteral("PARTIAL_SUCCESS") << DisplayStatus::PartiallySucceeded << true << false
                                            << QStringLiteral("Partially succeeded");
        QTest::newRow("v1 CANCELLED") << v1 << QStringLiteral("CANCELLED") << DisplayStatus::Cancelled << true << false << QStringLiteral("Cancelled");
        // v2 words mean nothing in v1's vocabulary.
        QTest::newRow("v1 COMPLETED") << v1 << QStringLiteral("COMPLETED") << DisplayStatus::Unknown << false << false
                                      << QStringLiteral("Unknown (COMPLETED)");
        QTest::newRow("v1 RUNNING") << v1 << QStringLiteral("RUNNING") << DisplayStatus::Unknown << false << false
                                    << QStringLiteral("Unknown (RUNNING)");

        const auto v2 = JobFamily::ClassifyV2;
        QTest::newRow("v2 PENDING") << v2 << QStringLiteral("PENDING") << DisplayStatus::Queued << false << true << QStringLiteral("Queued");
        QTest::newRow("v2 RUNNING") << v2 << QStringLiteral("RUNNING") << DisplayStatus::Running << false << true << QStringLiteral("Running");
        QTest::newRow("v2 COMPLETED") << v2 << QStringLiteral("COMPLETED") << DisplayStatus::Succeeded << true << false << QStringLiteral("Succeeded");
        QTest::newRow("v2 FAILED") << v2 << QStringLiteral("FAILED") << DisplayStatus::Failed << true << false << QStringLiteral("Failed");
        QTest::newRow("v2 CANCELLED") << v2 << QStringLiteral("CANCELLED") << DisplayStatus::Cancelled << true << false << QStringLiteral("Cancelled");
        QTest::newRow("v2 SUCCESS") << v2 << QStringLiteral("SUCCESS") << DisplayStatus::Unknown << false << false
                                    << QStringLiteral("Unknown (SUCCESS)");

        const auto batch = JobFamily::Batch;
        QTest::newRow("batch pending") << batch << QStringLiteral("pending") << DisplayStatus::Queued << false << true << QStringLiteral("Queued");
        QTest::newRow("batch running") << batch << QStringLiteral("running") << DisplayStatus::Running << false << true << QStringLiteral("Running");
        QTest::newRow("batch dispatched") << batch << QStringLiteral("dispatched") << DisplayStatus::Running << false << true << QStringLiteral("Running");
        QTest::newRow("batch completed") << batch << QStringLiteral("completed") << DisplayStatus::Succeeded << true << false << QStringLiteral("Succeeded");
        QTest::newRow("batch failed") << batch << QStringLiteral("failed") << DisplayStatus::Failed << true << false << QStringLiteral("Failed");
        QTest::newRow("batch cancelled") << batch << QStringLiteral("cancelled") << DisplayStatus::Cancelled << true << false << QStringLiteral("Cancelled");
        QTest::newRow("batch upper-case RUNNING") << batch << QStringLiteral("RUNNING") << DisplayStatus::Running << false << true << QStringLiteral("Running");
        QTest::newRow("batch item word processing") << batch << QStringLiteral("processing") << DisplayStatus::Unknown << false << false
                                                    << QStringLiteral("Unknown (processing)");

        QTest::newRow("v2 THROTTLED") << v2 << QStringLiteral("THROTTLED") << DisplayStatus::Unknown << false << false
                                      << QStringLiteral("Unknown (THROTTLED)");
        QTest::newRow("v2 empty") << v2 << QString() << DisplayStatus::Unknown << false << false << QStringLiteral("Unknown");
        QTest::newRow("batch padded") << batch << QStringLiteral(" completed ") << DisplayStatus::Succeeded << true << false
                                      << QStringLiteral("Succeeded");
    }

    void mapsEveryKnownValue()
    {
        QFETCH(JobFamily, family);
        QFETCH(QString, raw);
        QFETCH(DisplayStatus, status);
        QFETCH(bool, terminal);
        QFETCH(bool, cancellable);
        QFETCH(QString, text);

        const JobStatus s = JobStatus::fromRaw(family, raw);
        QCOMPARE(s.family, family);
        QCOMPARE(s.raw, raw); // the server's word is never lost
        QCOMPARE(s.status, status);
        QCOMPARE(s.isTerminal(), terminal);
        QCOMPARE(s.canCancel(), cancellable);
        QCOMPARE(s.displayText(), text);
        QCOMPARE(JobStatus::map(family, raw), status);
    }

    void v1JobsCanNeverBeCancelled()
    {
        for (const char *raw : {"PENDING", "SUCCESS", "ERROR", "PARTIAL_SUCCESS", "CANCELLED", "WHATEVER"})
            QVERIFY(!JobStatus::fromRaw(JobFamily::ClassifierV1, QLatin1String(raw)).canCancel());
    }

    void equalStatusesCompareEqual()
    {
        QCOMPARE(JobStatus::fromRaw(JobFamily::Batch, QStringLiteral("running")),
                 JobStatus::fromRaw(JobFamily::Batch, QStringLiteral("running")));
        QVERIFY(JobStatus::fromRaw(JobFamily::Batch, QStringLiteral("running"))
                != JobStatus::fromRaw(JobFamily::Batch, QStringLiteral("dispatched")));
    }
};

QTEST_GUILESS_MAIN(JobStatusTest)
#include "tst_jobstatus.moc"
