/* Layout of models/parser.atm (core/modelfile.h container, kind "parser"):
 *   meta   at_parser_meta
 *   trans  int16 [1 << trans_bits][AT_PA_COUNT]  transition weights
 *   label  learn/weights.h section               label weights, per feature
 *   cands  at_plabel_cands                       labels seen per UPOS pair
 * Transition weights are averaged perceptron weights scaled to int16: only
 * their order matters when decoding, so no scale is stored. Label weights
 * are kept sparse, each feature's labels together, so that scoring an arc
 * touches two cache lines per feature instead of one per feature and
 * candidate label. */
#ifndef ATTACHE_PARSE_MODEL_H
#define ATTACHE_PARSE_MODEL_H

#include <stdint.h>

typedef struct at_parser_meta {
	uint32_t trans_bits;
	uint32_t deprel_count;    /* size of the label set the ids refer to */
	uint32_t beam;            /* beam width the model was trained for (0, 1: greedy) */
} at_parser_meta;

#endif
