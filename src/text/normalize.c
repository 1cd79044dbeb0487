#include "text/normalize.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Copies text, replacing each invalid sequence (and NUL bytes, which would
 * cut C strings short) with U+FFFD. */
static char *repair(const char *text, size_t len, size_t *out_len, size_t *invalid)
{
	char *out = malloc(len * 3 + 1);
	if (!out)
		return NULL;
	size_t o = 0;
	const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)text;
	size_t i = 0;
	while (i < len) {
		if (s[i] >= 0x01 && s[i] < 0x80) {
			out[o++] = (char)s[i++];
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
		if (n <= 0 || cp == 0) {
			memcpy(out + o, "\xEF\xBF\xBD", 3);
			o += 3;
			(*invalid)++;
			i++;
			continue;
		}
		memcpy(out + o, s + i, (size_t)n);
		o += (size_t)n;
		i += (size_t)n;
	}
	out[o] = '\0';
	*out_len = o;
	return out;
}

static int is_ascii(const char *text, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)text[i] >= 0x80 || text[i] == 0)
			return 0;
	return 1;
}

char *at_normalize(const char *text, size_t len, size_t *out_len, size_t *invalid)
{
	*invalid = 0;
	if (is_ascii(text, len)) {
		char *copy = malloc(len + 1);
		if (!copy)
			return NULL;
		memcpy(copy, text, len);
		copy[len] = '\0';
		*out_len = len;
		return copy;
	}
	size_t rlen = 0;
	char *valid = repair(text, len, &rlen, invalid);
	if (!valid)
		return NULL;
	utf8proc_uint8_t *nfc = NULL;
	utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)valid, (utf8proc_ssize_t)rlen, &nfc,
					  UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (n < 0) {
		/* Cannot happen on repaired input; keep the repaired text. */
		*out_len = rlen;
		return valid;
	}
	free(valid);
	*out_len = (size_t)n;
	return (char *)nfc;
}
