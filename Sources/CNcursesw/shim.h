// ncursesw for Swift. The wide-character API needs these before <curses.h>; the inline
// functions wrap what Swift cannot import: macros (getmaxyx, A_*, KEY_F, COLOR_PAIR) and
// globals that do not compile in Swift 6 mode (COLORS, stdscr).
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static inline attr_t theodoi_a_normal(void) { return A_NORMAL; }
static inline attr_t theodoi_a_bold(void) { return A_BOLD; }
static inline attr_t theodoi_a_dim(void) { return A_DIM; }
static inline attr_t theodoi_a_underline(void) { return A_UNDERLINE; }
static inline attr_t theodoi_a_reverse(void) { return A_REVERSE; }
static inline int theodoi_key_f(int n) { return KEY_F(n); }
static inline int theodoi_colors(void) { return COLORS; }
static inline int theodoi_color_pairs(void) { return COLOR_PAIRS; }
static inline int theodoi_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int theodoi_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline FILE *theodoi_stdin(void) { return stdin; }
static inline FILE *theodoi_stdout(void) { return stdout; }
static inline int theodoi_has_cup(void) { char *cup = tigetstr("cup"); return cup != NULL && cup != (char *)-1; }

// The current screen's windows, after newterm (the globals do not compile in Swift 6 mode).
static inline WINDOW *theodoi_stdscr(void) { return stdscr; }
static inline WINDOW *theodoi_curscr(void) { return curscr; }
// The locale's idea of a character's width: what ncurses itself uses to lay out a cell.
static inline int theodoi_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
