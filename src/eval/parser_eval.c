#include "eval/parser_eval.h"
#include "eval/align.h"
#include "core/tags.h"
#include "text/tokenize.h"

#include <stdlib.h>
#include <strings.h>

typedef struct gold_columns {
	const char *lemma, *feats;
	int16_t head;
	uint8_t upos, xpos, deprel;
} gold_columns;

/* Head of word i as a doc word index, or -1 for the root. */
static long doc_head(const at_doc *d, size_t i)
{
	const at_word *w = &d->words[i];
	if (w->head <= 0)
		return -1;
	return (long)d->sents[at_doc_word_sentence(d, (uint32_t)i)].word_first + w->head - 1;
}

/* map[p] is the gold word aligned with predicted word p, or -1. */
static void score_aligned(const at_doc *gold, const at_doc *pred, const long *map, at_parse_scores *s)
{
	for (size_t p = 0; p < pred->nwords; p++) {
		if (map[p] < 0)
			continue;
		size_t g = (size_t)map[p];
		s->aligned++;
		long gh = doc_head(gold, g), ph = doc_head(pred, p);
		int head_ok = gh < 0 ? ph < 0 : ph >= 0 && map[ph] == gh;
		if (!head_ok)
			continue;
		s->uas++;
		s->las += at_deprel_universal(gold->words[g].deprel) ==
			  at_deprel_universal(pred->words[p].deprel);
	}
}

int at_parser_eval_gold(const at_tagger *t, const at_parser *p, at_doc *gold, at_parse_scores *s)
{
	size_t n = gold->nwords ? gold->nwords : 1;
	gold_columns *saved = malloc(n * sizeof *saved);
	at_doc copy = *gold;
	at_word *pred_words = malloc(n * sizeof *pred_words);
	long *map = malloc(n * sizeof *map);
	int rc = -1;
	if (!saved || !pred_words || !map)
		goto done;
	for (size_t i = 0; i < gold->nwords; i++) {
		at_word *w = &gold->words[i];
		saved[i] = (gold_columns){w->lemma, w->feats, w->head, w->upos, w->xpos, w->deprel};
		if (t) {
			w->lemma = w->feats = NULL;
			w->upos = w->xpos = 0;
		}
		w->head = -1;
		w->deprel = 0;
		map[i] = (long)i;
	}
	rc = t ? at_tagger_tag(t, gold) : 0;
	if (rc == 0)
		rc = at_parser_parse(p, gold);
	for (size_t i = 0; i < gold->nwords; i++) {
		at_word *w = &gold->words[i];
		pred_words[i] = *w;
		w->lemma = saved[i].lemma;
		w->feats = saved[i].feats;
		w->head = saved[i].head;
		w->upos = saved[i].upos;
		w->xpos = saved[i].xpos;
		w->deprel = saved[i].deprel;
	}
	if (rc == 0) {
		copy.words = pred_words;
		score_aligned(gold, &copy, map, s);
		s->gold_words += gold->nwords;
		s->pred_words += gold->nwords;
	}
done:
	free(saved);
	free(pred_words);
	free(map);
	return rc;
}

int at_parser_eval_raw(const at_sentsplit *splitter, const at_tagger *t, const at_parser *p, const at_doc *gold,
		       at_parse_scores *s)
{
	at_doc *pred = at_doc_new(gold->id, gold->text, gold->len);
	if (!pred)
		return -1;
	long *map = NULL;
	int rc = at_tokenize_with(splitter, pred);
	if (rc == 0)
		rc = at_tagger_tag(t, pred);
	if (rc == 0)
		rc = at_parser_parse(p, pred);
	if (rc == 0 && !(map = malloc((pred->nwords ? pred->nwords : 1) * sizeof *map)))
		rc = -1;
	if (rc == 0) {
		at_align_words(gold, pred, map);
		score_aligned(gold, pred, map, s);
		s->gold_words += gold->nwords;
		s->pred_words += pred->nwords;
	}
	free(map);
	at_doc_free(pred);
	return rc;
}

double at_parse_score_f1(const at_parse_scores *s, size_t right)
{
	size_t total = s->gold_words + s->pred_words;
	return total ? 200.0 * (double)right / (double)total : 0.0;
}
