#include "CNCursesW.h"

WINDOW *cascade_stdscr(void) { return stdscr; }
int cascade_lines(void) { return LINES; }
int cascade_cols(void) { return COLS; }
const char *cascade_curses_version(void) { return curses_version(); }
