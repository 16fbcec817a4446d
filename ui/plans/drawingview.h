// DrawingView: one of the plan's drawings (PlanDrawings: the organisation chart, the roadmap)
// on screen, scaled to the view's width with the height the drawing needs at that width; in a
// scroll area where it is taller than the room.
#pragma once

#include <QRectF>
#include <QWidget>

#include <functional>

class QPainter;

namespace iotdesk::ui {

class DrawingView : public QWidget
{
    Q_OBJECT

public:
    using Paint = std::function<void(QPainter &, const QRectF &)>;
    explicit DrawingView(QWidget *parent = nullptr);

    // What to draw and how tall it is on the 1400-unit canvas.
    void setDrawing(double canvasHeight, Paint paint);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_height = 200;
    Paint m_paint;
};

} // namespace iotdesk::ui
