// The fixture of the undo command tests: a fresh database, an undo stack without any window,
// and the failures the commands report. Every command is run the way the pages run it — pushed
// (which runs redo), undone, redone — and checked against what the repositories read back.
#pragma once

#include "core/applications/application.h"
#include "core/municipalities/contactrepository.h"
#include "core/undo/repositorycommand.h"
#include "testsupport.h"

#include <QStringList>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace iotdesk::test {

// The seeded FY2018 program.
constexpr qint64 kProgram = 1;

class CommandTest : public ::testing::Test
{
protected:
    // Pushes the command as a page does; true when it ran and stayed on the stack.
    bool push(undo::RepositoryCommand *command)
    {
        command->setErrorHandler([this](const core::Error &error) { errors << error.message(); });
        const int before = stack.count();
        stack.push(command);
        return stack.count() == before + 1;
    }

    // Undo, then redo: the two directions of the step on top.
    void undo() { stack.undo(); }
    void redo() { stack.redo(); }

    // One count from the database.
    qint64 count(const QString &sql) { return scalar(temp.db(), sql).toLongLong(); }

    qint64 application(const QString &lead, core::Decision decision = {});
    qint64 person(const QString &name, const QString &code6 = {});

    TempDatabase temp;
    QUndoStack stack;
    QStringList errors;
};

} // namespace iotdesk::test
