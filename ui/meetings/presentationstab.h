// PresentationsTab: the timetable of a meeting in Tokyo, where each selected municipality
// presents — generated from the published list, reordered by buttons, Ctrl+Up/Down or by
// dragging, with breaks, then saved. The Meetings page reads and saves it; this tab edits it.
#pragma once

#include <QWidget>

class QMenu;
class QPushButton;
class QTableView;

namespace iotdesk::core {
class PresentationSlotModel;
}

namespace iotdesk::ui {

class WriteAccess;

class PresentationsTab : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationsTab(WriteAccess &writes, QWidget *parent = nullptr);

    core::PresentationSlotModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void setPrintMenu(QMenu *timetable);
    // Whether Save is offered (the timetable differs from the stored one).
    void setSaveAvailable(bool available);
    // The columns fitted to a timetable just read or generated.
    void fitColumns();

signals:
    void generateRequested();
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createLayout();
    void createConnections();
    void retranslate();
    void moveCurrent(int by);

    WriteAccess &m_writes;
    core::PresentationSlotModel *m_model;
    QTableView *m_table;
    QPushButton *m_generate;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    QPushButton *m_addBreak;
    QPushButton *m_removeSlot;
    QPushButton *m_saveSlots;
    QPushButton *m_printTimetable;
};

} // namespace iotdesk::ui
