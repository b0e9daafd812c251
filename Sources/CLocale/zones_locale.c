#define _XOPEN_SOURCE 700
#include <langinfo.h>
#include <string.h>
#include <wchar.h>
#include "zones_locale.h"

int zones_wcwidth(unsigned int codepoint) {
    return wcwidth((wchar_t)codepoint);
}

int zones_ctype_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}
