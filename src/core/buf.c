#include "core/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void at_buf_init(at_buf *b)
{
	b->data = NULL;
	b->len = b->cap = 0;
}

void at_buf_free(at_buf *b)
{
	free(b->data);
	at_buf_init(b);
}

void at_buf_clear(at_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

static void reserve(at_buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t ncap = b->cap ? b->cap : 256;
	while (ncap < b->len + extra + 1)
		ncap *= 2;
	char *p = realloc(b->data, ncap);
	if (!p) {
		fputs("attache: out of memory\n", stderr);
		abort();
	}
	b->data = p;
	b->cap = ncap;
}

void at_buf_put(at_buf *b, const void *p, size_t n)
{
	reserve(b, n);
	memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void at_buf_puts(at_buf *b, const char *s)
{
	at_buf_put(b, s, strlen(s));
}

void at_buf_putc(at_buf *b, char c)
{
	reserve(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

void at_buf_printf(at_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char small[256];
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		at_buf_put(b, small, (size_t)n);
		return;
	}
	reserve(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void at_json_strn(at_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	reserve(b, n + 2);
	at_buf_putc(b, '"');
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		at_buf_put(b, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '"': at_buf_puts(b, "\\\""); break;
		case '\\': at_buf_puts(b, "\\\\"); break;
		case '\n': at_buf_puts(b, "\\n"); break;
		case '\r': at_buf_puts(b, "\\r"); break;
		case '\t': at_buf_puts(b, "\\t"); break;
		default: {
			char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
			at_buf_put(b, u, 6);
		}
		}
	}
	at_buf_put(b, s + run, n - run);
	at_buf_putc(b, '"');
}

void at_json_str(at_buf *b, const char *s)
{
	at_json_strn(b, s, strlen(s));
}

void at_json_str_or_null(at_buf *b, const char *s)
{
	if (s)
		at_json_str(b, s);
	else
		at_buf_puts(b, "null");
}

void at_json_key(at_buf *b, const char *key)
{
	at_json_str(b, key);
	at_buf_putc(b, ':');
}

void at_json_double(at_buf *b, double v, int decimals)
{
	char tmp[64];
	int n = snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
	/* Trim trailing zeros so 1.90 prints as 1.9, keeping one decimal. */
	char *dot = strchr(tmp, '.');
	if (dot) {
		while (n > 0 && tmp[n - 1] == '0' && &tmp[n - 2] != dot)
			tmp[--n] = '\0';
	}
	at_buf_put(b, tmp, (size_t)n);
}
