#include <libxml/xmlversion.h>
// libxml2 built with ICU pulls in the system's <unicode/*.h>, whose enums clash with Foundation's
// bundled ICU (_FoundationICU) in the same Swift module. Nothing here uses the ICU converter
// fields of xmlCharEncodingHandler, so hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
