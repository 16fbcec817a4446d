// CommitmentsTab: the Meetings page's table of what each selected municipality promised when
// applying, and whether it kept it.
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace iotdesk::core {
class CommitmentModel;
class Database;
} // namespace iotdesk::core

namespace iotdesk::ui {

class CommitmentsTab : public QWidget
{
    Q_OBJECT

public:
    explicit CommitmentsTab(QWidget *parent = nullptr);

    // Reads a program's commitments as of today; what went wrong, or an empty string.
    QString load(const core::Database &db, qint64 programId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createLayout();
    void retranslate();

    core::CommitmentModel *m_model;
    QTableView *m_table;
    QLabel *m_legend;
};

} // namespace iotdesk::ui
