// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/aboutdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace docket::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Docket"));

    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/" DOCKET_APP_ID ".svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(QStringLiteral("<h2>Docket</h2>"));
    name->setTextFormat(Qt::RichText);

    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(DOCKET_VERSION)));
    version->setObjectName(QStringLiteral("versionLabel"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *description = new QLabel(
        tr("Classifies documents with LlamaCloud's Classify API, or offline with its own local "
           "engine, and keeps track of every job."));
    description->setWordWrap(true);

    auto *qtVersion = new QLabel(tr("Built with Qt %1, running on Qt %2")
                                     .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    qtVersion->setObjectName(QStringLiteral("qtVersionLabel"));

    auto *license = new QLabel(
        tr("Copyright © 2026 The Docket authors<br>"
           "Licensed under the <a href=\"%1\">GNU General Public License, version 3 or later</a> "
           "(GPL-3.0-or-later).")
            .arg(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")));
    license->setObjectName(QStringLiteral("licenseLabel"));
    license->setTextFormat(Qt::RichText);
    license->setWordWrap(true);
    license->setOpenExternalLinks(true);
    license->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(version);
    text->addSpacing(8);
    text->addWidget(description);
    text->addSpacing(8);
    text->addWidget(qtVersion);
    text->addWidget(license);
    text->addStretch();

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace docket::ui
