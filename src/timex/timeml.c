#include "timex/timeml.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/doc.h"

static const char *find(const char *s, const char *end, const char *needle)
{
	size_t n = strlen(needle);
	for (; s + n <= end; s++)
		if (*s == *needle && memcmp(s, needle, n) == 0)
			return s;
	return NULL;
}

/* The value of attribute name in the tag [tag, end), copied to the arena. */
static const char *attribute(at_arena *arena, const char *tag, const char *end, const char *name)
{
	char pat[32];
	snprintf(pat, sizeof pat, " %s=\"", name);
	const char *a = find(tag, end, pat);
	if (!a)
		return NULL;
	a += strlen(pat);
	const char *q = memchr(a, '"', (size_t)(end - a));
	return q ? at_arena_strndup(arena, a, (size_t)(q - a)) : NULL;
}

static int type_id(const char *t)
{
	if (!t)
		return AT_TIMEX_DATE;
	if (strcmp(t, "TIME") == 0)
		return AT_TIMEX_TIME;
	if (strcmp(t, "DURATION") == 0)
		return AT_TIMEX_DURATION;
	if (strcmp(t, "SET") == 0)
		return AT_TIMEX_SET;
	return AT_TIMEX_DATE;
}

/* Decodes the entity at s (after '&') into out; returns bytes consumed. */
static size_t entity(const char *s, const char *end, char *out, size_t *n)
{
	static const struct { const char *name; char c; } named[] = {
		{"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''},
	};
	for (size_t k = 0; k < sizeof named / sizeof named[0]; k++) {
		size_t len = strlen(named[k].name);
		if (s + len <= end && memcmp(s, named[k].name, len) == 0) {
			out[(*n)++] = named[k].c;
			return len;
		}
	}
	if (s < end && *s == '#') {
		char *stop;
		long cp = s[1] == 'x' ? strtol(s + 2, &stop, 16) : strtol(s + 1, &stop, 10);
		if (stop < end && *stop == ';' && cp > 0 && cp < 0x80) {
			out[(*n)++] = (char)cp;
			return (size_t)(stop + 1 - s);
		}
	}
	out[(*n)++] = '&';
	return 0;
}

static void read_dct(const char *xml, const char *end, tx_timeml *out, at_arena *arena)
{
	out->dct[0] = '\0';
	const char *d = find(xml, end, "<DCT>");
	const char *t = d ? find(d, end, "<TIMEX3") : NULL;
	const char *close = t ? memchr(t, '>', (size_t)(end - t)) : NULL;
	const char *v = close ? attribute(arena, t, close, "value") : NULL;
	if (v && strlen(v) >= 10) {
		memcpy(out->dct, v, 10);
		out->dct[10] = '\0';
	}
}

int tx_timeml_read(at_arena *arena, const char *xml, size_t len, tx_timeml *out,
		   char *err, size_t errlen)
{
	const char *end = xml + len;
	memset(out, 0, sizeof *out);
	read_dct(xml, end, out, arena);
	const char *s = find(xml, end, "<TEXT>");
	const char *stop = s ? find(s, end, "</TEXT>") : NULL;
	if (!stop) {
		snprintf(err, errlen, "no <TEXT> element");
		return -1;
	}
	s += strlen("<TEXT>");
	out->text = at_arena_alloc(arena, (size_t)(stop - s) + 1);
	size_t cap = 64, n = 0;
	out->gold = AT_NEW_N(arena, tx_gold, cap);
	if (!out->text || !out->gold)
		goto oom;
	int open = 0;
	while (s < stop) {
		if (*s == '&') {
			s += 1 + entity(s + 1, stop, out->text, &out->len);
			continue;
		}
		if (*s != '<') {
			out->text[out->len++] = *s++;
			continue;
		}
		const char *close = memchr(s, '>', (size_t)(stop - s));
		if (!close)
			break;
		if (strncmp(s, "<TIMEX3", 7) == 0 && close[-1] != '/') {
			if (n == cap && !(out->gold = at_arena_grow(arena, out->gold, sizeof *out->gold, &cap)))
				goto oom;
			out->gold[n].start = (uint32_t)out->len;
			out->gold[n].type = (uint8_t)type_id(attribute(arena, s, close, "type"));
			out->gold[n].value = attribute(arena, s, close, "value");
			open = 1;
		} else if (strncmp(s, "</TIMEX3", 8) == 0 && open) {
			out->gold[n++].end = (uint32_t)out->len;
			open = 0;
		}
		s = close + 1;
	}
	out->text[out->len] = '\0';
	out->ngold = n;
	return 0;
oom:
	snprintf(err, errlen, "out of memory");
	return -1;
}
