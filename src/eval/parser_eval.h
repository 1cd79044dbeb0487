/* Parser evaluation as the CoNLL 2018 shared task scores it: UAS and LAS
 * (LAS on the universal relation, subtypes ignored, punctuation included),
 * on gold tokenization and after our own tokenization of the raw text
 * (words aligned by character spans; scores are then F1 over words). */
#ifndef ATTACHE_PARSER_EVAL_H
#define ATTACHE_PARSER_EVAL_H

#include <stddef.h>

#include "core/doc.h"
#include "parse/parser.h"
#include "tag/tagger.h"
#include "text/sentsplit.h"

typedef struct at_parse_scores {
	size_t gold_words, pred_words;
	size_t aligned;   /* words matched between gold and prediction */
	size_t uas, las;  /* aligned words with the right head (and relation) */
} at_parse_scores;

/* Tags gold's words with t (NULL: keeps the gold tags), parses them with p,
 * scores, and restores the gold columns. Returns -1 when out of memory. */
int at_parser_eval_gold(const at_tagger *t, const at_parser *p, at_doc *gold, at_parse_scores *s);
/* Tokenizes (with the sentence model when splitter is not NULL, as the
 * pipeline does), tags and parses gold->text afresh and aligns with gold. */
int at_parser_eval_raw(const at_sentsplit *splitter, const at_tagger *t, const at_parser *p,
		       const at_doc *gold, at_parse_scores *s);
/* 100 * right / words, as F1 over gold and predicted word counts. */
double at_parse_score_f1(const at_parse_scores *s, size_t right);

#endif
