// SessionEditor: a tab of the chosen meeting session whose edits stay in its form until saved
// (the details, the agenda, the timetable). The Meetings page asks each one before another
// session, another program or another page is shown, and saves or discards as the user says.
#pragma once

#include <QString>

namespace iotdesk::ui {

class SessionEditor
{
public:
    virtual ~SessionEditor() = default;

    // Something typed that the file does not hold yet.
    virtual bool isDirty() const = 0;
    // Stores what is typed as one undoable step; what went wrong, or an empty string.
    virtual QString save() = 0;
    // Drops what is typed and shows what the file holds.
    virtual void discard() = 0;
    // Whether the last save() was refused because someone else changed the session since it
    // was read, and the user has been asked already what to do (ConflictPrompt): what it
    // returned needs no second message.
    bool conflictAnswered() const { return m_conflictAnswered; }

protected:
    SessionEditor() = default;
    SessionEditor(const SessionEditor &) = delete;
    SessionEditor &operator=(const SessionEditor &) = delete;

    bool m_conflictAnswered = false;
};

} // namespace iotdesk::ui
