/* Tokenization and sentence splitting scored as in the CoNLL 2018 shared
 * task: spans over the text with whitespace removed, so that system and
 * gold agree on what a character is whatever the spacing. */
#ifndef ATTACHE_TOKENIZE_EVAL_H
#define ATTACHE_TOKENIZE_EVAL_H

#include <stddef.h>

#include "core/doc.h"
#include "text/sentsplit.h"

typedef struct at_span_counts {
	size_t gold, system, correct;
} at_span_counts;

typedef struct at_tokenize_scores {
	at_span_counts tokens, words, sents;
} at_tokenize_scores;

/* Runs the tokenizer and splitter (model may be NULL) on gold->text in a
 * fresh document and counts matching spans. Words inside multiword tokens
 * match when their token matches and their forms agree (case-insensitive),
 * position by position. Returns 0, or -1 with err set. */
int at_tokenize_eval(const at_doc *gold, const at_sentsplit *model, at_tokenize_scores *out,
		     char *err, size_t errlen);

/* pos[i] = how many non-whitespace bytes come before byte i of text, for
 * i <= len (malloc'd; NULL when out of memory). */
uint32_t *at_non_space_positions(const char *text, size_t len);

/* F1 in percent; 0 when nothing was expected or found. */
double at_span_f1(const at_span_counts *c);

#endif
