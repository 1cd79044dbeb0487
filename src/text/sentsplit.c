#include "text/sentsplit.h"
#include "text/chars.h"
#include "text/lexicon.h"

#include <string.h>

typedef enum {
	TK_WORD,      /* anything that is not one of the below */
	TK_FINAL,     /* . ! ? and runs of them (?!, !!!) */
	TK_ELLIPSIS,  /* ... .. … */
	TK_ABBREV,    /* a word keeping its period: U.S., Mr., etc. */
	TK_CLOSE,     /* ) ] } ” ’ and straight quotes glued to what precedes */
	TK_OPEN,      /* ( [ { “ ‘ */
	TK_COMMA      /* , ; : - – — and other punctuation that continues */
} token_kind;

typedef struct {
	const at_doc *doc;
	size_t cap;
} splitter;

static const char *tok_text(const at_doc *d, size_t i, size_t *n)
{
	*n = d->tokens[i].end - d->tokens[i].start;
	return d->text + d->tokens[i].start;
}

static uint32_t first_cp(const at_doc *d, size_t i)
{
	size_t n;
	return at_utf8_at(d->text, d->len, d->tokens[i].start, &n);
}

static token_kind kind_of(const at_doc *d, size_t i)
{
	size_t n;
	const char *s = tok_text(d, i, &n);
	uint32_t c = first_cp(d, i);
	if (c == '.' || c == '!' || c == '?') {
		int dots = 0;
		for (size_t k = 0; k < n; k++)
			dots += s[k] == '.';
		return (size_t)dots == n && n > 1 ? TK_ELLIPSIS : TK_FINAL;
	}
	if (c == 0x2026)
		return TK_ELLIPSIS;
	if (at_is_wordc(c))
		return n > 1 && s[n - 1] == '.' ? TK_ABBREV : TK_WORD;
	switch (c) {
	case ')': case ']': case '}': case 0x201D: case 0x2019: case 0xBB:
		return TK_CLOSE;
	case '(': case '[': case '{': case 0x201C: case 0x2018: case 0xAB:
		return TK_OPEN;
	case '"': case '\'':
		/* Glued to the word before: closing; else opening. */
		return i > 0 && !d->tokens[i - 1].space_after ? TK_CLOSE : TK_OPEN;
	case ',': case ';': case ':': case '-': case 0x2013: case 0x2014: case '/': case '&':
		return TK_COMMA;
	default:
		return TK_WORD;
	}
}

/* Line breaks between token i and the next: 2 means a blank line. */
static int newlines_after(const at_doc *d, size_t i)
{
	int lines = 0;
	for (uint32_t k = d->tokens[i].end; k < d->tokens[i + 1].start; k++)
		if (d->text[k] == '\n' && ++lines == 2)
			break;
	return lines;
}

/* After final punctuation: does the next token start a sentence? */
static int starts_sentence(const at_doc *d, size_t next)
{
	token_kind k = kind_of(d, next);
	return k != TK_COMMA && k != TK_CLOSE && k != TK_FINAL;
}

static int starts_capitalised(const at_doc *d, size_t next)
{
	uint32_t c = first_cp(d, next);
	token_kind k = kind_of(d, next);
	return at_is_upper(c) || at_is_digit(c) || k == TK_OPEN;
}

/* A word with its period: whether it ends the sentence before next. */
static int abbrev_ends(const at_doc *d, size_t i, size_t next, int newlines)
{
	size_t n;
	const char *s = tok_text(d, i, &n);
	size_t cl;
	at_utf8_at(s, n, 0, &cl);
	if (cl + 1 == n || at_abbrev(s, n - 1) == AT_ABBR_TITLE)
		return 0; /* J. Smith, Mr. Smith, Dec. 28 */
	if (!starts_capitalised(d, next))
		return 0;
	if (newlines)
		return 1;
	size_t nn;
	const char *ns = tok_text(d, next, &nn);
	return at_sentence_starter(ns, nn);
}

/* A line break with no final punctuation before it ends a headline, a
 * caption or a byline unless the line is cut in the middle of a phrase. */
static int line_ends(const at_doc *d, size_t i, size_t next)
{
	size_t n;
	const char *s = tok_text(d, i, &n);
	token_kind k = kind_of(d, i);
	if (k == TK_COMMA || k == TK_OPEN || at_connector(s, n))
		return 0;
	return starts_capitalised(d, next) || kind_of(d, next) == TK_OPEN;
}

static int rule_boundary(const at_doc *d, size_t first, size_t i, int newlines)
{
	size_t next = i + 1;
	token_kind nk = kind_of(d, next);
	if (nk == TK_CLOSE)
		return 0;
	size_t j = i;
	while (j > first && kind_of(d, j) == TK_CLOSE)
		j--;
	switch (kind_of(d, j)) {
	case TK_FINAL:
		return starts_sentence(d, next);
	case TK_ELLIPSIS:
		return at_is_upper(first_cp(d, next)) || (newlines && starts_sentence(d, next));
	case TK_ABBREV:
		return abbrev_ends(d, j, next, newlines);
	default:
		return newlines && j == i && line_ends(d, i, next);
	}
}

static int add_sentence(at_doc *d, splitter *sp, size_t first, size_t last, int new_par)
{
	if (d->nsents == sp->cap && !(d->sents = at_arena_grow(d->arena, d->sents, sizeof *d->sents, &sp->cap)))
		return -1;
	at_sentence *s = &d->sents[d->nsents++];
	memset(s, 0, sizeof *s);
	s->token_first = (uint32_t)first;
	s->token_count = (uint32_t)(last - first + 1);
	s->word_first = d->tokens[first].word_first;
	s->word_count = d->tokens[last].word_first + d->tokens[last].word_count - s->word_first;
	s->start = d->tokens[first].start;
	s->end = d->tokens[last].end;
	s->new_par = (uint8_t)new_par;
	return 0;
}

int at_split_sentences(at_doc *d, const at_sentsplit *model)
{
	(void)model;
	splitter sp = {d, 0};
	d->nsents = 0;
	size_t first = 0;
	int new_par = 1;
	for (size_t i = 0; i < d->ntokens; i++) {
		int newlines = i + 1 < d->ntokens ? newlines_after(d, i) : 2;
		int boundary = newlines >= 2 || i + 1 - first >= AT_MAX_SENT_TOKENS ||
			       rule_boundary(d, first, i, newlines);
		if (!boundary)
			continue;
		if (add_sentence(d, &sp, first, i, new_par) != 0)
			return -1;
		first = i + 1;
		new_par = newlines >= 2;
	}
	return 0;
}
