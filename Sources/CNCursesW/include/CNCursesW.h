#ifndef CNCURSESW_H
#define CNCURSESW_H

// SwiftPM drops pkg-config's -D flags, so wide-character curses is requested here, before the include.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <curses.h>

// Swift 6 cannot import these globals and macros; the shim reads them for it.
WINDOW *cascade_stdscr(void);
int cascade_lines(void);
int cascade_cols(void);
const char *cascade_curses_version(void);

#endif
