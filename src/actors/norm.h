/* The one normalisation shared by dictionary phrases and document text, so
 * that both sides build the same keys: lowercase, Latin accents dropped
 * (López → lopez), typographic apostrophes made straight, and '_' or '-'
 * between words turned into a single space. */
#ifndef ATTACHE_ACTORS_NORM_H
#define ATTACHE_ACTORS_NORM_H

#include <stddef.h>

/* Folds n bytes of s into out (room for n + 1 bytes: folding never grows
 * the text). Word separators ('_', '-', spaces) become one space, except
 * when keep_hyphens is set. Returns the length written (NUL-terminated). */
size_t ad_fold(const char *s, size_t n, char *out, int keep_hyphens);

#endif
