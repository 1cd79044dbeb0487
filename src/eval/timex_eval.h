/* TempEval-3 scoring of temporal expressions: extent precision, recall and
 * F1 (strict: same span; relaxed: overlapping), and, over the relaxed
 * matches, how many values and types are right. */
#ifndef ATTACHE_TIMEX_EVAL_H
#define ATTACHE_TIMEX_EVAL_H

#include <stddef.h>

#include "core/doc.h"
#include "timex/timeml.h"

typedef struct at_timex_score {
	size_t gold, sys;
	size_t strict;          /* pairs with identical spans */
	size_t relaxed;         /* overlapping pairs (one to one) */
	size_t value_ok, type_ok;  /* among the relaxed pairs */
} at_timex_score;

/* Adds one document: the gold spans against doc->timexes. When errors is
 * not NULL, prints misses, spurious and wrong values to it. */
void at_timex_score_doc(at_timex_score *score, const tx_gold *gold, size_t ngold,
			const at_doc *doc, void *errors);

typedef struct at_timex_figures {
	double strict_p, strict_r, strict_f1;
	double relaxed_p, relaxed_r, relaxed_f1;
	double value_acc, type_acc;  /* over relaxed matches */
	double value_f1, type_f1;    /* TempEval-3's attribute F1 */
} at_timex_figures;

at_timex_figures at_timex_score_figures(const at_timex_score *score);

#endif
