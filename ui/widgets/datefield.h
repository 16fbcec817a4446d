// DateField: a date typed as it is written, 2018-06-15, 2018/6/15 or 20180615. QDateEdit moves
// to the next section by itself once a section is complete, and then a typed separator moves
// once more, so 2018-06-15 became 2018-11-06 (the month skipped). A separator right after such
// a move is taken as already done. Every date field shows the user's date style as far as a
// field can (Qt has no Japanese-era calendar: 2018年6月15日 for the Japanese styles, 2018-06-15
// otherwise) and has a calendar popup.
#pragma once

#include "core/foundation/dateformatter.h"

#include <QDateEdit>

namespace iotdesk::ui {

class DateField : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);
    explicit DateField(QDate date, QWidget *parent = nullptr);
    ~DateField() override;

    // The style every date field shows, those open now and those made later.
    static void setStyle(core::DateStyle style);
    static QString displayFormatFor(core::DateStyle style);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    bool m_justMoved = false;
};

// The same for a day and a time (an application's receipt, a consultation's moment):
// 2018年6月15日 10:30 in the Japanese styles, 2018-06-15 10:30 otherwise.
class DateTimeField : public QDateTimeEdit
{
    Q_OBJECT

public:
    explicit DateTimeField(QWidget *parent = nullptr);
    ~DateTimeField() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    bool m_justMoved = false;
};

} // namespace iotdesk::ui
