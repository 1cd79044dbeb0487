#include "text/sentsplit.h"
#include "core/hash.h"
#include "text/chars.h"
#include "text/lexicon.h"
#include "text/sentsplit_learn.h"

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

/* The tokens of a document with their kinds worked out once. */
typedef struct {
	const at_doc *doc;
	const uint8_t *kinds;
} view;

static const char *doc_text(const at_doc *d, size_t i, size_t *n)
{
	*n = d->tokens[i].end - d->tokens[i].start;
	return d->text + d->tokens[i].start;
}

static uint32_t doc_first_cp(const at_doc *d, size_t i)
{
	size_t n;
	return at_utf8_at(d->text, d->len, d->tokens[i].start, &n);
}

static token_kind classify(const at_doc *d, size_t i)
{
	size_t n;
	const char *s = doc_text(d, i, &n);
	uint32_t c = doc_first_cp(d, i);
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

static token_kind kind(const view *v, size_t i)
{
	return (token_kind)v->kinds[i];
}

static const char *tok_text(const view *v, size_t i, size_t *n)
{
	return doc_text(v->doc, i, n);
}

static uint32_t first_cp(const view *v, size_t i)
{
	return doc_first_cp(v->doc, i);
}

/* Line breaks between token i and the next: 2 means a blank line. */
static int newlines_after(const view *v, size_t i)
{
	int lines = 0;
	for (uint32_t k = v->doc->tokens[i].end; k < v->doc->tokens[i + 1].start; k++)
		if (v->doc->text[k] == '\n' && ++lines == 2)
			break;
	return lines;
}

/* After final punctuation: does the next token start a sentence? */
static int starts_sentence(const view *v, size_t next)
{
	token_kind k = kind(v, next);
	return k != TK_COMMA && k != TK_CLOSE && k != TK_FINAL;
}

static int starts_capitalised(const view *v, size_t next)
{
	uint32_t c = first_cp(v, next);
	token_kind k = kind(v, next);
	return at_is_upper(c) || at_is_digit(c) || k == TK_OPEN;
}

/* A word with its period: whether it ends the sentence before next. */
static int abbrev_ends(const view *v, size_t i, size_t next, int newlines)
{
	size_t n;
	const char *s = tok_text(v, i, &n);
	size_t cl;
	at_utf8_at(s, n, 0, &cl);
	if (cl + 1 == n && kind(v, next) == TK_OPEN)
		return 1; /* said on X. "Now */
	if (cl + 1 == n || at_abbrev(s, n - 1) == AT_ABBR_TITLE)
		return 0; /* J. Smith, Mr. Smith, Dec. 28 */
	if (!starts_capitalised(v, next))
		return 0;
	if (newlines)
		return 1;
	size_t nn;
	const char *ns = tok_text(v, next, &nn);
	return at_sentence_starter(ns, nn);
}

/* A line break with no final punctuation before it ends a headline, a
 * caption or a byline unless the line is cut in the middle of a phrase. */
static int line_ends(const view *v, size_t i, size_t next)
{
	size_t n;
	const char *s = tok_text(v, i, &n);
	token_kind k = kind(v, i);
	if (k == TK_COMMA || k == TK_OPEN || at_connector(s, n))
		return 0;
	return starts_capitalised(v, next) || kind(v, next) == TK_OPEN;
}

static int rule_boundary(const view *v, size_t first, size_t i, int newlines)
{
	size_t next = i + 1;
	token_kind nk = kind(v, next);
	if (nk == TK_CLOSE)
		return 0;
	size_t j = i;
	while (j > first && kind(v, j) == TK_CLOSE)
		j--;
	switch (kind(v, j)) {
	case TK_FINAL:
		return starts_sentence(v, next);
	case TK_ELLIPSIS:
		return at_is_upper(first_cp(v, next)) || (newlines && starts_sentence(v, next));
	case TK_ABBREV:
		return abbrev_ends(v, j, next, newlines);
	default:
		return newlines && line_ends(v, j, next);
	}
}

static int all_caps(const view *v, size_t i)
{
	size_t n;
	const char *s = tok_text(v, i, &n);
	for (size_t k = 0; k < n; k++)
		if (s[k] >= 'a' && s[k] <= 'z')
			return 0;
	return at_is_upper(first_cp(v, i));
}

/* The dash of a dateline: "Dec. 28 (UPI) --", "WASHINGTON -",
 * "OTTAWA, May 12 -" (a capitalised place starting the sentence). */
static int dateline_dash(const view *v, size_t first, size_t i)
{
	uint32_t c = first_cp(v, i);
	if (i == 0 || (c != '-' && c != 0x2013 && c != 0x2014))
		return 0;
	return first_cp(v, i - 1) == ')' || all_caps(v, i - 1) || (i - first < 10 && all_caps(v, first));
}

/* Gaps the model decides: after anything that could end a sentence, and
 * before anything that could start one. Elsewhere (inside a word sequence
 * in lowercase, after a comma) the rules' "no" stands, which keeps the
 * splitter fast. Line breaks stay with the rules: the training text (UD
 * English EWT rebuilt) has none inside paragraphs. */
static int is_candidate(const view *v, size_t first, size_t i, int newlines, int rule)
{
	if (newlines)
		return 0;
	if (rule)
		return 1;
	if (!v->doc->tokens[i].space_after)
		return 0;
	token_kind k = kind(v, i);
	if (k == TK_OPEN || v->doc->text[v->doc->tokens[i].start] == ',' || dateline_dash(v, first, i))
		return 0;
	if (k != TK_WORD)
		return 1;
	uint32_t c = first_cp(v, i + 1);
	return at_is_upper(c) || at_is_digit(c) || !at_is_wordc(c);
}

enum { SHAPE_MAX = 6 };

/* Word shape, compressed: "Xx", "x", "X", "d", "X.", or the punctuation. */
static uint64_t shape_hash(const view *v, size_t i)
{
	size_t n;
	const char *s = tok_text(v, i, &n);
	char shape[SHAPE_MAX];
	size_t len = 0, k = 0, cn;
	while (k < n && len < SHAPE_MAX) {
		uint32_t c = at_utf8_at(s, n, k, &cn);
		char sc = at_is_upper(c) ? 'X' : at_is_lower(c) ? 'x' : at_is_digit(c) ? 'd' :
			  c < 0x80 ? (char)c : '*';
		if (len == 0 || shape[len - 1] != sc)
			shape[len++] = sc;
		k += cn;
	}
	return at_hash_bytes(shape, len);
}

/* The lowercased form (first 24 bytes), hashed. */
static uint64_t lower_hash(const view *v, size_t i)
{
	size_t n;
	const char *s = tok_text(v, i, &n);
	uint64_t h = 1469598103934665603ULL;
	for (size_t k = 0; k < n && k < 24; k++) {
		unsigned char c = (unsigned char)s[k];
		h ^= (c >= 'A' && c <= 'Z') ? c + 32u : c;
		h *= 1099511628211ULL;
	}
	return h;
}

static uint64_t feat(uint64_t template_id, uint64_t a, uint64_t b)
{
	return at_hash_mix(at_hash_mix(template_id * 0x9e3779b97f4a7c15ULL, a), b);
}

static size_t features(const view *v, size_t i, int newlines, int rule, size_t sent_len,
			     uint64_t *out)
{
	size_t n = 0;
	size_t next = i + 1;
	uint64_t w0 = lower_hash(v, i), w1 = lower_hash(v, next);
	uint64_t s0 = shape_hash(v, i), s1 = shape_hash(v, next);
	uint64_t wp = i > 0 ? lower_hash(v, i - 1) : 0, sp = i > 0 ? shape_hash(v, i - 1) : 0;
	uint64_t w2 = next + 1 < v->doc->ntokens ? lower_hash(v, next + 1) : 0;
	uint64_t k0 = (uint64_t)kind(v, i), k1 = (uint64_t)kind(v, next);
	uint64_t ctx = (uint64_t)rule << 4 | (uint64_t)(newlines > 1 ? 1 : newlines) << 2;
	uint64_t len = sent_len < 4 ? sent_len : sent_len < 8 ? 4 : sent_len < 16 ? 5 : sent_len < 32 ? 6 : 7;
	out[n++] = feat(1, 0, 0);
	out[n++] = feat(2, ctx, 0);
	out[n++] = feat(3, w0, 0);
	out[n++] = feat(4, w1, 0);
	out[n++] = feat(5, s0, s1);
	out[n++] = feat(6, w0, s1);
	out[n++] = feat(7, s0, w1);
	out[n++] = feat(8, w0, w1);
	out[n++] = feat(9, wp, w0);
	out[n++] = feat(10, sp, s0 ^ s1 * 31);
	out[n++] = feat(11, w1, w2);
	out[n++] = feat(12, k0 << 8 | k1, ctx);
	out[n++] = feat(13, len, k0);
	out[n++] = feat(14, ctx, s1);
	out[n++] = feat(15, wp, s1);
	return n;
}

static int add_sentence(at_doc *d, size_t *cap, size_t first, size_t last, int new_par)
{
	if (d->nsents == *cap && !(d->sents = at_arena_grow(d->arena, d->sents, sizeof *d->sents, cap)))
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

/* A letter or digit in token i (any script; "—" and "•" are none). */
static int has_alnum(const view *v, size_t i)
{
	size_t n, len;
	const char *s = tok_text(v, i, &n);
	for (size_t k = 0; k < n; k += len)
		if (at_is_wordc(at_utf8_at(s, n, k, &len)))
			return 1;
	return 0;
}

/* Is the line that holds token i made of punctuation alone? "- - - -" or
 * "* * *" between the items of a news digest separates them: a sentence
 * never runs across it. */
static int punctuation_line(const view *v, size_t i)
{
	if (has_alnum(v, i))
		return 0; /* most lines: no walk back to their start */
	size_t k = i;
	while (k > 0 && newlines_after(v, k - 1) == 0)
		k--;
	for (;; k++) {
		if (has_alnum(v, k))
			return 0;
		if (k + 1 >= v->doc->ntokens || newlines_after(v, k) > 0)
			return 1;
	}
}

int at_split_sentences_by(at_doc *d, at_boundary_fn decide, void *ctx)
{
	size_t cap = 0, first = 0;
	uint64_t feats[AT_SENTSPLIT_MAX_FEATURES];
	int new_par = 1;
	d->nsents = 0;
	uint8_t *kinds = at_arena_alloc(d->arena, d->ntokens + 1);
	if (!kinds)
		return -1;
	for (size_t i = 0; i < d->ntokens; i++)
		kinds[i] = (uint8_t)classify(d, i);
	const view v = {d, kinds};
	for (size_t i = 0; i < d->ntokens; i++) {
		int newlines = i + 1 < d->ntokens ? newlines_after(&v, i) : 2;
		int boundary = newlines >= 2 || i + 1 - first >= AT_MAX_SENT_TOKENS ||
			       (newlines && (punctuation_line(&v, i) || punctuation_line(&v, i + 1)));
		int inside_punctuation_line = !newlines && !has_alnum(&v, i) && !has_alnum(&v, i + 1) &&
					      punctuation_line(&v, i);
		if (!boundary && !inside_punctuation_line) {
			int rule = rule_boundary(&v, first, i, newlines);
			boundary = rule;
			if (decide && is_candidate(&v, first, i, newlines, rule)) {
				size_t n = features(&v, i, newlines, rule, i + 1 - first, feats);
				boundary = decide(ctx, i, feats, n, rule);
			}
		}
		if (!boundary)
			continue;
		if (add_sentence(d, &cap, first, i, new_par) != 0)
			return -1;
		first = i + 1;
		new_par = newlines > 0; /* a sentence ending its line ends a paragraph */
	}
	return 0;
}

static int model_decides(void *ctx, size_t token, const uint64_t *feats, size_t n, int rule)
{
	(void)token;
	(void)rule;
	return at_sentsplit_score(ctx, feats, n) > 0.0f;
}

int at_split_sentences(at_doc *d, const at_sentsplit *model)
{
	return at_split_sentences_by(d, model ? model_decides : NULL, (void *)model);
}
