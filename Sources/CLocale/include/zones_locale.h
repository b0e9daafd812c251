#ifndef ZONES_LOCALE_H
#define ZONES_LOCALE_H

// glibc's wcwidth and nl_langinfo, which Swift's Glibc module does not expose.

/// Columns glibc (and so ncursesw) gives a code point under the current LC_CTYPE; -1 if unprintable.
int zones_wcwidth(unsigned int codepoint);

/// 1 when the current LC_CTYPE uses UTF-8.
int zones_ctype_is_utf8(void);

#endif
