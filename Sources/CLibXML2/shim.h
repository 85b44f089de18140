// The libxml2 HTML parser, as WartaInput/HTMLTree.swift sees it.
#ifndef WARTA_LIBXML2_SHIM_H
#define WARTA_LIBXML2_SHIM_H

// Debian builds libxml2 with ICU support, and <libxml/encoding.h> then includes <unicode/ucnv.h>,
// which clashes with the ICU module Foundation ships on Linux. Nothing here needs libxml2's ICU
// converters (text reaches the parser already as UTF-8), so the feature macro is withdrawn after
// xmlversion.h defines it and before any header that tests it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

// HTMLTree.swift reads node names, text and attribute values in place and frees the whole
// document with xmlFreeDoc, so no string needs xmlFree (a function pointer Swift cannot call;
// wrap it here in a static inline function if that ever changes).

#endif
