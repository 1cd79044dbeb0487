/* Layout of models/parser.atm (core/modelfile.h container, kind "parser"):
 *   meta   at_parser_meta
 *   trans  int16 [1 << trans_bits][AT_PA_COUNT]  transition weights
 *   label  int16 [1 << label_bits]               label weights
 *   cands  at_plabel_cands                       labels seen per UPOS pair
 * Weights are averaged perceptron weights scaled to int16: only their
 * order matters when decoding, so no scale is stored. */
#ifndef ATTACHE_PARSE_MODEL_H
#define ATTACHE_PARSE_MODEL_H

#include <stdint.h>

typedef struct at_parser_meta {
	uint32_t trans_bits, label_bits;
	uint32_t deprel_count;    /* size of the label set the ids refer to */
	uint32_t beam;            /* beam width the model was trained for (0, 1: greedy) */
} at_parser_meta;

#endif
