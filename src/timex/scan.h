/* What the recogniser's rules share: the pieces of the text, the reference
 * date, and small accessors that stop at line breaks. */
#ifndef ATTACHE_TIMEX_SCAN_H
#define ATTACHE_TIMEX_SCAN_H

#include <string.h>

#include "timex/calendar.h"
#include "timex/lexer.h"

typedef struct tx_scan {
	const char *text;
	const tx_piece *p;
	size_t n;
	size_t limit;     /* first piece of the next line: rules never cross it */
	size_t line;      /* first piece of the current line */
	int has_ref;      /* ref holds the document date */
	tx_date ref;
	int focus_prec;   /* the last calendar date found (enum at_precision), 0 for none */
	tx_date focus;    /* it: "that day", "the following year" refer to it */
	const struct at_doc *doc;  /* for tags and tree when present */
} tx_scan;

static inline int tx_in(const tx_scan *s, size_t i)
{
	return i < s->limit;
}

static inline const tx_word *tx_w(const tx_scan *s, size_t i)
{
	return i < s->limit && s->p[i].kind == TX_P_WORD ? s->p[i].word : NULL;
}

static inline int tx_cls(const tx_scan *s, size_t i)
{
	const tx_word *w = tx_w(s, i);
	return w ? w->cls : TX_NONE;
}

static inline int tx_val(const tx_scan *s, size_t i)
{
	const tx_word *w = tx_w(s, i);
	return w ? w->val : 0;
}

static inline int tx_punct(const tx_scan *s, size_t i, char c)
{
	return i < s->limit && s->p[i].kind == TX_P_PUNCT && s->p[i].punct == c;
}

static inline int tx_num(const tx_scan *s, size_t i)
{
	return i < s->limit && s->p[i].kind == TX_P_NUM;
}

/* A plain number of exactly d digits (d = 0: any plain number). */
static inline int tx_digits(const tx_scan *s, size_t i, int d)
{
	return tx_num(s, i) && s->p[i].ndigits && (d == 0 || s->p[i].ndigits == d);
}

/* The piece is this lowercase ASCII word, whatever the table says. */
static inline int tx_is(const tx_scan *s, size_t i, const char *lower)
{
	if (i >= s->limit || s->p[i].kind != TX_P_WORD)
		return 0;
	size_t n = s->p[i].end - s->p[i].start;
	if (strlen(lower) != n)
		return 0;
	for (size_t k = 0; k < n; k++)
		if ((s->text[s->p[i].start + k] | 32) != lower[k])
			return 0;
	return 1;
}

/* Past (< 0), future (> 0) or unknown (0) for the expression over pieces
 * first..last, from the tree when the document is parsed, else from the
 * verbs and auxiliaries nearby (tense.c): +-2 when sure (will, was, the
 * tree), +-1 when only likely (a word in -ed). */
int tx_tense(const tx_scan *s, size_t first, size_t last);

#endif
