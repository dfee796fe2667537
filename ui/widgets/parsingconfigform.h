// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/submissionoptions.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace docket::ui {

// The parsing configuration and mode of a new job: a searchable language list (every
// ParserLanguages code, shown by name), maximum pages, target pages typed the way people count
// (1-based ranges such as "1,3,5-7") with a preview of what will be sent for the chosen flavour,
// and Fast/Multimodal (Multimodal is greyed out for v2, with the reason beside it). Checks run
// through SubmissionOptions so the form and the submission agree. Used by NewJobDialog.
class ParsingConfigForm : public QWidget
{
    Q_OBJECT

public:
    explicit ParsingConfigForm(QWidget *parent = nullptr);

    void setFlavour(jobs::JobFlavour flavour);
    jobs::JobFlavour flavour() const { return m_flavour; }

    jobs::ParsingInput input() const;
    void setInput(const jobs::ParsingInput &input);
    QString mode() const;
    void setMode(const QString &mode);

    QList<rules::FieldError> errors() const;
    bool isValid() const { return errors().isEmpty(); }
    // Shows a server message on the field it names ("parsing.target_pages", "parsing.lang", …);
    // returns false when the field is not one of this form's.
    bool showServerError(const QString &field, const QString &message);

    // For tests.
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *maxPagesBox() const { return m_maxPages; }
    QLineEdit *targetPagesEdit() const { return m_targetPages; }
    QLabel *targetPagesError() const { return m_targetError; }
    QLabel *languageError() const { return m_languageError; }
    QLabel *wirePreview() const { return m_preview; }
    QRadioButton *multimodalButton() const { return m_multimodal; }
    QLabel *modeNote() const { return m_modeNote; }

Q_SIGNALS:
    void changed();

private:
    QString languageCode() const;
    void refresh();

    jobs::JobFlavour m_flavour = jobs::JobFlavour::V2PerFile;
    QList<jobs::ParserLanguage> m_languages;
    QComboBox *m_language = nullptr;
    QLabel *m_languageError = nullptr;
    QSpinBox *m_maxPages = nullptr;
    QLabel *m_maxPagesError = nullptr;
    QLineEdit *m_targetPages = nullptr;
    QLabel *m_targetError = nullptr;
    QLabel *m_preview = nullptr;
    QRadioButton *m_fast = nullptr;
    QRadioButton *m_multimodal = nullptr;
    QLabel *m_modeNote = nullptr;
    QMap<QString, QString> m_serverErrors;
};

} // namespace docket::ui
