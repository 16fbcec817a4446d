// Compact columns for tables that must fit a 1024-pixel screen: a column is as wide as its
// widest cell or the longest word of its header, whichever is wider, and a header longer than
// that wraps onto a second line instead of widening the column ("Proactive-ness" becomes
// "Proactiveness" over the numbers "3.67").
#pragma once

class QTableView;

namespace iotdesk::ui {

// Once, when the view is set up: lets the header wrap and gives it room for two lines.
void wrapHeaders(QTableView *view);
// After the model's rows change (resizeColumnsToContents(), compacted).
void fitColumnsToContents(QTableView *view);

} // namespace iotdesk::ui
