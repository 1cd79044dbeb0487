#include "actors/codes.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Segments are three characters of [A-Z0-9]: 36^3 bits. */
#define SEG_SPACE (36 * 36 * 36)

struct ad_codeset {
	unsigned char bits[SEG_SPACE / 8 + 1];
};

static int seg_digit(char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= '0' && c <= '9')
		return 26 + (c - '0');
	return -1;
}

static int seg_index(const char *s)
{
	int a = seg_digit(s[0]), b = seg_digit(s[1]), c = seg_digit(s[2]);
	if (a < 0 || b < 0 || c < 0)
		return -1;
	return (a * 36 + b) * 36 + c;
}

ad_codeset *ad_codeset_load(const char *path, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		snprintf(err, errlen, "%s: cannot open the CAMEO code list", path);
		return NULL;
	}
	ad_codeset *s = calloc(1, sizeof *s);
	if (!s) {
		fclose(f);
		snprintf(err, errlen, "%s: out of memory", path);
		return NULL;
	}
	char line[512];
	int lineno = 0, bad = 0;
	while (fgets(line, sizeof line, f)) {
		lineno++;
		char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '#' || *p == '\n' || *p == '\0')
			continue;
		int idx = seg_index(p);
		if (idx < 0 || (p[3] && !isspace((unsigned char)p[3]))) {
			snprintf(err, errlen, "%s:%d: not a three-character code", path, lineno);
			bad = 1;
			break;
		}
		s->bits[idx / 8] |= (unsigned char)(1u << (idx % 8));
	}
	fclose(f);
	if (bad) {
		free(s);
		return NULL;
	}
	return s;
}

void ad_codeset_free(ad_codeset *s)
{
	free(s);
}

int ad_code_valid(const ad_codeset *set, const char *code, char *why, size_t whylen)
{
	size_t n = strlen(code);
	if (strcmp(code, "---") == 0)
		return 1;
	/* Test suites use codes of their own ("ITHTV", "pse"): without a code
	 * list, any code the suite expects back is accepted. */
	if (!set) {
		if (n)
			return 1;
		snprintf(why, whylen, "empty code");
		return 0;
	}
	if (n == 0 || n % 3 != 0) {
		snprintf(why, whylen, "code '%s' is not made of three-character parts", code);
		return 0;
	}
	for (size_t i = 0; i < n; i += 3) {
		int idx = seg_index(code + i);
		if (idx < 0) {
			snprintf(why, whylen, "code '%s' has characters outside A-Z 0-9", code);
			return 0;
		}
		if (set && !(set->bits[idx / 8] & (1u << (idx % 8)))) {
			snprintf(why, whylen, "code '%s': '%.3s' is not a CAMEO actor code", code, code + i);
			return 0;
		}
	}
	return 1;
}

static int real_date(uint32_t y, uint32_t m, uint32_t d)
{
	static const uint8_t days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1];
}

uint32_t ad_parse_date(const char *s, size_t n)
{
	if (n != 6 && n != 8)
		return 0;
	uint32_t v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (uint32_t)(s[i] - '0');
	}
	if (n == 6)
		v += (v / 10000 < 30 ? 20000000u : 19000000u);
	return real_date(v / 10000, v / 100 % 100, v % 100) ? v : 0;
}

uint32_t ad_iso_date(const char *s)
{
	if (!s || strlen(s) < 10 || s[4] != '-' || s[7] != '-')
		return 0;
	char digits[8] = {s[0], s[1], s[2], s[3], s[5], s[6], s[8], s[9]};
	return ad_parse_date(digits, 8);
}
