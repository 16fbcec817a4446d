#include "ui/plans/drawingview.h"

#include "ui/print/plandrawings.h"

#include <QPainter>

namespace iotdesk::ui {

DrawingView::DrawingView(QWidget *parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    QPalette white = palette();
    white.setColor(QPalette::Window, Qt::white);
    setPalette(white);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void DrawingView::setDrawing(double canvasHeight, Paint paint)
{
    m_height = canvasHeight;
    m_paint = std::move(paint);
    updateGeometry();
    update();
}

int DrawingView::heightForWidth(int width) const
{
    return int(m_height * width / PlanDrawings::kWidth) + 1;
}

QSize DrawingView::sizeHint() const
{
    return {600, heightForWidth(600)};
}

void DrawingView::paintEvent(QPaintEvent *)
{
    if (!m_paint)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const double scale = width() / PlanDrawings::kWidth;
    painter.scale(scale, scale);
    m_paint(painter, QRectF(0, 0, PlanDrawings::kWidth, m_height));
}

} // namespace iotdesk::ui
