#include "ui/widgets/page.h"

#include "core/foundation/logging.h"

#include <QMessageBox>

namespace iotdesk::ui {

Page::Page(QWidget *parent)
    : QWidget(parent)
{}

void Page::setDateStyle(core::DateStyle style)
{
    m_dates.setStyle(style);
    dateStyleChanged();
}

void Page::refresh()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void Page::showError(const QString &message)
{
    showError(message, errorTitle());
}

void Page::showError(const QString &message, const QString &title)
{
    emit errorShown(message);
    qCWarning(core::lcUi).noquote() << objectName() << "shows:" << message;
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (isStale())
        reload();
}

} // namespace iotdesk::ui
