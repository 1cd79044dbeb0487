/* Tagger evaluation as the CoNLL 2018 shared task scores it: UPOS, XPOS,
 * UFeats, AllTags (UPOS, XPOS and features all right) and Lemma, on gold
 * tokenization and after our own tokenization of the raw text (words
 * aligned by character offsets; scores are then F1 over words). */
#ifndef ATTACHE_TAGGER_EVAL_H
#define ATTACHE_TAGGER_EVAL_H

#include <stddef.h>

#include "core/doc.h"
#include "tag/tagger.h"
#include "text/sentsplit.h"

typedef struct at_tag_scores {
	size_t gold_words, pred_words;
	size_t aligned;   /* words matched between gold and prediction */
	size_t upos, xpos, feats, alltags, lemma;  /* aligned words right */
} at_tag_scores;

/* Tags gold's words in place and restores the gold columns afterwards.
 * Returns -1 when out of memory. */
int at_tagger_eval_gold(const at_tagger *t, at_doc *gold, at_tag_scores *s);
/* Tokenizes (with splitter, or rules only when NULL) and tags gold->text
 * afresh and aligns with gold's words. */
int at_tagger_eval_raw(const at_tagger *t, const at_sentsplit *splitter, const at_doc *gold,
		       at_tag_scores *s);
/* 100 * right / aligned words as F1 over gold and predicted word counts. */
double at_tag_score_f1(const at_tag_scores *s, size_t right);

#endif
