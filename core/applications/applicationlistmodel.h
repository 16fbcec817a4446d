// ApplicationListModel: a program's applications as the coordinators' list: when each arrived
// (and whether in the window), its applicants, eligibility, receipt confirmation, review
// progress, score and decision. A program holds tens of applications, so the model reads
// them all when the program or the data changes.
#pragma once

#include "core/applications/application.h"
#include "core/applications/applicationtiming.h"
#include "core/applications/eligibility.h"
#include "core/foundation/dateformatter.h"
#include "core/selection/reviewrepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace iotdesk::core {

class Database;

struct ApplicationListRow
{
    Application application;
    QString leadName;
    QStringList memberNames;
    int bureauId = 0;
    EligibilityResult eligibility;
    QDate receivedOn; // in Japan
    WindowPosition window = WindowPosition::InWindow;
    QDate confirmationDue;
    ConfirmationState confirmation = ConfirmationState::Pending;
    ReviewProgress progress;
    double total = 0;
    int rank = 0;
};

class ApplicationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Received,
        Lead,
        Members,
        Eligibility,
        Confirmation,
        Review,
        Score,
        Decision,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ApplicationListModel(const Database &db, QObject *parent = nullptr);

    void setProgram(qint64 programId);
    qint64 programId() const { return m_programId; }
    void setDateStyle(DateStyle style);
    void setToday(QDate today); // for the confirmation states; today in Japan by default
    void reload();
    void retranslate();

    const ApplicationListRow &at(int row) const { return m_rows.at(row); }
    int rowOf(qint64 applicationId) const;
    const QString &lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Database &m_db;
    qint64 m_programId = 0;
    DateFormatter m_dates;
    QDate m_today;
    QList<ApplicationListRow> m_rows;
    QString m_lastError;
};

} // namespace iotdesk::core
