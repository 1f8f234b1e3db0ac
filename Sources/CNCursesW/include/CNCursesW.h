#ifndef CNCURSESW_H
#define CNCURSESW_H

// SwiftPM drops pkg-config's -D flags, so wide-character curses is requested here, before the include.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <curses.h>

// Swift 6 cannot import these globals and macros; the shim reads them for it.
WINDOW *cascade_stdscr(void);
int cascade_lines(void);
int cascade_cols(void);
int cascade_colors(void);
int cascade_color_pairs(void);
attr_t cascade_a_bold(void);
attr_t cascade_a_reverse(void);
attr_t cascade_a_underline(void);
attr_t cascade_a_dim(void);
const char *cascade_curses_version(void);

// Sets the locale from the environment; if its codeset is not UTF-8, tries C.UTF-8.
// Returns 1 when the resulting codeset is UTF-8.
int cascade_setup_locale(void);

// newterm(term, stdout, stdin): NULL when terminfo has no entry for `term`.
SCREEN *cascade_newterm(const char *term);

// 1 when the terminal can position the cursor (terminfo `cup`).
int cascade_can_address_cursor(void);

// 1 when terminfo describes direct (24-bit) colour: the `RGB` flag, or 2^24 colours.
int cascade_has_direct_color(void);

// Marks curses as active and installs handlers so the terminal is restored on every exit path:
// SIGINT, SIGTERM, SIGHUP and SIGQUIT call endwin() and exit with status 128 + signal; crash signals
// (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP) call endwin() and hand the signal on to the
// handler that was there before; exit() calls endwin() through atexit.
void cascade_install_restore_handlers(void);

// endwin() if curses is still active; safe to call any number of times.
void cascade_restore_terminal(void);

// Sets stdscr's attributes and colour pair (extended pair numbers allowed).
int cascade_attr_set(attr_t attributes, int pair);

// Writes `count` wide characters at (y, x) of stdscr.
int cascade_put(int y, int x, const wchar_t *text, int count);

// Waits up to `timeout_ms` (negative: forever) for input. Returns -1 on timeout, 0 for a character,
// 1 for a function key (a KEY_* code); the character or code goes to `code`.
int cascade_read_key(int timeout_ms, unsigned int *code);

// Asks for clicks and wheel turns (no motion) as KEY_MOUSE, with no click-timing delay. Returns 1
// when the terminal reports the mouse. endwin() turns reporting off again.
int cascade_enable_mouse(void);

// After KEY_MOUSE: the event's cell, and 1 for a left click, 2 wheel up, 3 wheel down, 0 for
// anything else (or no event).
int cascade_read_mouse(int *x, int *y);

#endif
