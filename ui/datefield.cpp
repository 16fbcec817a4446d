#include "datefield.h"

#include <QKeyEvent>
#include <QList>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

core::DateStyle g_style = core::DateStyle::Iso;

QList<DateField *> &openFields()
{
    static QList<DateField *> fields;
    return fields;
}

} // namespace

DateField::DateField(QWidget *parent)
    : QDateEdit(parent)
{
    setDisplayFormat(displayFormatFor(g_style));
    setCalendarPopup(true);
    openFields().append(this);
}

DateField::~DateField()
{
    openFields().removeOne(this);
}

QString DateField::displayFormatFor(core::DateStyle style)
{
    switch (style) {
    case core::DateStyle::JapaneseEra:
    case core::DateStyle::WesternJapanese:
        return u"yyyy年M月d日"_s;
    case core::DateStyle::Iso:
    case core::DateStyle::WesternEnglish:
        break;
    }
    // Typed as digits in the order written; an English month name cannot be typed as one.
    return u"yyyy-MM-dd"_s;
}

void DateField::setStyle(core::DateStyle style)
{
    g_style = style;
    for (DateField *field : std::as_const(openFields())) {
        field->setDisplayFormat(displayFormatFor(style));
        // QAbstractSpinBox keeps its size hints until its special text is set again: a field
        // made in a wider style must not keep the page wide.
        field->setSpecialValueText(field->specialValueText());
        field->updateGeometry();
    }
}

DateField::DateField(QDate date, QWidget *parent)
    : DateField(parent)
{
    setDate(date);
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const bool separator = text == u"-" || text == u"/" || text == u"." || text == u" ";
    if (separator && m_justMoved) {
        m_justMoved = false;
        event->accept();
        return;
    }
    const Section before = currentSection();
    QDateEdit::keyPressEvent(event);
    const bool digit = text.size() == 1 && text.front().isDigit();
    m_justMoved = digit && currentSection() != before;
}

void DateField::focusInEvent(QFocusEvent *event)
{
    m_justMoved = false;
    QDateEdit::focusInEvent(event);
}

} // namespace iotdesk::ui
