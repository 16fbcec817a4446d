#include "ui/widgets/compactcolumns.h"

#include <QHeaderView>
#include <QRegularExpression>
#include <QTableView>

namespace iotdesk::ui {

void wrapHeaders(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setTextElideMode(Qt::ElideNone);
    // The header draws its text with these flags: TextWordWrap breaks it between words.
    header->setDefaultAlignment(Qt::Alignment::fromInt(int(Qt::AlignCenter) | Qt::TextWordWrap));
    const int lines = 2 * header->fontMetrics().lineSpacing();
    header->setMinimumHeight(lines + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin) + 2);
}

void fitColumnsToContents(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const QFontMetrics metrics = header->fontMetrics();
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin) + 4;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (int column = 0; column < model->columnCount(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        int widestWord = 0;
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        for (const QString &word : title.split(spaces, Qt::SkipEmptyParts))
            widestWord = qMax(widestWord, metrics.horizontalAdvance(word));
        // A sort indicator sits beside the text on the sorted column.
        const int sortArrow =
            header->isSortIndicatorShown() && header->sortIndicatorSection() == column
                ? header->style()->pixelMetric(QStyle::PM_HeaderMarkSize)
                : 0;
        // Public on the base class (QTableView overrides it as protected).
        const auto *cells = static_cast<const QAbstractItemView *>(view);
        header->resizeSection(
            column, qMax(cells->sizeHintForColumn(column), widestWord + margin + sortArrow));
    }
}

} // namespace iotdesk::ui
