/* Greedy decoding with a read-only, quantized weight set: the loaded model
 * at run time, and the averaged snapshot that training measures on dev. */
#ifndef ATTACHE_PARSE_DECODE_H
#define ATTACHE_PARSE_DECODE_H

#include <stdint.h>

#include "core/tags.h"
#include "learn/weights.h"
#include "parse/beam.h"
#include "parse/features.h"
#include "parse/system.h"

enum { AT_PARSER_VERSION = 3 };

/* Labels seen in training for (direction, head UPOS, dependent UPOS). */
typedef uint64_t at_plabel_cands[2][AT_UPOS_COUNT][AT_UPOS_COUNT];

typedef struct at_pweights {
	const int16_t *trans;     /* [rows][AT_PA_COUNT] */
	uint64_t trans_mask;      /* rows - 1 */
	const at_weights *label;
	const at_plabel_cands *cands;
	int root;                 /* deprel id of "root" */
	int beam;                 /* beam width; 1 (or 0): greedy */
} at_pweights;

/* Parses ps into s (initialised here); s then holds heads and labels.
 * With a beam width above 1, b (allocated for that width) is searched. */
void at_pdecode(const at_pweights *wt, const at_psent *ps, at_pstate *s, at_pbeam *b);

/* Labels worth scoring for the arc head → dep (never "root", which only
 * the artificial root takes). */
uint64_t at_plabel_candidates(const at_pweights *wt, const at_psent *ps, int head, int dep);

#endif
