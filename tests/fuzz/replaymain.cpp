// The normal build's form of a fuzz target: every file of the corpus folders (or files) given
// on the command line goes once through LLVMFuzzerTestOneInput, so that ctest replays what
// the fuzzer found with the project's compiler and, in the sanitizer build, under ASan/UBSan.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);

int main(int argc, char **argv)
{
    std::vector<std::filesystem::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        if (std::filesystem::is_directory(path)) {
            for (const auto &entry : std::filesystem::directory_iterator(path)) {
                if (entry.is_regular_file())
                    inputs.push_back(entry.path());
            }
        } else {
            inputs.push_back(path);
        }
    }
    std::sort(inputs.begin(), inputs.end());
    if (inputs.empty()) {
        std::fprintf(stderr, "usage: %s CORPUS-FOLDER-OR-FILE...: no input found\n", argv[0]);
        return 2;
    }

    LLVMFuzzerInitialize(&argc, &argv);
    for (const auto &path : inputs) {
        std::ifstream file(path, std::ios::binary);
        if (!file) {
            std::fprintf(stderr, "cannot read %s\n", path.c_str());
            return 2;
        }
        const std::vector<char> content{std::istreambuf_iterator<char>(file),
                                        std::istreambuf_iterator<char>()};
        // An empty vector's data() may be null; libFuzzer never passes null.
        static const std::uint8_t kNothing = 0;
        const auto *data =
            content.empty() ? &kNothing : reinterpret_cast<const std::uint8_t *>(content.data());
        LLVMFuzzerTestOneInput(data, content.size());
    }
    std::printf("replayed %zu inputs\n", inputs.size());
    return 0;
}
