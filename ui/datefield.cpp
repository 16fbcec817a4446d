#include "datefield.h"

#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

DateField::DateField(QWidget *parent)
    : QDateEdit(parent)
{
    setDisplayFormat(u"yyyy-MM-dd"_s);
    setCalendarPopup(true);
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
