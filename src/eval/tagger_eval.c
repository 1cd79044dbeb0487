#include "eval/tagger_eval.h"
#include "eval/align.h"
#include "text/tokenize.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct gold_columns {
	const char *lemma, *feats;
	uint8_t upos, xpos;
} gold_columns;

static int same(const char *a, const char *b)
{
	return strcmp(a ? a : "_", b ? b : "_") == 0;
}

static void score_word(const at_word *gold, const at_word *pred, at_tag_scores *s)
{
	int upos = gold->upos == pred->upos, xpos = gold->xpos == pred->xpos;
	int feats = same(gold->feats, pred->feats);
	s->aligned++;
	s->upos += upos;
	s->xpos += xpos;
	s->feats += feats;
	s->alltags += upos && xpos && feats;
	s->lemma += same(gold->lemma, pred->lemma);
}

int at_tagger_eval_gold(const at_tagger *t, at_doc *gold, at_tag_scores *s)
{
	gold_columns *saved = malloc((gold->nwords ? gold->nwords : 1) * sizeof *saved);
	if (!saved)
		return -1;
	for (size_t i = 0; i < gold->nwords; i++) {
		at_word *w = &gold->words[i];
		saved[i] = (gold_columns){w->lemma, w->feats, w->upos, w->xpos};
		w->lemma = w->feats = NULL;
		w->upos = w->xpos = 0;
	}
	int rc = at_tagger_tag(t, gold);
	for (size_t i = 0; i < gold->nwords && rc == 0; i++) {
		at_word g = gold->words[i];
		g.lemma = saved[i].lemma;
		g.feats = saved[i].feats;
		g.upos = saved[i].upos;
		g.xpos = saved[i].xpos;
		score_word(&g, &gold->words[i], s);
	}
	for (size_t i = 0; i < gold->nwords; i++) {
		at_word *w = &gold->words[i];
		w->lemma = saved[i].lemma;
		w->feats = saved[i].feats;
		w->upos = saved[i].upos;
		w->xpos = saved[i].xpos;
	}
	s->gold_words += gold->nwords;
	s->pred_words += gold->nwords;
	free(saved);
	return rc;
}

static int align(const at_doc *gold, const at_doc *pred, at_tag_scores *s)
{
	long *map = malloc((pred->nwords ? pred->nwords : 1) * sizeof *map);
	if (!map)
		return -1;
	at_align_words(gold, pred, map);
	for (size_t i = 0; i < pred->nwords; i++)
		if (map[i] >= 0)
			score_word(&gold->words[map[i]], &pred->words[i], s);
	free(map);
	return 0;
}

int at_tagger_eval_raw(const at_tagger *t, const at_sentsplit *splitter, const at_doc *gold,
		       at_tag_scores *s)
{
	at_doc *pred = at_doc_new(gold->id, gold->text, gold->len);
	if (!pred)
		return -1;
	int rc = at_tokenize_with(splitter, pred);
	if (rc == 0)
		rc = at_tagger_tag(t, pred);
	if (rc == 0)
		rc = align(gold, pred, s);
	if (rc == 0) {
		s->gold_words += gold->nwords;
		s->pred_words += pred->nwords;
	}
	at_doc_free(pred);
	return rc;
}

double at_tag_score_f1(const at_tag_scores *s, size_t right)
{
	size_t total = s->gold_words + s->pred_words;
	return total ? 200.0 * (double)right / (double)total : 0.0;
}
