// The slice of libedit's readline-compatible API that the REPL uses.
//
// Why the accessors: in Swift 6 mode, C globals such as
// `rl_attempted_completion_function` or `stdout` are "not concurrency-safe"
// to reference from Swift. Small `static inline` functions read and write
// them on the C side instead, so the Swift code never names the globals.
#ifndef ARDOISE_CLIBEDIT_SHIM_H
#define ARDOISE_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <locale.h>
#include <langinfo.h>
#include <editline/readline.h>

/// Names this program in `~/.editrc` (lines prefixed with `ardoise:`).
static inline void ardoise_rl_set_readline_name(void) {
    rl_readline_name = "ardoise";
}

static inline void ardoise_rl_set_attempted_completion_function(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}

/// 1: our candidates are final (no fallback to file names when none match).
static inline void ardoise_rl_set_attempted_completion_over(int over) {
    rl_attempted_completion_over = over;
}

static inline void ardoise_rl_set_completion_append_character(int character) {
    rl_completion_append_character = character;
}

/// Characters that end a word for completion: spaces, operators, brackets,
/// quotes. Letters with accents are not in it, so `prén` completes to `prénom`.
static inline void ardoise_rl_set_completer_word_break_characters(void) {
    static char breaks[] = " \t\n\"'`@$><=;|&{}()[],+-*/^#";
    rl_completer_word_break_characters = breaks;
}

/// The whole line being edited (valid only during a completion callback).
static inline const char *ardoise_rl_line_buffer(void) {
    return rl_line_buffer;
}

/// The cursor's byte offset in `ardoise_rl_line_buffer()`.
static inline int ardoise_rl_point(void) {
    return rl_point;
}

static inline FILE *ardoise_stdin(void) { return stdin; }
static inline FILE *ardoise_stdout(void) { return stdout; }
static inline FILE *ardoise_stderr(void) { return stderr; }

static inline void ardoise_rl_set_streams(FILE *input, FILE *output) {
    rl_instream = input;
    rl_outstream = output;
}

#endif
