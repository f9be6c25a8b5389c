#ifndef NOTICEKIT_OPENCC_DICTIONARY_H
#define NOTICEKIT_OPENCC_DICTIONARY_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Called once for each entry of a dictionary: its key and the value a conversion writes for it, as UTF-8.
typedef void (*noticekit_opencc_entry_visitor)(void *context, const char *key, size_t key_length,
                                               const char *value, size_t value_length);

/// Opens the OpenCC configuration at `configuration` and visits every entry of the dictionary it
/// converts with. Returns 0, or -1 when the configuration cannot be opened or its conversion chain
/// holds more than one dictionary (a chain composes its dictionaries, which entries alone do not say).
int noticekit_opencc_dictionary_entries(const char *configuration, void *context, noticekit_opencc_entry_visitor visit);

#ifdef __cplusplus
}
#endif

#endif
