// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/ruleset.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace docket::rules {

namespace {
const QLatin1String FormatTag("docket-rule-set");
constexpr int FormatVersion = 1;
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool writeJson(const QString &path, const QJsonObject &object, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, RuleSetLibrary::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(error, RuleSetLibrary::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}
} // namespace

QJsonObject RuleSet::toJson() const
{
    QJsonArray array;
    for (const api::Rule &rule : rules)
        array.append(rule.toJson());
    return QJsonObject{{QStringLiteral("format"), FormatTag},
                       {QStringLiteral("version"), FormatVersion},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("rules"), array}};
}

std::optional<RuleSet> RuleSet::fromJson(const QJsonObject &object, QString *error)
{
    if (object.value(QStringLiteral("format")).toString() != FormatTag) {
        fail(error, tr("This is not a Docket rule set file."));
        return std::nullopt;
    }
    const int version = object.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > FormatVersion) {
        fail(error, tr("Rule set format version %1 is not supported by this version of Docket.").arg(version));
        return std::nullopt;
    }
    RuleSet set;
    set.name = object.value(QStringLiteral("name")).toString().trimmed();
    if (set.name.isEmpty()) {
        fail(error, tr("The rule set has no name."));
        return std::nullopt;
    }
    const QJsonValue rulesValue = object.value(QStringLiteral("rules"));
    if (!rulesValue.isArray()) {
        fail(error, tr("The rule set has no list of rules."));
        return std::nullopt;
    }
    const QJsonArray array = rulesValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject item = array.at(i).toObject();
        if (!array.at(i).isObject() || !item.value(QStringLiteral("type")).isString()
            || !item.value(QStringLiteral("description")).isString()) {
            fail(error, tr("Rule %1 needs a text \"type\" and a text \"description\".").arg(i + 1));
            return std::nullopt;
        }
        set.rules.append({item.value(QStringLiteral("type")).toString(),
                          item.value(QStringLiteral("description")).toString()});
    }
    return set;
}

QList<std::pair<QString, QString>> RuleSet::pairs(const QList<api::Rule> &rules)
{
    QList<std::pair<QString, QString>> out;
    out.reserve(rules.size());
    for (const api::Rule &rule : rules)
        out.append({rule.type, rule.description});
    return out;
}

QList<FieldError> RuleSet::validate() const
{
    return RuleValidator::validateRules(pairs(rules), QString(), true);
}

RuleSetLibrary::RuleSetLibrary(QString directory) : m_directory(std::move(directory))
{
    if (m_directory.isEmpty())
        m_directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/rulesets");
}

QString RuleSetLibrary::fileFor(const QString &name) const
{
    return m_directory + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name)) + QStringLiteral(".json");
}

QString RuleSetLibrary::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Give the rule set a name.");
    if (name != name.trimmed())
        return tr("Remove the spaces at the start or end of the name.");
    if (characterCount(name) > MaxNameLength)
        return tr("The name is too long (at most %1 characters).").arg(MaxNameLength);
    return {};
}

QStringList RuleSetLibrary::names() const
{
    QStringList out;
    const QStringList files = QDir(m_directory).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &file : files) {
        QString error;
        // The name inside the file is the truth; a file that does not parse is left alone, not listed.
        const auto set = importFrom(m_directory + QLatin1Char('/') + file, &error);
        if (set && fileFor(set->name).endsWith(QLatin1Char('/') + file))
            out.append(set->name);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return out;
}

bool RuleSetLibrary::contains(const QString &name) const
{
    return !name.isEmpty() && QFile::exists(fileFor(name));
}

std::optional<RuleSet> RuleSetLibrary::load(const QString &name, QString *error) const
{
    if (!contains(name)) {
        fail(error, tr("There is no rule set named \"%1\".").arg(name));
        return std::nullopt;
    }
    return importFrom(fileFor(name), error);
}

bool RuleSetLibrary::save(const RuleSet &set, QString *error) const
{
    const QString problem = checkName(set.name);
    if (!problem.isEmpty())
        return fail(error, problem);
    if (!QDir().mkpath(m_directory))
        return fail(error, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_directory)));
    return writeJson(fileFor(set.name), set.toJson(), error);
}

bool RuleSetLibrary::rename(const QString &from, const QString &to, QString *error) const
{
    if (from == to)
        return true;
    const QString problem = checkName(to);
    if (!problem.isEmpty())
        return fail(error, problem);
    if (contains(to))
        return fail(error, tr("A rule set named \"%1\" already exists.").arg(to));
    auto set = load(from, error);
    if (!set)
        return false;
    set->name = to;
    // Write the new file before removing the old one: a crash in between leaves two copies, never none.
    if (!save(*set, error))
        return false;
    return remove(from, error);
}

bool RuleSetLibrary::remove(const QString &name, QString *error) const
{
    if (!contains(name))
        return fail(error, tr("There is no rule set named \"%1\".").arg(name));
    QFile file(fileFor(name));
    if (!file.remove())
        return fail(error, tr("Cannot delete the rule set \"%1\": %2").arg(name, file.errorString()));
    return true;
}

bool RuleSetLibrary::exportTo(const RuleSet &set, const QString &filePath, QString *error)
{
    return writeJson(filePath, set.toJson(), error);
}

std::optional<RuleSet> RuleSetLibrary::importFrom(const QString &filePath, QString *error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString()));
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        fail(error, tr("%1 is too large to be a rule set.").arg(QDir::toNativeSeparators(filePath)));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(error, tr("%1 is not valid JSON: %2").arg(QDir::toNativeSeparators(filePath), parseError.errorString()));
        return std::nullopt;
    }
    return RuleSet::fromJson(doc.object(), error);
}

} // namespace docket::rules
