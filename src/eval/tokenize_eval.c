#include "eval/tokenize_eval.h"
#include "text/chars.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

uint32_t *at_non_space_positions(const char *text, size_t len)
{
	uint32_t *pos = malloc((len + 1) * sizeof *pos);
	if (!pos)
		return NULL;
	uint32_t count = 0;
	size_t i = 0, n;
	while (i < len) {
		uint32_t c = at_utf8_at(text, len, i, &n);
		int space = at_is_space(c);
		for (size_t k = 0; k < n && i + k < len; k++) {
			pos[i + k] = count;
			count += !space;
		}
		i += n;
	}
	pos[len] = count;
	return pos;
}

typedef struct {
	uint32_t start, end;
} span;

static int same_words(const at_doc *g, const at_token *gt, const at_doc *s, const at_token *st)
{
	if (gt->word_count != st->word_count)
		return 0;
	int same = 0;
	for (unsigned k = 0; k < gt->word_count; k++)
		same += strcasecmp(g->words[gt->word_first + k].form, s->words[st->word_first + k].form) == 0;
	return same;
}

/* Walks both token lists in order of their (whitespace-free) spans. */
static void count_tokens(const at_doc *g, const at_doc *s, const uint32_t *pos, at_tokenize_scores *out)
{
	size_t i = 0, j = 0;
	out->tokens.gold = g->ntokens;
	out->tokens.system = s->ntokens;
	out->words.gold = g->nwords;
	out->words.system = s->nwords;
	while (i < g->ntokens && j < s->ntokens) {
		const at_token *gt = &g->tokens[i], *st = &s->tokens[j];
		span a = {pos[gt->start], pos[gt->end]}, b = {pos[st->start], pos[st->end]};
		if (a.start == b.start && a.end == b.end) {
			out->tokens.correct++;
			if (gt->word_count == 1 && st->word_count == 1)
				out->words.correct++;
			else
				out->words.correct += (size_t)same_words(g, gt, s, st);
			i++;
			j++;
		} else if (a.end <= b.end) {
			i++;
		} else {
			j++;
		}
	}
}

static void count_sents(const at_doc *g, const at_doc *s, const uint32_t *pos, at_span_counts *c)
{
	size_t i = 0, j = 0;
	c->gold = g->nsents;
	c->system = s->nsents;
	while (i < g->nsents && j < s->nsents) {
		span a = {pos[g->sents[i].start], pos[g->sents[i].end]};
		span b = {pos[s->sents[j].start], pos[s->sents[j].end]};
		if (a.start == b.start && a.end == b.end) {
			c->correct++;
			i++;
			j++;
		} else if (a.end <= b.end) {
			i++;
		} else {
			j++;
		}
	}
}

int at_tokenize_eval(const at_doc *gold, const at_sentsplit *model, at_tokenize_scores *out,
		     char *err, size_t errlen)
{
	memset(out, 0, sizeof *out);
	at_doc *sys = at_doc_new(gold->id, gold->text, gold->len);
	if (!sys) {
		snprintf(err, errlen, "%s: out of memory", gold->id);
		return -1;
	}
	if (sys->len != gold->len) {
		snprintf(err, errlen, "%s: the gold text is not in NFC (length %zu, normalised %zu)",
			 gold->id, gold->len, sys->len);
		at_doc_free(sys);
		return -1;
	}
	uint32_t *pos = at_non_space_positions(gold->text, gold->len);
	if (!pos || at_tokenize_words(sys) != 0 || at_split_sentences(sys, model) != 0) {
		snprintf(err, errlen, "%s: out of memory", gold->id);
		free(pos);
		at_doc_free(sys);
		return -1;
	}
	count_tokens(gold, sys, pos, out);
	count_sents(gold, sys, pos, &out->sents);
	free(pos);
	at_doc_free(sys);
	return 0;
}

double at_span_f1(const at_span_counts *c)
{
	if (c->gold + c->system == 0)
		return 0.0;
	return 200.0 * (double)c->correct / (double)(c->gold + c->system);
}
