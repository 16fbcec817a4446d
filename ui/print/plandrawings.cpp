#include "ui/print/plandrawings.h"

#include "core/foundation/dateformatter.h"
#include "ui/print/reportfont.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

constexpr double kBoxHeight = 96;
constexpr double kLevelGap = 48;
constexpr double kRowHeight = 40;
constexpr double kHeaderHeight = 44;
constexpr double kLabelWidth = 420;

QFont canvasFont(double pixels, bool bold = false)
{
    QFont font = ReportFont::font();
    font.setPixelSize(std::max(8, int(pixels)));
    font.setBold(bold);
    return font;
}

int fiscalYearOf(QDate date)
{
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

QString fiscalYearLabel(int year, bool japanese)
{
    return japanese ? core::DateFormatter::eraFiscalYearLabel(year) : u"FY%1"_s.arg(year);
}

// Members in the chart's order: each one's children after it.
struct Laid
{
    const core::PlanMember *member = nullptr;
    int depth = 0;
    double firstSlot = 0;
    double span = 1; // leaves under it (1 for a leaf)
};

QList<Laid> layOut(const core::Plan &plan, int &depth, double &leaves)
{
    QList<Laid> laid;
    depth = 0;
    leaves = 0;
    const auto known = [&plan](qint64 id) {
        return std::any_of(plan.members.cbegin(), plan.members.cend(),
                           [id](const core::PlanMember &m) { return m.id == id; });
    };
    const std::function<double(const core::PlanMember &, int)> place =
        [&](const core::PlanMember &member, int level) -> double {
        depth = std::max(depth, level + 1);
        const qsizetype at = laid.size();
        laid.append({&member, level, leaves, 1});
        double under = 0;
        for (const core::PlanMember &child : plan.members) {
            if (child.parentId == member.id && child.id != member.id && level < 20)
                under += place(child, level + 1);
        }
        if (under == 0) {
            leaves += 1;
            under = 1;
        }
        laid[at].span = under;
        return under;
    };
    for (const core::PlanMember &member : plan.members) {
        if (!member.parentId || !known(member.parentId))
            place(member, 0);
    }
    return laid;
}

QColor kindColour(core::MemberKind kind)
{
    switch (kind) {
    case core::MemberKind::Department:
        return QColor(0x1e, 0x88, 0xe5);
    case core::MemberKind::Person:
        return QColor(0x43, 0xa0, 0x47);
    case core::MemberKind::Partner:
        return QColor(0xfb, 0x8c, 0x00);
    case core::MemberKind::Residents:
        return QColor(0x8e, 0x24, 0xaa);
    case core::MemberKind::Neighbour:
        return QColor(0x00, 0x89, 0x7b);
    case core::MemberKind::Other:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

} // namespace

QColor PlanDrawings::stateColour(core::MilestoneState state)
{
    switch (state) {
    case core::MilestoneState::NotStarted:
        return QColor(0xbd, 0xbd, 0xbd);
    case core::MilestoneState::OnTrack:
        return QColor(0x66, 0xbb, 0x6a);
    case core::MilestoneState::Delayed:
        return QColor(0xe5, 0x73, 0x73);
    case core::MilestoneState::Done:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return Qt::gray;
}

QImage PlanDrawings::image(int pixelWidth, double height,
                           const std::function<void(QPainter &, const QRectF &)> &paint)
{
    const double scale = std::max(200, pixelWidth) / kWidth;
    QImage image(QSizeF(kWidth * scale, height * scale).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    paint(painter, QRectF(0, 0, kWidth, height));
    return image;
}

double PlanDrawings::orgChartHeight(const core::Plan &plan)
{
    int depth = 0;
    double leaves = 0;
    layOut(plan, depth, leaves);
    return std::max(1, depth) * (kBoxHeight + kLevelGap) + 20;
}

void PlanDrawings::paintOrgChart(QPainter &p, const QRectF &area, const core::Plan &plan,
                                 bool japanese)
{
    p.save();
    int depth = 0;
    double leaves = 0;
    const QList<Laid> laid = layOut(plan, depth, leaves);
    if (laid.isEmpty()) {
        p.setFont(canvasFont(28));
        p.setPen(Qt::darkGray);
        p.drawText(area, Qt::AlignCenter,
                   tr("No members yet: add the departments, people and partners who will carry "
                      "the plan out."));
        p.restore();
        return;
    }
    const double slot = area.width() / std::max(1.0, leaves);
    const double boxWidth = std::min(slot - 16, 360.0);
    QHash<const core::PlanMember *, QRectF> boxes;
    for (const Laid &l : laid) {
        const double centre = area.left() + (l.firstSlot + l.span / 2) * slot;
        boxes.insert(l.member, QRectF(centre - boxWidth / 2,
                                      area.top() + 10 + l.depth * (kBoxHeight + kLevelGap),
                                      boxWidth, kBoxHeight));
    }
    // The lines first, from the foot of a box to the head of each below it.
    p.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 2));
    for (const Laid &l : laid) {
        for (const Laid &child : laid) {
            if (child.member->parentId == l.member->id && child.depth == l.depth + 1) {
                const QRectF from = boxes.value(l.member);
                const QRectF to = boxes.value(child.member);
                const double middle = from.bottom() + kLevelGap / 2;
                p.drawPolyline(QList<QPointF>{{from.center().x(), from.bottom()},
                                              {from.center().x(), middle},
                                              {to.center().x(), middle},
                                              {to.center().x(), to.top()}});
            }
        }
    }
    const double textPixels = std::clamp(boxWidth / 9, 14.0, 24.0);
    for (const Laid &l : laid) {
        const core::PlanMember &m = *l.member;
        const QRectF box = boxes.value(l.member);
        const QColor colour = kindColour(m.kind);
        p.setPen(QPen(colour, m.lead ? 5 : 2));
        p.setBrush(m.lead ? colour.lighter(185) : QColor(Qt::white));
        p.drawRoundedRect(box, 8, 8);
        const QRectF inner = box.adjusted(8, 4, -8, -4);
        p.setPen(Qt::black);
        p.setFont(canvasFont(textPixels, true));
        const QFontMetricsF bold(p.font());
        const QString name = (m.lead ? u"★ "_s : QString()) + m.name;
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), inner.height() / 2),
                   Qt::AlignHCenter | Qt::AlignBottom,
                   bold.elidedText(name, Qt::ElideRight, inner.width()));
        p.setFont(canvasFont(textPixels * 0.8));
        const QFontMetricsF small(p.font());
        const QString kind = japanese ? core::japaneseName(m.kind) : core::englishName(m.kind);
        const QString detail = m.role.isEmpty() ? kind : m.role;
        p.setPen(QColor(0x42, 0x42, 0x42));
        p.drawText(QRectF(inner.left(), inner.center().y() + 2, inner.width(), inner.height() / 2),
                   Qt::AlignHCenter | Qt::AlignTop,
                   small.elidedText(detail, Qt::ElideRight, inner.width()));
    }
    p.restore();
}

double PlanDrawings::roadmapHeight(const core::Plan &plan)
{
    return kHeaderHeight + std::max<qsizetype>(1, plan.milestones.size()) * kRowHeight + 60;
}

void PlanDrawings::paintRoadmap(QPainter &p, const QRectF &area, const core::Plan &plan,
                                bool japanese, const QHash<qint64, core::MilestoneState> &states)
{
    p.save();
    // The fiscal years shown: from the plan's year 0 (or the first milestone, or the program's
    // year before it) to the last milestone or budget year, three at least.
    int first = plan.header.firstFiscalYear;
    int last = first;
    for (const core::PlanMilestone &m : plan.milestones) {
        first = std::min(first, fiscalYearOf(m.startsOn.value_or(m.dueOn)));
        last = std::max(last, fiscalYearOf(m.dueOn));
        if (m.budgetFiscalYear) {
            first = std::min(first, *m.budgetFiscalYear);
            last = std::max(last, *m.budgetFiscalYear);
        }
    }
    last = std::max(last, first + 2);
    const int years = last - first + 1;
    const double left = area.left() + kLabelWidth;
    const double width = area.right() - left - 10;
    const QDate start(first, 4, 1);
    const double days = start.daysTo(QDate(last + 1, 4, 1));
    const auto x = [&](QDate date) {
        return left + width * start.daysTo(date) / days;
    };
    p.setFont(canvasFont(22, true));
    for (int y = 0; y < years; ++y) {
        const QRectF column(left + width * y / years, area.top(), width / years,
                            area.height() - 50);
        p.fillRect(column, y % 2 ? QColor(0xf5, 0xf5, 0xf5) : QColor(Qt::white));
        p.setPen(Qt::black);
        p.drawText(QRectF(column.left(), area.top(), column.width(), kHeaderHeight),
                   Qt::AlignCenter, fiscalYearLabel(first + y, japanese));
        p.setPen(QColor(0xbd, 0xbd, 0xbd));
        p.drawLine(QPointF(column.left(), area.top()), QPointF(column.left(), column.bottom()));
    }
    p.setFont(canvasFont(21));
    const QFontMetricsF metrics(p.font());
    if (plan.milestones.isEmpty()) {
        p.setPen(Qt::darkGray);
        p.drawText(QRectF(area.left(), area.top() + kHeaderHeight, area.width(), kRowHeight),
                   Qt::AlignCenter, tr("No milestones yet."));
    }
    for (int row = 0; row < plan.milestones.size(); ++row) {
        const core::PlanMilestone &m = plan.milestones[row];
        const double top = area.top() + kHeaderHeight + row * kRowHeight;
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left() + 6, top, kLabelWidth - 12, kRowHeight),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   metrics.elidedText(m.title, Qt::ElideRight, kLabelWidth - 12));
        const auto state = states.constFind(m.id);
        const QColor colour =
            state != states.cend() ? stateColour(*state) : QColor(0x42, 0x85, 0xf4);
        const double due = x(m.dueOn);
        if (m.startsOn) {
            const QRectF bar(x(*m.startsOn), top + 10, std::max(4.0, due - x(*m.startsOn)),
                             kRowHeight - 20);
            p.fillRect(bar, colour);
        }
        QPainterPath diamond;
        const double c = top + kRowHeight / 2;
        diamond.moveTo(due, c - 12);
        diamond.lineTo(due + 12, c);
        diamond.lineTo(due, c + 12);
        diamond.lineTo(due - 12, c);
        diamond.closeSubpath();
        p.fillPath(diamond, colour.darker(130));
        if (m.budgetFiscalYear) {
            const double budget = left + width * (*m.budgetFiscalYear - first) / years;
            const QRectF tag(budget + 4, top + 6, 30, kRowHeight - 12);
            p.fillRect(tag, QColor(0xff, 0xe0, 0x82));
            p.setPen(Qt::black);
            p.drawText(tag, Qt::AlignCenter, u"¥"_s);
        }
    }
    // The key along the foot.
    p.setFont(canvasFont(20));
    const QFontMetricsF key(p.font());
    double kx = area.left() + 6;
    const double ky = area.bottom() - 36;
    const auto entry = [&](const QColor &colour, const QString &text, bool tag = false) {
        const QRectF swatch(kx, ky + 4, 24, 24);
        p.fillRect(swatch, colour);
        p.setPen(Qt::black);
        if (tag)
            p.drawText(swatch, Qt::AlignCenter, u"¥"_s);
        p.drawText(QRectF(kx + 30, ky, key.horizontalAdvance(text) + 4, 32), Qt::AlignVCenter,
                   text);
        kx += 30 + key.horizontalAdvance(text) + 30;
    };
    entry(QColor(0x42, 0x85, 0xf4), tr("planned"));
    if (!states.isEmpty()) {
        for (const core::MilestoneState s : core::allValues<core::MilestoneState>())
            entry(stateColour(s), japanese ? core::japaneseName(s) : core::englishName(s));
    }
    entry(QColor(0xff, 0xe0, 0x82), tr("budget request"), true);
    p.restore();
}

double PlanDrawings::trackHeight(const YearTrack &track)
{
    return kHeaderHeight + (3 + track.milestones.size()) * kRowHeight + 60;
}

void PlanDrawings::paintTrack(QPainter &p, const QRectF &area, const YearTrack &track,
                              bool japanese)
{
    p.save();
    const double left = area.left() + kLabelWidth - 120;
    const double slot = (area.right() - left - 10) / 12;
    p.setFont(canvasFont(21, true));
    for (int m = 0; m < 12; ++m) {
        const QDate month = QDate(track.fiscalYear, 4, 1).addMonths(m);
        const QRectF column(left + m * slot, area.top(), slot, area.height() - 50);
        p.fillRect(column, m % 2 ? QColor(0xf5, 0xf5, 0xf5) : QColor(Qt::white));
        p.setPen(Qt::black);
        p.drawText(QRectF(column.left(), area.top(), slot, kHeaderHeight), Qt::AlignCenter,
                   japanese ? u"%1月"_s.arg(month.month())
                            : QLocale(QLocale::English).toString(month, u"MMM"_s));
    }
    p.setFont(canvasFont(21));
    const QFontMetricsF metrics(p.font());
    const auto rowTop = [&](int row) {
        return area.top() + kHeaderHeight + row * kRowHeight;
    };
    const auto label = [&](int row, const QString &text) {
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left() + 6, rowTop(row), left - area.left() - 12, kRowHeight),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   metrics.elidedText(text, Qt::ElideRight, left - area.left() - 12));
    };
    const auto cell = [&](int row, int month) {
        return QRectF(left + month * slot, rowTop(row), slot, kRowHeight);
    };
    label(0, tr("Meetings"));
    for (const YearTrack::Meeting &m : track.meetings) {
        const QRectF c = cell(0, std::clamp(m.month, 0, 11)).adjusted(4, 6, -4, -6);
        p.setPen(Qt::NoPen);
        p.setBrush(m.ahead  ? QColor(0xe0, 0xe0, 0xe0)
                   : m.kept ? QColor(0x66, 0xbb, 0x6a)
                            : QColor(0xe5, 0x73, 0x73));
        p.drawRoundedRect(c, 6, 6);
        p.setPen(Qt::black);
        p.drawText(c, Qt::AlignCenter, metrics.elidedText(m.label, Qt::ElideRight, c.width()));
    }
    label(1, tr("Monthly reports"));
    for (int m = 0; m < 12; ++m) {
        const QString mark = track.reports.value(m);
        p.setPen(mark == u"✗" ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
        p.drawText(cell(1, m), Qt::AlignCenter, mark);
    }
    label(2, tr("Consultations"));
    const int most =
        std::max(1, *std::max_element(track.consultations.cbegin(), track.consultations.cend()));
    for (int m = 0; m < 12; ++m) {
        const int n = track.consultations.value(m);
        if (n <= 0)
            continue;
        const QRectF c = cell(2, m).adjusted(4, 6, -4, -6);
        p.fillRect(c, QColor(0x42, 0xa5, 0xf5, 60 + 195 * n / most));
        p.setPen(Qt::black);
        p.drawText(c, Qt::AlignCenter, QString::number(n));
    }
    for (int i = 0; i < track.milestones.size(); ++i) {
        const YearTrack::Milestone &ms = track.milestones[i];
        label(3 + i, u"◆ "_s + ms.title);
        for (int m = 0; m < 12; ++m) {
            if (const auto &state = ms.states.value(m))
                p.fillRect(cell(3 + i, m).adjusted(2, 8, -2, -8), stateColour(*state));
        }
    }
    // The key.
    p.setFont(canvasFont(20));
    const QFontMetricsF key(p.font());
    double kx = area.left() + 6;
    const double ky = area.bottom() - 36;
    const auto entry = [&](const QColor &colour, const QString &text) {
        p.fillRect(QRectF(kx, ky + 4, 24, 24), colour);
        p.setPen(Qt::black);
        p.drawText(QRectF(kx + 30, ky, key.horizontalAdvance(text) + 4, 32), Qt::AlignVCenter,
                   text);
        kx += 30 + key.horizontalAdvance(text) + 26;
    };
    entry(QColor(0x66, 0xbb, 0x6a), tr("attended"));
    entry(QColor(0xe5, 0x73, 0x73), tr("missed"));
    for (const core::MilestoneState s : core::allValues<core::MilestoneState>())
        entry(stateColour(s), japanese ? core::japaneseName(s) : core::englishName(s));
    p.restore();
}

} // namespace iotdesk::ui
