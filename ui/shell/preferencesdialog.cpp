#include "ui/shell/preferencesdialog.h"

#include "core/foundation/japantime.h"
#include "core/storage/changehistory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_language(new QComboBox(this))
    , m_dateStyle(new QComboBox(this))
    , m_sample(new QLabel(this))
    , m_userName(new QLineEdit(this))
    , m_backups(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"preferencesDialog"_s);
    // Each language is named in itself, so a user can always find their own.
    m_language->addItem(u"日本語"_s, int(core::Language::Japanese));
    m_language->addItem(u"English"_s, int(core::Language::English));
    for (int i = 0; i < 4; ++i)
        m_dateStyle->addItem(QString(), i);
    m_backups->setRange(1, 365);
    m_userName->setPlaceholderText(core::ChangeHistory::systemUserName());

    m_form->addRow(new QLabel(this), m_language);
    m_form->addRow(new QLabel(this), m_dateStyle);
    m_form->addRow(new QLabel(this), m_sample);
    m_form->addRow(new QLabel(this), m_userName);
    m_form->addRow(new QLabel(this), m_backups);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dateStyle, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateSample);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateSample);
    retranslate();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    const auto label = [this](QWidget *field) {
        return qobject_cast<QLabel *>(m_form->labelForField(field));
    };
    label(m_language)->setText(tr("&Language:"));
    label(m_dateStyle)->setText(tr("&Date style:"));
    label(m_sample)->setText(tr("Sample:"));
    label(m_userName)->setText(tr("&User name in the history:"));
    label(m_backups)->setText(tr("Daily &backups to keep:"));
    for (QWidget *field : {static_cast<QWidget *>(m_language), static_cast<QWidget *>(m_dateStyle),
                           static_cast<QWidget *>(m_userName), static_cast<QWidget *>(m_backups)})
        label(field)->setBuddy(field);
    m_dateStyle->setItemText(0, tr("Follow the language (平成30年5月14日 / 2018-05-14)"));
    m_dateStyle->setItemText(1, tr("Japanese era (平成30年5月14日)"));
    m_dateStyle->setItemText(2, tr("Western (2018年5月14日 / May 14, 2018)"));
    m_dateStyle->setItemText(3, tr("ISO 8601 (2018-05-14)"));
    m_userName->setToolTip(tr("Leave empty to record the system user name."));
    updateSample();
}

void PreferencesDialog::updateSample()
{
    // What the interface will show: the chosen style as the chosen language writes it.
    const core::Language uiLanguage = language();
    core::DateStyle shown = uiLanguage == core::Language::Japanese ? core::DateStyle::JapaneseEra
                                                                   : core::DateStyle::Iso;
    if (const auto chosen = dateStyle()) {
        shown = *chosen == core::DateStyle::WesternJapanese && uiLanguage == core::Language::English
                    ? core::DateStyle::WesternEnglish
                    : *chosen;
    }
    const core::DateFormatter formatter(shown);
    const QDate today = core::JapanTime::today();
    m_sample->setText(formatter.dateWithWeekday(today) + u"   "_s +
                      formatter.fiscalYearLabel(core::DateFormatter::fiscalYear(today)));
}

core::Language PreferencesDialog::language() const
{
    return core::Language(m_language->currentData().toInt());
}

std::optional<core::DateStyle> PreferencesDialog::dateStyle() const
{
    switch (m_dateStyle->currentIndex()) {
    case 1:
        return core::DateStyle::JapaneseEra;
    case 2:
        return core::DateStyle::WesternJapanese;
    case 3:
        return core::DateStyle::Iso;
    default:
        return std::nullopt;
    }
}

QString PreferencesDialog::userName() const
{
    return m_userName->text().trimmed();
}

int PreferencesDialog::backupsToKeep() const
{
    return m_backups->value();
}

void PreferencesDialog::setValues(core::Language language, std::optional<core::DateStyle> style,
                                  const QString &userName, int backupsToKeep)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
    if (!style) {
        m_dateStyle->setCurrentIndex(0);
    } else {
        switch (*style) {
        case core::DateStyle::JapaneseEra:
            m_dateStyle->setCurrentIndex(1);
            break;
        case core::DateStyle::WesternJapanese:
        case core::DateStyle::WesternEnglish:
            m_dateStyle->setCurrentIndex(2);
            break;
        case core::DateStyle::Iso:
            m_dateStyle->setCurrentIndex(3);
            break;
        }
    }
    m_userName->setText(userName);
    m_backups->setValue(backupsToKeep);
    updateSample();
}

} // namespace iotdesk::ui
