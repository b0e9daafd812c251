#ifndef ZONES_CNCURSESW_SHIM_H
#define ZONES_CNCURSESW_SHIM_H

// Swift only sees the wide-character API (get_wch, wint_t, cchar_t) with these set.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 rejects these globals as "not concurrency-safe"; read them through functions instead.
static inline WINDOW *zones_stdscr(void) { return stdscr; }
static inline int zones_cols(void) { return COLS; }
static inline int zones_lines(void) { return LINES; }
static inline int zones_color_pair(int n) { return (int)COLOR_PAIR(n); }

#endif
