/* Character classes for the tokenizer and the sentence splitter: UTF-8
 * decoding with an ASCII fast path, Unicode categories from utf8proc for
 * the rest. Input is valid UTF-8 (at_doc_new repairs it). */
#ifndef ATTACHE_CHARS_H
#define ATTACHE_CHARS_H

#include <stddef.h>
#include <stdint.h>
#include <utf8proc.h>

/* The code point at s[i] (i < len); *n receives its length in bytes. */
static inline uint32_t at_utf8_at(const char *s, size_t len, size_t i, size_t *n)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80) {
		*n = 1;
		return c;
	}
	utf8proc_int32_t cp = 0;
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
	if (k <= 0) {
		*n = 1;
		return 0xFFFD;
	}
	*n = (size_t)k;
	return (uint32_t)cp;
}

/* Spaces, including no-break and narrow no-break spaces, zero-width space
 * and the byte order mark, which separate tokens like a space. */
static inline int at_is_space(uint32_t c)
{
	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 ||
	       c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF || c == 0x85;
}

/* Letters, digits and combining marks: what words are made of. */
static inline int at_is_wordc(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
	return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_NO);
}

static inline int at_is_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
	return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

static inline int at_is_lower(uint32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	return utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LL;
}

static inline int at_is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

/* ' ’ and the backtick some writers use for an apostrophe. */
static inline int at_is_apostrophe(uint32_t c)
{
	return c == '\'' || c == 0x2019 || c == '`';
}

#endif
