#ifndef NOTICEKIT_CLIBXML2_SHIM_H
#define NOTICEKIT_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its UErrorCode then clashes with Foundation's copy in a clean build. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

/* Swift 6 cannot use xmlFree, a mutable C global function pointer; call it through these. */
static inline void noticekit_xml_free(void *p) { xmlFree(p); }

static inline xmlParserInputPtr noticekit_refuse_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    (void)url; (void)id; (void)ctxt;
    return NULL;
}

/* Installed once: no document may make libxml2 read a file or a URL, whatever flag slips in. */
static inline void noticekit_xml_refuse_external_entities(void) {
    xmlSetExternalEntityLoader(noticekit_refuse_entity);
}

static inline void noticekit_xml_ignore_error(void *ctx, xmlErrorPtr error) { (void)ctx; (void)error; }

/* libxml2 reports parse errors per thread; silence them on the calling thread, the readers report their own. */
static inline void noticekit_xml_silence_errors(void) {
    xmlSetStructuredErrorFunc(NULL, noticekit_xml_ignore_error);
}

#endif
