#include "CNCursesW.h"

#include <langinfo.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <term.h>
#include <unistd.h>

WINDOW *cascade_stdscr(void) { return stdscr; }
int cascade_lines(void) { return LINES; }
int cascade_cols(void) { return COLS; }
int cascade_colors(void) { return COLORS; }
int cascade_color_pairs(void) { return COLOR_PAIRS; }
attr_t cascade_a_bold(void) { return A_BOLD; }
attr_t cascade_a_reverse(void) { return A_REVERSE; }
attr_t cascade_a_underline(void) { return A_UNDERLINE; }
attr_t cascade_a_dim(void) { return A_DIM; }
const char *cascade_curses_version(void) { return curses_version(); }

static int codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}

int cascade_setup_locale(void) {
    setlocale(LC_ALL, "");
    if (codeset_is_utf8()) return 1;
    if (setlocale(LC_ALL, "C.UTF-8") != NULL && codeset_is_utf8()) return 1;
    return 0;
}

SCREEN *cascade_newterm(const char *term) { return newterm(term, stdout, stdin); }

int cascade_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1 && cup[0] != '\0';
}

int cascade_has_direct_color(void) { return tigetflag("RGB") > 0 || COLORS >= 0x1000000; }

static volatile sig_atomic_t curses_active = 0;
// SIGQUIT (Ctrl-\) is here too: left alone, the Swift runtime's backtracer would print over the
// screen and leave the terminal in curses' modes.
static const int exit_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
static struct sigaction previous_crash_actions[sizeof crash_signals / sizeof crash_signals[0]];

void cascade_restore_terminal(void) {
    if (curses_active) {
        curses_active = 0;
        endwin();
    }
}

static void exit_handler(int signal_number) {
    cascade_restore_terminal();
    _exit(128 + signal_number);
}

static void crash_handler(int signal_number) {
    cascade_restore_terminal();
    for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        if (crash_signals[i] == signal_number) sigaction(signal_number, &previous_crash_actions[i], NULL);
    }
    // Blocked until this handler returns, then delivered to the previous handler (or the default).
    raise(signal_number);
}

void cascade_install_restore_handlers(void) {
    static int installed = 0;
    curses_active = 1;
    if (installed) return;
    installed = 1;
    // A parent may have started us with these blocked (a blocked SIGWINCH means no resizes, a
    // blocked SIGHUP means running on after the terminal is gone): unblock them.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGWINCH);
    for (size_t i = 0; i < sizeof exit_signals / sizeof exit_signals[0]; i++) sigaddset(&wanted, exit_signals[i]);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = exit_handler;
    for (size_t i = 0; i < sizeof exit_signals / sizeof exit_signals[0]; i++) {
        sigaction(exit_signals[i], &action, NULL);
    }
    action.sa_handler = crash_handler;
    for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        sigaction(crash_signals[i], &action, &previous_crash_actions[i]);
    }
    atexit(cascade_restore_terminal);
}

int cascade_attr_set(attr_t attributes, int pair) {
    short legacy = pair > 32767 ? 32767 : (short)pair;
    return wattr_set(stdscr, attributes, legacy, &pair);
}

int cascade_put(int y, int x, const wchar_t *text, int count) { return mvwaddnwstr(stdscr, y, x, text, count); }

int cascade_read_key(int timeout_ms, unsigned int *code) {
    wint_t character = 0;
    wtimeout(stdscr, timeout_ms);
    int result = wget_wch(stdscr, &character);
    *code = (unsigned int)character;
    if (result == KEY_CODE_YES) return 1;
    if (result == OK) return 0;
    return -1;
}

int cascade_enable_mouse(void) {
    mmask_t wanted = BUTTON1_PRESSED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    wanted |= BUTTON5_PRESSED;
#endif
    mmask_t previous = 0;
    mmask_t granted = mousemask(wanted, &previous);
    mouseinterval(0);
    return granted != 0 && has_mouse() ? 1 : 0;
}

int cascade_read_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON1_PRESSED) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 2;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return 3;
#endif
    return 0;
}
