#include "eval/tagger_eval.h"
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

/* Words of a multiword token share its span; align them in order when the
 * forms agree (the CoNLL 2018 script aligns them by LCS of forms). */
static size_t group_end(const at_doc *d, size_t i)
{
	size_t j = i + 1;
	while (j < d->nwords && d->words[j].start == d->words[i].start && d->words[j].end == d->words[i].end)
		j++;
	return j;
}

static int same_form(const char *a, const char *b)
{
	return strcasecmp(a, b) == 0;
}

static void align(const at_doc *gold, const at_doc *pred, at_tag_scores *s)
{
	size_t g = 0, p = 0;
	while (g < gold->nwords && p < pred->nwords) {
		const at_word *gw = &gold->words[g], *pw = &pred->words[p];
		if (gw->start == pw->start && gw->end == pw->end) {
			size_t ge = group_end(gold, g), pe = group_end(pred, p);
			if (ge - g == 1 && pe - p == 1)
				score_word(gw, pw, s);
			else
				for (size_t k = 0; g + k < ge && p + k < pe; k++)
					if (same_form(gold->words[g + k].form, pred->words[p + k].form))
						score_word(&gold->words[g + k], &pred->words[p + k], s);
			g = ge;
			p = pe;
		} else if (gw->end <= pw->start || (gw->start < pw->start)) {
			g = group_end(gold, g);
		} else {
			p = group_end(pred, p);
		}
	}
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
	if (rc == 0) {
		align(gold, pred, s);
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
