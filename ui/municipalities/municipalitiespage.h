// MunicipalitiesPage: all local governments of the master data, searchable by code, kanji or
// kana, filtered by prefecture and regional bureau, sortable by any column.
#pragma once

#include "ui/widgets/page.h"

#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace iotdesk::core {
class LocalGovernmentModel;
}

namespace iotdesk::ui {

class MunicipalitiesPage : public Page
{
    Q_OBJECT

public:
    explicit MunicipalitiesPage(QSqlDatabase db, QWidget *parent = nullptr);

    core::LocalGovernmentModel *model() const { return m_model; }

    // One local government found and chosen, as if its code had been typed (Ctrl+K).
    void showGovernment(const QString &code6);
    // The chosen local government.
    QString governmentInView() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFilters();
    void applySearch();
    void updateStatus();
    void updateDetails();

    QSqlDatabase m_db;
    core::LocalGovernmentModel *m_model = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_prefectureLabel = nullptr;
    QComboBox *m_prefecture = nullptr;
    QLabel *m_bureauLabel = nullptr;
    QComboBox *m_bureau = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_details = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace iotdesk::ui
