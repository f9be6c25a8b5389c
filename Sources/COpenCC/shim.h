#ifndef NOTICEKIT_COPENCC_SHIM_H
#define NOTICEKIT_COPENCC_SHIM_H
#include <opencc/opencc.h>
#endif
