#ifndef ZONES_CNCURSESW_SHIM_H
#define ZONES_CNCURSESW_SHIM_H

// Swift only sees the wide-character API (get_wch, wint_t, cchar_t) with these set.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift 6 rejects these globals as "not concurrency-safe", and cannot see function-like
// macros: read them through functions instead.
static inline WINDOW *zones_stdscr(void) { return stdscr; }
static inline WINDOW *zones_curscr(void) { return curscr; }
static inline int zones_cols(void) { return COLS; }
static inline int zones_lines(void) { return LINES; }
static inline int zones_colors(void) { return COLORS; }
static inline int zones_color_pair(int n) { return (int)COLOR_PAIR(n); }

// newterm on the process's own streams: unlike initscr, it returns NULL for an unknown TERM
// instead of exiting.
static inline SCREEN *zones_newterm(void) { return newterm(NULL, stdout, stdin); }

static inline attr_t zones_attr_normal(void) { return A_NORMAL; }
static inline attr_t zones_attr_bold(void) { return A_BOLD; }
static inline attr_t zones_attr_dim(void) { return A_DIM; }
static inline attr_t zones_attr_reverse(void) { return A_REVERSE; }
static inline attr_t zones_attr_underline(void) { return A_UNDERLINE; }

static inline mmask_t zones_mouse_press_mask(void) {
    return BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int zones_mouse_is_press(mmask_t state) { return (state & BUTTON1_PRESSED) != 0; }
static inline int zones_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int zones_mouse_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

/// A terminfo string capability, or NULL when the terminal lacks it.
static inline const char *zones_tigetstr(const char *name) {
    char *value = tigetstr(name);
    if (value == (char *)-1) return NULL;
    return value;
}

#endif
