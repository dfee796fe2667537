// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types.h"
#include "rules/rulevalidator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace docket::rules {

// A named list of classification rules the user keeps for reuse. The rule editor edits one, the
// job dialog submits one, and RuleSetLibrary stores them. The JSON form is also the import/export
// file format: {"format":"docket-rule-set","version":1,"name":…,"rules":[{type,description}]}.
struct RuleSet
{
    Q_DECLARE_TR_FUNCTIONS(RuleSet)

public:
    QString name;
    QList<api::Rule> rules;

    QJsonObject toJson() const;
    // Reads the file format; a wrong format tag, a missing name or a malformed rule is an error
    // (the rules themselves may still be invalid: validate() says so, the editor shows where).
    static std::optional<RuleSet> fromJson(const QJsonObject &object, QString *error);
    // The same checks as the rule editor and the engine (strict type pattern), fields "rules.N.…".
    QList<FieldError> validate() const;
    static QList<std::pair<QString, QString>> pairs(const QList<api::Rule> &rules);

    bool operator==(const RuleSet &) const = default;
};

// The user's saved rule sets, one JSON file each in a directory (by default
// AppDataLocation/rulesets), written with QSaveFile so a crash never leaves half a file. Names are
// case-sensitive and unique; file names are derived from names by percent-encoding, so any name
// (even "a/b") is safe on disk. Used by the rule editor's "Rule sets" menu.
class RuleSetLibrary
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetLibrary)

public:
    static constexpr int MaxNameLength = 120;

    explicit RuleSetLibrary(QString directory = QString());

    QString directory() const { return m_directory; }
    QStringList names() const; // sorted, locale-aware
    bool contains(const QString &name) const;
    std::optional<RuleSet> load(const QString &name, QString *error) const;
    // Overwrites a set of the same name.
    bool save(const RuleSet &set, QString *error) const;
    bool rename(const QString &from, const QString &to, QString *error) const;
    bool remove(const QString &name, QString *error) const;

    static bool exportTo(const RuleSet &set, const QString &filePath, QString *error);
    static std::optional<RuleSet> importFrom(const QString &filePath, QString *error);
    // Empty when the name is acceptable, else the reason.
    static QString checkName(const QString &name);

private:
    QString fileFor(const QString &name) const;

    QString m_directory;
};

} // namespace docket::rules
