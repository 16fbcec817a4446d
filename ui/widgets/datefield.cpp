#include "ui/widgets/datefield.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QList>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

core::DateStyle g_style = core::DateStyle::Iso;

// Every date and date-and-time field open now, to follow a change of style.
QList<QDateTimeEdit *> &openFields()
{
    static QList<QDateTimeEdit *> fields;
    return fields;
}

QString formatOf(const QDateTimeEdit *field, core::DateStyle style)
{
    const QString date = DateField::displayFormatFor(style);
    if (!qobject_cast<const DateTimeField *>(field))
        return date;
    return date + (date.contains(u'年') ? u" H:mm"_s : u" HH:mm"_s);
}

// A separator typed right after the field moved to the next section by itself is taken as
// that move: true when the key is to be dropped.
bool separatorAlreadyDone(const QKeyEvent *event, bool &justMoved)
{
    const QString text = event->text();
    const bool separator =
        text == u"-" || text == u"/" || text == u"." || text == u" " || text == u":";
    if (separator && justMoved) {
        justMoved = false;
        return true;
    }
    return false;
}

// A digit typed over the whole text (Ctrl+A, or a click that selected everything) starts the
// date again from its first section, as in a text field; QDateTimeEdit would otherwise take
// the digits for the whole text, which no display format matches, and put the old date back.
void startOverOnDigitOverAll(QDateTimeEdit *field, QLineEdit *line, const QKeyEvent *event)
{
    const QString text = event->text();
    if (text.size() == 1 && text.front().isDigit() && line->hasSelectedText() &&
        line->selectedText() == line->text()) {
        field->setSelectedSection(field->sectionAt(0));
    }
}

bool movedByDigit(const QKeyEvent *event, QDateTimeEdit::Section before,
                  QDateTimeEdit::Section after)
{
    const QString text = event->text();
    return text.size() == 1 && text.front().isDigit() && after != before;
}

} // namespace

DateField::DateField(QWidget *parent)
    : QDateEdit(parent)
{
    setDisplayFormat(formatOf(this, g_style));
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
    for (QDateTimeEdit *field : std::as_const(openFields())) {
        field->setDisplayFormat(formatOf(field, style));
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
    if (separatorAlreadyDone(event, m_justMoved)) {
        event->accept();
        return;
    }
    startOverOnDigitOverAll(this, lineEdit(), event);
    const Section before = currentSection();
    QDateEdit::keyPressEvent(event);
    m_justMoved = movedByDigit(event, before, currentSection());
}

DateTimeField::DateTimeField(QWidget *parent)
    : QDateTimeEdit(parent)
{
    setDisplayFormat(formatOf(this, g_style));
    setCalendarPopup(true);
    openFields().append(this);
}

DateTimeField::~DateTimeField()
{
    openFields().removeOne(this);
}

void DateTimeField::keyPressEvent(QKeyEvent *event)
{
    if (separatorAlreadyDone(event, m_justMoved)) {
        event->accept();
        return;
    }
    startOverOnDigitOverAll(this, lineEdit(), event);
    const Section before = currentSection();
    QDateTimeEdit::keyPressEvent(event);
    m_justMoved = movedByDigit(event, before, currentSection());
}

void DateTimeField::focusInEvent(QFocusEvent *event)
{
    m_justMoved = false;
    QDateTimeEdit::focusInEvent(event);
}

void DateField::focusInEvent(QFocusEvent *event)
{
    m_justMoved = false;
    QDateEdit::focusInEvent(event);
}

} // namespace iotdesk::ui
