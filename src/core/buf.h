/* A growable byte buffer (malloc-backed) and the JSON writer built on it. */
#ifndef ATTACHE_BUF_H
#define ATTACHE_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

typedef struct at_buf {
	char *data;
	size_t len, cap;
} at_buf;

void at_buf_init(at_buf *b);
void at_buf_free(at_buf *b);
void at_buf_clear(at_buf *b);
/* All appends keep data NUL-terminated; they abort only on out-of-memory. */
void at_buf_put(at_buf *b, const void *p, size_t n);
void at_buf_puts(at_buf *b, const char *s);
void at_buf_putc(at_buf *b, char c);
void at_buf_printf(at_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* JSON: strings are escaped per RFC 8259; invalid UTF-8 never reaches here
 * because ingestion repairs it. */
void at_json_str(at_buf *b, const char *s);
void at_json_strn(at_buf *b, const char *s, size_t n);
/* A string or null when s is NULL. */
void at_json_str_or_null(at_buf *b, const char *s);
/* "key": then the caller writes the value; comma handling is the caller's. */
void at_json_key(at_buf *b, const char *key);
void at_json_double(at_buf *b, double v, int decimals);

#endif
