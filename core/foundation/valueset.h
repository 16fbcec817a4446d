// Fixed value sets: the channels of a consultation, the decisions on an application, the kinds
// of a contact or a meeting... Each is an enum in the code and one table beside it that gives
// every value the name it is stored under (as the schema's CHECK constraint spells it), the
// name it is shown under (English, translated through the catalogues in the table's context)
// and its Japanese name for the files and prints that are read in Japan whatever the language
// of the window. Nothing else compares or spells these names.
//
// A set is declared next to its enum and defined in its room:
//     template <> const ValueSet<Channel> &valueSet<Channel>();
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <optional>
#include <span>
#include <type_traits>

namespace iotdesk::core {

template <typename E>
requires std::is_enum_v<E>
struct ValueName
{
    E value;
    QStringView stored; // empty: stored as NULL (e.g. "not decided yet")
    const char *shown;  // marked with QT_TRANSLATE_NOOP in the set's context
    QStringView japanese;
};

template <typename E>
requires std::is_enum_v<E>
class ValueSet
{
public:
    constexpr ValueSet(const char *context, std::span<const ValueName<E>> names)
        : m_context(context)
        , m_names(names)
    {}

    // A value outside the set (a number cast into the enum) has no names: it is stored as
    // nothing and shown as its number, and every repository refuses it (isKnown).
    QString stored(E value) const
    {
        const ValueName<E> *name = find(value);
        return name ? name->stored.toString() : QString();
    }
    // NULL for a value stored as NULL, else its stored name.
    QVariant storedValue(E value) const
    {
        const QString name = stored(value);
        return name.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(name);
    }
    QString shown(E value) const
    {
        const ValueName<E> *name = find(value);
        return name ? QCoreApplication::translate(m_context, name->shown) : unnamed(value);
    }
    QString japanese(E value) const
    {
        const ValueName<E> *name = find(value);
        return name ? name->japanese.toString() : unnamed(value);
    }
    // The shown name untranslated, for English prints whatever the window's language.
    QString english(E value) const
    {
        const ValueName<E> *name = find(value);
        return name ? QString::fromUtf8(name->shown) : unnamed(value);
    }

    // Also takes a NULL column read as an empty string.
    std::optional<E> fromStored(QStringView stored) const
    {
        for (const ValueName<E> &name : m_names) {
            if (name.stored == stored)
                return name.value;
        }
        return std::nullopt;
    }

    // False for a number cast into the enum that names none of its values: what a repository
    // refuses to store.
    bool contains(E value) const { return find(value) != nullptr; }

    QList<E> values() const
    {
        QList<E> all;
        for (const ValueName<E> &name : m_names)
            all.append(name.value);
        return all;
    }
    // The names that can be typed (a value stored as NULL is left out), for messages and
    // command-line help.
    QStringList storedNames() const
    {
        QStringList all;
        for (const ValueName<E> &name : m_names) {
            if (!name.stored.isEmpty())
                all.append(name.stored.toString());
        }
        return all;
    }

private:
    const ValueName<E> *find(E value) const
    {
        for (const ValueName<E> &name : m_names) {
            if (name.value == value)
                return &name;
        }
        return nullptr;
    }
    static QString unnamed(E value) { return u'#' + QString::number(int(value)); }

    const char *m_context;
    std::span<const ValueName<E>> m_names;
};

template <typename E> const ValueSet<E> &valueSet();

// Logs (iotdesk.storage) a stored name that no value set knows.
void warnUnknownStoredValue(const QString &stored);

template <typename E>
requires std::is_enum_v<E> QString storedName(E value)
{
    return valueSet<E>().stored(value);
}
template <typename E>
requires std::is_enum_v<E> QVariant storedValue(E value)
{
    return valueSet<E>().storedValue(value);
}
template <typename E>
requires std::is_enum_v<E> QString shownName(E value)
{
    return valueSet<E>().shown(value);
}
template <typename E>
requires std::is_enum_v<E> QString japaneseName(E value)
{
    return valueSet<E>().japanese(value);
}
template <typename E>
requires std::is_enum_v<E> QString englishName(E value)
{
    return valueSet<E>().english(value);
}
template <typename E>
requires std::is_enum_v<E> std::optional<E> fromStored(QStringView stored)
{
    return valueSet<E>().fromStored(stored);
}
template <typename E>
requires std::is_enum_v<E>
bool isKnown(E value)
{
    return valueSet<E>().contains(value);
}
template <typename E>
requires std::is_enum_v<E> QList<E> allValues()
{
    return valueSet<E>().values();
}

// A value read back from the file. The schema's CHECK constraints allow only the stored names,
// so another name means a file changed by hand; it reads as `fallback` and is logged.
template <typename E>
requires std::is_enum_v<E> E readStored(const QVariant &column, E fallback)
{
    if (const std::optional<E> value = fromStored<E>(column.toString()))
        return *value;
    warnUnknownStoredValue(column.toString());
    return fallback;
}

} // namespace iotdesk::core
