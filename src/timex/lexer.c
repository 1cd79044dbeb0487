#include "timex/lexer.h"

#include <string.h>

static int is_alpha(unsigned char c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z';
}

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Byte length of a UTF-8 sequence starting with c (1 for stray bytes). */
static size_t utf8_len(unsigned char c)
{
	if (c >= 0xF0)
		return 4;
	if (c >= 0xE0)
		return 3;
	if (c >= 0xC0)
		return 2;
	return 1;
}

/* Dashes and apostrophes outside ASCII read as their ASCII mark; other
 * non-ASCII characters are letters of unknown words. */
static char unicode_punct(const unsigned char *s, size_t n)
{
	if (n == 3 && s[0] == 0xE2 && s[1] == 0x80) {
		if (s[2] >= 0x90 && s[2] <= 0x95)
			return '-';
		if (s[2] == 0x98 || s[2] == 0x99)
			return '\'';
		if (s[2] == 0x9C || s[2] == 0x9D)
			return '"';
	}
	if (n == 2 && s[0] == 0xC2 && s[1] == 0xA0)
		return ' ';
	return 0;
}

static size_t lex_word(const unsigned char *s, size_t i, size_t len, tx_piece *p)
{
	char lower[24];
	size_t start = i, n = 0;
	int ascii = 1;
	while (i < len) {
		if (is_alpha(s[i])) {
			if (n < sizeof lower)
				lower[n] = (char)(s[i] | 32);
			n++;
			i++;
		} else if (s[i] >= 0x80 && !unicode_punct(s + i, utf8_len(s[i]))) {
			ascii = 0;
			i += utf8_len(s[i]);
		} else {
			break;
		}
	}
	if (i > len)
		i = len;
	p->kind = TX_P_WORD;
	p->cap = s[start] >= 'A' && s[start] <= 'Z';
	p->word = ascii && n <= sizeof lower ? tx_word_find(lower, n) : NULL;
	return i;
}

/* 1,954 and 3.5 are one number; only plain digit runs can be years or days. */
static size_t lex_number(const unsigned char *s, size_t i, size_t len, tx_piece *p)
{
	size_t start = i;
	long v = 0;
	int plain = 1, decimal = 0;
	for (;;) {
		while (i < len && is_digit(s[i])) {
			if (v < 100000000)
				v = v * 10 + (s[i] - '0');
			i++;
		}
		if (i + 1 < len && (s[i] == ',' || s[i] == '.') && is_digit(s[i + 1]) &&
		    (s[i] == '.' || (i + 3 < len && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
				     (i + 4 >= len || !is_digit(s[i + 4]))))) {
			plain = 0;
			decimal |= s[i] == '.';
			i++;
			continue;
		}
		break;
	}
	p->kind = TX_P_NUM;
	p->num = decimal ? -1 : (int32_t)v;  /* a decimal is no count the rules use */
	p->ndigits = plain && i - start < 255 ? (uint8_t)(i - start) : 0;
	return i;
}

static int push(at_arena *arena, tx_piece **arr, size_t *n, size_t *cap)
{
	if (*n == *cap) {
		*arr = at_arena_grow(arena, *arr, sizeof **arr, cap);
		if (!*arr)
			return -1;
	}
	memset(&(*arr)[*n], 0, sizeof **arr);
	return 0;
}

int tx_lex(at_arena *arena, const char *text, size_t len, tx_piece **out, size_t *n)
{
	const unsigned char *s = (const unsigned char *)text;
	tx_piece *arr = NULL;
	size_t count = 0, cap = 0, i = 0;
	int space = 1, newline = 1;
	while (i < len) {
		unsigned char c = s[i];
		size_t clen = utf8_len(c);
		char mark = c >= 0x80 ? unicode_punct(s + i, clen) : 0;
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || mark == ' ') {
			space = 1;
			newline |= c == '\n';
			i += c >= 0x80 ? clen : 1;
			continue;
		}
		if (push(arena, &arr, &count, &cap) != 0)
			return -1;
		tx_piece *p = &arr[count];
		p->start = (uint32_t)i;
		p->glued = !space;
		p->brk = (uint8_t)newline;
		if (is_alpha(c) || (c >= 0x80 && !mark))
			i = lex_word(s, i, len, p);
		else if (is_digit(c))
			i = lex_number(s, i, len, p);
		else {
			p->kind = TX_P_PUNCT;
			p->punct = mark ? mark : (char)c;
			i += c >= 0x80 ? clen : 1;
		}
		p->end = (uint32_t)i;
		count++;
		space = newline = 0;
	}
	*out = arr;
	*n = count;
	return 0;
}
