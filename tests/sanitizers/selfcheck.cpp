// Makes one finding of the kind its argument names, so that scripts/test-sanitizers can see,
// before it trusts a clean run, that each kind stops a program and leaves a report: a heap
// overflow (ASan), a leak (LSan) and a signed overflow (UBSan).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace {

void *volatile leaked = nullptr;

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s heap-overflow|leak|signed-overflow\n", argv[0]);
        return 2;
    }
    // Read at run time, so that no compiler sees the bugs below and warns (-Werror).
    static volatile int offset = 2;
    if (std::strcmp(argv[1], "heap-overflow") == 0) {
        auto *bytes = static_cast<char *>(std::calloc(2, 1));
        bytes[offset] = 1;
        const int result = bytes[0];
        std::free(bytes);
        return result;
    }
    if (std::strcmp(argv[1], "leak") == 0) {
        leaked = std::malloc(64);
        leaked = nullptr;
        return 0;
    }
    if (std::strcmp(argv[1], "signed-overflow") == 0) {
        int value = std::numeric_limits<int>::max() - 1;
        value += offset;
        return value == 0 ? 1 : 0;
    }
    return 2;
}
