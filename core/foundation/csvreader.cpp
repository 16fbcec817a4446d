#include "core/foundation/csvreader.h"

#include "core/foundation/lineend.h"

#include <QFile>
#include <QStringDecoder>

#include <csv.h>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

struct ParseState
{
    QList<CsvRecord> records;
    CsvRecord current;
    int line = 1;       // line of the parser's position, counted as bytes are fed
    int recordLine = 1; // line on which the current record began
    bool badText = false;
    int badLine = 0;
};

void onField(void *data, size_t length, void *context)
{
    auto *state = static_cast<ParseState *>(context);
    const QByteArrayView bytes(static_cast<const char *>(data), qsizetype(length));
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError() && !state->badText) {
        state->badText = true;
        state->badLine = state->recordLine;
    }
    state->current.fields.append(std::move(text));
}

void onRecord(int, void *context)
{
    auto *state = static_cast<ParseState *>(context);
    const bool blank = state->current.fields.size() == 1 && state->current.fields.front().isEmpty();
    if (!blank && !state->current.fields.isEmpty()) {
        state->current.line = state->recordLine;
        state->records.append(std::move(state->current));
    }
    state->current = CsvRecord();
}

} // namespace

Result<QList<CsvRecord>> CsvReader::parse(const QByteArray &utf8)
{
    QByteArrayView input(utf8);
    if (input.startsWith("\xEF\xBB\xBF"))
        input = input.sliced(3);

    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
        return Error(ErrorCode::Failed, tr("The CSV parser could not be started."));
    // Fields are kept as they are: spaces may be part of a Japanese name.
    csv_set_space_func(&parser, [](unsigned char) { return 0; });

    ParseState state;
    // Feed the input line by line so that the line of each record is known.
    qsizetype pos = 0;
    while (pos < input.size()) {
        const qsizetype end = endOfLine(input, pos);
        // libcsv's state 0 (ROW_NOT_BEGUN): the next byte starts a new record.
        if (parser.pstate == 0)
            state.recordLine = state.line;
        const size_t fed =
            csv_parse(&parser, input.data() + pos, size_t(end - pos), onField, onRecord, &state);
        if (fed != size_t(end - pos)) {
            const int line = state.line;
            csv_free(&parser);
            return Error(ErrorCode::Invalid,
                         tr("Line %1: the CSV is malformed (%2).")
                             .arg(line)
                             .arg(QString::fromUtf8(csv_strerror(csv_error(&parser)))));
        }
        ++state.line;
        pos = end;
    }
    if (csv_fini(&parser, onField, onRecord, &state) != 0) {
        const int line = state.recordLine;
        csv_free(&parser);
        return Error(
            ErrorCode::Invalid,
            tr("Line %1: a quoted field is not closed before the end of the file.").arg(line));
    }
    csv_free(&parser);
    if (state.badText) {
        return Error(ErrorCode::Invalid,
                     tr("Line %1: the text is not valid UTF-8.").arg(state.badLine));
    }
    return std::move(state.records);
}

Result<QList<CsvRecord>> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Failed, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return parse(file.readAll());
}

} // namespace iotdesk::core
