// EditApplicationCommand: the user changed an application in its dialog (members, contacts,
// answers ...). Named subclasses cover the edits with a meaning of their own.
#pragma once

#include "core/applications/applicationrepository.h"
#include "core/undo/editrecordcommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class EditApplicationCommand
    : public EditRecordCommand<core::Application, core::ApplicationRepository>
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::EditApplicationCommand)

public:
    EditApplicationCommand(const core::Database &db, core::Application before,
                           core::Application after);

protected:
    EditApplicationCommand(const core::Database &db, core::Application before,
                           core::Application after, const QString &text);
};

} // namespace iotdesk::undo
