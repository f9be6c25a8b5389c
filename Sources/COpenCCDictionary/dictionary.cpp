#include "opencc_dictionary.h"

#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/Dict.hpp>
#include <opencc/Lexicon.hpp>

int noticekit_opencc_dictionary_entries(const char *configuration, void *context, noticekit_opencc_entry_visitor visit) {
    // OpenCC reports a missing or broken file by throwing; nothing may cross into Swift but the result.
    try {
        opencc::Config config;
        const opencc::ConverterPtr converter = config.NewFromFile(configuration);
        const auto conversions = converter->GetConversionChain()->GetConversions();
        if (conversions.size() != 1) return -1;
        const opencc::LexiconPtr lexicon = conversions.front()->GetDict()->GetLexicon();
        for (const auto &entry : *lexicon) {
            const std::string key = entry->Key();
            const std::string value = entry->GetDefault();
            visit(context, key.data(), key.size(), value.data(), value.size());
        }
        return 0;
    } catch (...) {
        return -1;
    }
}
