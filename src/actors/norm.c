#include "actors/norm.h"

#include <string.h>

/* ASCII letters of the Latin-1 Supplement letters U+00C0..U+00FF, indexed
 * by the second byte of their UTF-8 form minus 0x80; 0 keeps the bytes. */
static const char latin1_base[64] = {
	'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
	'd', 'n', 'o', 'o', 'o', 'o', 'o', 0,   'o', 'u', 'u', 'u', 'u', 'y', 0,   's',
	'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
	'd', 'n', 'o', 'o', 'o', 'o', 'o', 0,   'o', 'u', 'u', 'u', 'u', 'y', 0,   'y',
};

static int is_separator(unsigned char c, int keep_hyphens)
{
	return c == ' ' || c == '_' || c == '\t' || c == '\n' || c == '\r' || (c == '-' && !keep_hyphens);
}

size_t ad_fold(const char *s, size_t n, char *out, int keep_hyphens)
{
	size_t o = 0;
	int pending_space = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (is_separator(c, keep_hyphens)) {
			pending_space = o > 0;
			continue;
		}
		if (pending_space) {
			out[o++] = ' ';
			pending_space = 0;
		}
		if (c >= 'A' && c <= 'Z') {
			out[o++] = (char)(c + 32);
		} else if (c == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
			   (unsigned char)s[i + 1] < 0xC0 && latin1_base[(unsigned char)s[i + 1] - 0x80]) {
			out[o++] = latin1_base[(unsigned char)s[i + 1] - 0x80];
			i++;
		} else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
			   ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99)) {
			out[o++] = '\'';  /* U+2018, U+2019 */
			i += 2;
		} else {
			out[o++] = (char)c;
		}
	}
	out[o] = '\0';
	return o;
}
