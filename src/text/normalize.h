/* Text normalisation at ingestion: invalid UTF-8 is replaced by U+FFFD
 * (and counted, so the caller can report it), then the text is put in NFC. */
#ifndef ATTACHE_NORMALIZE_H
#define ATTACHE_NORMALIZE_H

#include <stddef.h>

/* Returns a malloc'd NUL-terminated NFC copy, its length in *out_len and the
 * number of invalid byte sequences replaced in *invalid. NULL on OOM. */
char *at_normalize(const char *text, size_t len, size_t *out_len, size_t *invalid);

#endif
