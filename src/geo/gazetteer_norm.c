/* Name normalisation, shared by the compiler and the recogniser so that
 * "St. Louis", "Saint-Louis" and "SAINT LOUIS" meet at one key. */
#include "geo/gazetteer.h"

#include <string.h>
#include <utf8proc.h>

typedef struct norm_out {
	char *out;
	size_t cap, len;
	size_t word_start;   /* where the current word begins in out */
	int overflow;
} norm_out;

static const struct {
	const char *abbrev, *full;
} expansions[] = {
	{"st", "saint"}, {"ste", "sainte"}, {"mt", "mount"}, {"ft", "fort"},
};

/* Replaces the word just finished when it is a known abbreviation, and
 * drops "the" ("Democratic Republic of the Congo" = "... of Congo"). */
static void end_word(norm_out *o)
{
	size_t n = o->len - o->word_start;
	if (n == 3 && memcmp(o->out + o->word_start, "the", 3) == 0) {
		o->len = o->word_start;
		return;
	}
	for (size_t i = 0; i < sizeof expansions / sizeof expansions[0]; i++) {
		const char *a = expansions[i].abbrev, *f = expansions[i].full;
		size_t flen = strlen(f);
		if (strlen(a) != n || memcmp(o->out + o->word_start, a, n) != 0)
			continue;
		if (o->word_start + flen >= o->cap) {
			o->overflow = 1;
			return;
		}
		memcpy(o->out + o->word_start, f, flen);
		o->len = o->word_start + flen;
		return;
	}
}

static void put_byte(norm_out *o, char c)
{
	if (o->len + 1 >= o->cap) {
		o->overflow = 1;
		return;
	}
	o->out[o->len++] = c;
}

/* A separator: at most one space, never leading. */
static void put_space(norm_out *o)
{
	if (o->len == o->word_start)
		return;
	end_word(o);
	if (o->len == o->word_start)
		return;  /* the word was dropped */
	put_byte(o, ' ');
	o->word_start = o->len;
}

static void put_ascii(norm_out *o, unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		put_byte(o, (char)(c - 'A' + 'a'));
	else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
		put_byte(o, (char)c);
	else if (c == '.' || c == '\'')
		return;  /* "U.S." = "US", "Martha's" = "Marthas" */
	else
		put_space(o);
}

static void put_codepoint(norm_out *o, utf8proc_int32_t cp)
{
	if (cp < 0x80) {
		put_ascii(o, (unsigned char)cp);
		return;
	}
	if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC)
		return;  /* typographic apostrophes */
	utf8proc_category_t cat = utf8proc_category(cp);
	if (cat < UTF8PROC_CATEGORY_LU || cat > UTF8PROC_CATEGORY_NO) {
		put_space(o);
		return;
	}
	if (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME)
		return;
	utf8proc_uint8_t enc[4];
	utf8proc_ssize_t n = utf8proc_encode_char(cp, enc);
	for (utf8proc_ssize_t i = 0; i < n; i++)
		put_byte(o, (char)enc[i]);
}

/* Decomposes, strips accents and case-folds one non-ASCII code point. */
static void put_folded(norm_out *o, utf8proc_int32_t cp)
{
	utf8proc_int32_t parts[8];
	int boundclass = 0;
	utf8proc_ssize_t n = utf8proc_decompose_char(
		cp, parts, 8,
		UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD, &boundclass);
	if (n < 0 || n > 8) {
		put_space(o);
		return;
	}
	for (utf8proc_ssize_t i = 0; i < n; i++)
		put_codepoint(o, parts[i]);
}

size_t gz_normalize(const char *s, size_t n, char *out, size_t outcap)
{
	norm_out o = {out, outcap, 0, 0, 0};
	if (outcap == 0)
		return 0;
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n && !o.overflow) {
		if (p[i] < 0x80) {
			put_ascii(&o, p[i++]);
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t len = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
		if (len <= 0) {
			put_space(&o);
			i++;
			continue;
		}
		put_folded(&o, cp);
		i += (size_t)len;
	}
	if (!o.overflow && o.len > o.word_start)
		end_word(&o);
	while (o.len > 0 && out[o.len - 1] == ' ')
		o.len--;
	if (o.overflow) {
		out[0] = '\0';
		return 0;
	}
	out[o.len] = '\0';
	return o.len;
}
