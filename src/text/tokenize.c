/* The tokenizer follows UD English EWT: punctuation split off, hyphens
 * split except after prefixes (e-mail, non-profit), numbers (1,954 3.5 5:00
 * 11/28/2000), URLs and e-mail addresses kept whole, abbreviations keep
 * their period (U.S. Mr. Dec.), clitics become multiword tokens (don't →
 * do n't, can't → ca n't, Mexico's → Mexico 's, cannot → can not). Every
 * split is a prefix/suffix of the token, so words are substrings too. */
#include "text/tokenize.h"
#include "text/chars.h"
#include "text/lexicon.h"
#include "text/sentsplit.h"

#include <string.h>
#include <strings.h>

typedef struct {
	at_doc *doc;
	const char *t;
	size_t len;
	size_t tok_cap, word_cap;
	size_t next_at;   /* the next '@' at or after the scan position, or len */
} scanner;

static uint32_t cp_at(const scanner *s, size_t i, size_t *n)
{
	return at_utf8_at(s->t, s->len, i, n);
}

static int is_word_at(const scanner *s, size_t i, size_t b)
{
	size_t n;
	return i < b && at_is_wordc(cp_at(s, i, &n));
}

static int digit_at(const scanner *s, size_t i, size_t b)
{
	return i < b && at_is_digit((unsigned char)s->t[i]);
}

static size_t count_digits(const scanner *s, size_t i, size_t b)
{
	size_t k = 0;
	while (digit_at(s, i + k, b))
		k++;
	return k;
}

static int all_digits(const scanner *s, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (!at_is_digit((unsigned char)s->t[i]))
			return 0;
	return to > from;
}

/* Whether the hyphen at q keeps [seg, q) and what follows in one token:
 * EWT keeps prefixes (e-mail, non-profit) and phone numbers (713-853-3989). */
static int hyphen_joins(const scanner *s, size_t seg, size_t q, size_t b)
{
	size_t n;
	if (at_hyphen_prefix(s->t + seg, q - seg) && !at_is_digit(cp_at(s, q + 1, &n)))
		return 1;
	size_t right = count_digits(s, q + 1, b);
	size_t left = q - seg;
	return all_digits(s, seg, q) && ((left == 3 && right == 3) || (left <= 3 && right == 4)) &&
	       !is_word_at(s, q + 1 + right, b);
}

/* Whether the character c at q (length cn) joins the segment [seg, q) to the
 * word character that follows it. */
static int joins(const scanner *s, size_t seg, size_t q, uint32_t c, size_t cn, size_t b)
{
	size_t n, pn;
	uint32_t right = cp_at(s, q + cn, &n);
	uint32_t left = (unsigned char)s->t[q - 1];
	if (left >= 0x80) {
		size_t back = q - 1;
		while (back > seg && ((unsigned char)s->t[back] & 0xC0) == 0x80)
			back--;
		left = cp_at(s, back, &pn);
	}
	switch (c) {
	case '.': {
		size_t first_len;
		cp_at(s, seg, &first_len);
		int one_letter = seg + first_len == q && !at_is_digit(left); /* U.S, e.g, a.m */
		return (at_is_digit(left) && at_is_digit(right)) || one_letter ||
		       at_is_lower(right); /* google.com, TEXT.htm */
	}
	case ',':
		return at_is_digit(left) && count_digits(s, q + 1, b) == 3 && !is_word_at(s, q + 4, b);
	case ':':
		return at_is_digit(left) && at_is_digit(right);
	case '/':
		/* 11/28/2000; b/c and w/o are one token too */
		return (at_is_digit(left) && at_is_digit(right)) ||
		       (q - seg == 1 && !is_word_at(s, q + 2, b) && !at_is_digit(left));
	case '&':
		return at_is_upper(left) && at_is_upper(right);
	case '-':
		return hyphen_joins(s, seg, q, b);
	case '_':
		return 1; /* file_name.doc */
	default:
		return at_is_apostrophe(c) && !at_is_digit(right);
	}
}

/* U.S, a.m, Ph.D: letters in segments of one or two separated by dots. */
static int dotted_letters(const scanner *s, size_t p, size_t q)
{
	size_t seg = 0;
	int dots = 0;
	for (size_t i = p; i < q; i++) {
		unsigned char c = (unsigned char)s->t[i];
		if (c == '.') {
			dots++;
			seg = 0;
		} else if (at_is_digit(c) || ++seg > 2) {
			return 0;
		}
	}
	return dots > 0;
}

/* Whether the text after the period at q starts a new sentence or line. */
static int sentence_follows(const scanner *s, size_t q)
{
	size_t i = q + 1, n;
	while (i < s->len && s->t[i] == ' ')
		i++;
	return i >= s->len || s->t[i] == '\n' || at_is_upper(cp_at(s, i, &n));
}

/* Whether the period right after the word [p, q) belongs to it. As in EWT,
 * "etc." or "Inc." ending a sentence gives its period to the sentence. */
static int keeps_period(const scanner *s, size_t p, size_t q)
{
	size_t n;
	uint32_t c = cp_at(s, p, &n);
	if (p + n == q)
		return (at_is_upper(c) && c != 'I') || c == 'v'; /* J. Smith, Roe v. Wade */
	if (dotted_letters(s, p, q))
		return 1;
	enum at_abbrev_kind k = at_abbrev(s->t + p, q - p);
	return k == AT_ABBR_TITLE || (k == AT_ABBR_PLAIN && !sentence_follows(s, q));
}

/* 7:30PM and 5pm are a number and a word. */
static size_t before_am_pm(const scanner *s, size_t p, size_t q)
{
	if (q - p < 3 || !at_is_digit((unsigned char)s->t[q - 3]))
		return q;
	char a = (char)(s->t[q - 2] | 0x20), m = (char)(s->t[q - 1] | 0x20);
	return (a == 'a' || a == 'p') && m == 'm' ? q - 2 : q;
}

/* The end of the word starting at p, a word character; b ends the chunk. */
static size_t scan_word(const scanner *s, size_t p, size_t b)
{
	size_t q = p, seg = p, n;
	for (;;) {
		while (q < b && at_is_wordc(cp_at(s, q, &n)))
			q += n;
		if (q >= b)
			break;
		uint32_t c = cp_at(s, q, &n);
		if (!is_word_at(s, q + n, b) || !joins(s, seg, q, c, n, b))
			break;
		q += n;
		seg = q;
	}
	size_t number_end = before_am_pm(s, p, q);
	if (number_end != q)
		return number_end;
	/* "word..." is an ellipsis, but "Inc.." is Inc. and a full stop. */
	size_t dots = 0;
	while (q + dots < b && s->t[q + dots] == '.')
		dots++;
	if ((dots == 1 || dots == 2) && keeps_period(s, p, q))
		q++;
	return q;
}

static int starts_with_ci(const scanner *s, size_t p, size_t b, const char *prefix)
{
	size_t n = strlen(prefix);
	return b - p >= n && strncasecmp(s->t + p, prefix, n) == 0;
}

/* Trailing punctuation that ends a sentence or a bracket, not a URL. */
static size_t trim_trailing(const scanner *s, size_t p, size_t e)
{
	while (e > p) {
		unsigned char c = (unsigned char)s->t[e - 1];
		if (c && strchr(".,;:!?)]}\"'>", c)) {
			e--;
		} else if (e - p >= 3 && (memcmp(s->t + e - 3, "\xE2\x80\x9D", 3) == 0 ||
					  memcmp(s->t + e - 3, "\xE2\x80\x99", 3) == 0)) {
			e -= 3;
		} else {
			break;
		}
	}
	return e;
}

static int email_char(const scanner *s, size_t i, size_t b)
{
	return is_word_at(s, i, b) || (i < b && (s->t[i] == '.' || s->t[i] == '_' || s->t[i] == '-' || s->t[i] == '+'));
}

enum { EMAIL_PART_MAX = 255 };

/* The end of an e-mail address (or an address-like name@HOST) at p, or 0.
 * Parts are bounded so that a long run of word pieces stays linear. */
static size_t scan_email(const scanner *s, size_t p, size_t b)
{
	size_t q = p;
	while (q - p < EMAIL_PART_MAX && email_char(s, q, b))
		q++;
	if (q >= b || s->t[q] != '@' || !is_word_at(s, q + 1, b))
		return 0;
	size_t at = ++q;
	while (q - at < EMAIL_PART_MAX && email_char(s, q, b))
		q++;
	while (s->t[q - 1] == '.' || s->t[q - 1] == '-')
		q--;
	return q;
}

/* The end of a URL or e-mail address starting at p, or 0 when there is none. */
static size_t scan_url(scanner *s, size_t p, size_t b)
{
	char c = (char)(s->t[p] | 0x20);
	if ((c == 'h' || c == 'f' || c == 'w') &&
	    (starts_with_ci(s, p, b, "http://") || starts_with_ci(s, p, b, "https://") ||
	     starts_with_ci(s, p, b, "ftp://") || starts_with_ci(s, p, b, "www."))) {
		size_t e = trim_trailing(s, p, b);
		return e > p ? e : 0;
	}
	if (s->next_at < p) {
		const char *at = memchr(s->t + p, '@', s->len - p);
		s->next_at = at ? (size_t)(at - s->t) : s->len;
	}
	return s->next_at < b ? scan_email(s, p, b) : 0;
}

static int emoticon_len(const scanner *s, size_t p, size_t b)
{
	size_t q = p + 1;
	if (q < b && s->t[q] == '-')
		q++;
	if (q >= b || !strchr(")(DPp|][", s->t[q]) || s->t[q] == '\0')
		return 0;
	q++;
	return is_word_at(s, q, b) ? 0 : (int)(q - p);
}

/* The end of the punctuation or symbol token starting at p. */
static size_t scan_punct(const scanner *s, size_t p, size_t b)
{
	size_t n;
	uint32_t c = cp_at(s, p, &n);
	size_t q = p + n;
	if (c == '.' || c == '!' || c == '?') {
		while (q < b && (s->t[q] == '.' || s->t[q] == '!' || s->t[q] == '?'))
			q++;
		return q;
	}
	if ((c == 0x2018 || c == 0x2019) && q < b) {
		size_t n2;
		uint32_t c2 = cp_at(s, q, &n2);
		if (c2 == 0x2018 || c2 == 0x2019)
			return q + n2; /* ‘’ and ’’ written for double quotes */
	}
	if (c == ':' || c == ';' || c == '=') {
		int k = emoticon_len(s, p, b);
		if (k)
			return p + (size_t)k;
	}
	if (c == '#' && is_word_at(s, q, b) && !digit_at(s, q, b))
		return scan_word(s, q, b); /* #hashtag */
	if (c < 0x80 && strchr("-=*_~#<>+|'`$", (int)c) && c != 0) {
		while (q < b && (uint32_t)(unsigned char)s->t[q] == c)
			q++;
	}
	return q;
}

/* Where a word token splits into two words (do|n't, Mexico|'s, can|not),
 * as an offset from its start; 0 when it stays one word. */
static size_t clitic_split(const scanner *s, size_t p, size_t e)
{
	size_t ap = 0, apn = 0, n;
	for (size_t i = p; i < e; i += n)
		if (at_is_apostrophe(cp_at(s, i, &n))) {
			ap = i;
			apn = n;
		}
	if (!apn)
		return at_joined_clitic_split(s->t + p, e - p);
	if (ap == p || all_digits(s, p, ap))
		return 0;
	const char *suf = s->t + ap + apn;
	size_t sn = e - ap - apn;
	static const char *const suffixes[] = {"s", "re", "ve", "ll", "d", "m"};
	for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes; k++)
		if (sn == (suffixes[k][1] ? 2u : 1u) && strncasecmp(suf, suffixes[k], sn) == 0)
			return ap - p;
	if (sn == 1 && (suf[0] == 't' || suf[0] == 'T') && ap - p >= 2 &&
	    (s->t[ap - 1] == 'n' || s->t[ap - 1] == 'N'))
		return ap - 1 - p;
	return 0;
}

static at_word *new_word(scanner *s, size_t start, size_t end, size_t form_start, size_t form_end)
{
	at_doc *d = s->doc;
	if (d->nwords == s->word_cap &&
	    !(d->words = at_arena_grow(d->arena, d->words, sizeof *d->words, &s->word_cap)))
		return NULL;
	at_word *w = &d->words[d->nwords++];
	memset(w, 0, sizeof *w);
	w->start = (uint32_t)start;
	w->end = (uint32_t)end;
	w->form = at_arena_strndup(d->arena, s->t + form_start, form_end - form_start);
	w->token = (uint32_t)d->ntokens;
	w->head = -1;
	return w->form ? w : NULL;
}

static int emit(scanner *s, size_t start, size_t end, size_t split)
{
	at_doc *d = s->doc;
	if (d->ntokens == s->tok_cap &&
	    !(d->tokens = at_arena_grow(d->arena, d->tokens, sizeof *d->tokens, &s->tok_cap)))
		return -1;
	at_token *t = &d->tokens[d->ntokens];
	t->start = (uint32_t)start;
	t->end = (uint32_t)end;
	t->word_first = (uint32_t)d->nwords;
	t->word_count = split ? 2 : 1;
	t->space_after = 0;
	if (split) {
		if (!new_word(s, start, end, start, start + split) || !new_word(s, start, end, start + split, end))
			return -1;
	} else if (!new_word(s, start, end, start, end)) {
		return -1;
	}
	d->ntokens++;
	return 0;
}

static int scan_chunk(scanner *s, size_t p, size_t b)
{
	while (p < b) {
		size_t e, split = 0;
		if (is_word_at(s, p, b)) {
			e = scan_url(s, p, b);
			if (!e) {
				e = scan_word(s, p, b);
				split = clitic_split(s, p, e);
			}
		} else {
			e = scan_punct(s, p, b);
		}
		if (emit(s, p, e, split) != 0)
			return -1;
		p = e;
	}
	return 0;
}

static void set_space_after(at_doc *d)
{
	for (size_t i = 0; i < d->ntokens; i++) {
		at_token *t = &d->tokens[i];
		t->space_after = i + 1 < d->ntokens ? t->end != d->tokens[i + 1].start : t->end < d->len;
		at_word *last = &d->words[t->word_first + t->word_count - 1];
		last->space_after = t->space_after;
	}
}

int at_tokenize_words(at_doc *doc)
{
	scanner s = {doc, doc->text, doc->len, 0, 0, 0};
	const char *at = memchr(s.t, '@', s.len);
	s.next_at = at ? (size_t)(at - s.t) : s.len;
	doc->ntokens = doc->nwords = 0;
	size_t i = 0, n;
	while (i < s.len) {
		if (at_is_space(cp_at(&s, i, &n))) {
			i += n;
			continue;
		}
		size_t b = i;
		while (b < s.len && !at_is_space(cp_at(&s, b, &n)))
			b += n;
		if (scan_chunk(&s, i, b) != 0)
			return -1;
		i = b;
	}
	set_space_after(doc);
	return 0;
}

int at_tokenize_with(const at_sentsplit *model, at_doc *doc)
{
	if (at_tokenize_words(doc) != 0)
		return -1;
	return at_split_sentences(doc, model);
}

int at_tokenize(at_doc *doc)
{
	return at_tokenize_with(NULL, doc);
}
