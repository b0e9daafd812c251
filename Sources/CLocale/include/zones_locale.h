#ifndef ZONES_LOCALE_H
#define ZONES_LOCALE_H

// glibc's wcwidth, nl_langinfo and memmem, which Swift's Glibc module does not expose.

#include <stddef.h>

/// Columns glibc (and so ncursesw) gives a code point under the current LC_CTYPE; -1 if unprintable.
int zones_wcwidth(unsigned int codepoint);

/// 1 when the current LC_CTYPE uses UTF-8.
int zones_ctype_is_utf8(void);

/// glibc's memmem: where `needle` first occurs in `haystack`, or NULL.
const void *zones_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

#endif
