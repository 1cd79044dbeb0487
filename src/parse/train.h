/* Training the parser: averaged perceptron, arc-hybrid with the dynamic
 * oracle and error exploration (Goldberg and Nivre 2012), or beam search
 * with max-violation updates (Huang, Fayong and Guo 2012); early stopping on
 * the labelled attachment score of a development set. */
#ifndef ATTACHE_PARSE_TRAIN_H
#define ATTACHE_PARSE_TRAIN_H

#include <stdint.h>
#include <stdio.h>

#include "core/doc.h"

typedef struct at_parser_train_opts {
	uint64_t seed;
	int iterations;        /* at most this many passes */
	int patience;          /* stop after this many passes without a better dev LAS */
	unsigned trans_bits;   /* log2 rows of the transition table */
	float label_prune;     /* averaged label weights below this are dropped */
	double explore;        /* probability of following a wrong prediction */
	int beam;              /* 1: greedy, dynamic oracle; more: beam search
				* trained globally (max-violation updates) */
	FILE *log;             /* progress lines, or NULL */
} at_parser_train_opts;

void at_parser_train_defaults(at_parser_train_opts *o);

/* Learns from the gold heads and relations of train (its tags are the
 * features: predicted ones, to match use), picks the pass with the best LAS
 * on dev (dev may be NULL: the last pass is kept) and writes the model to
 * out_path. Returns 0, or -1 with err set. */
int at_parser_train(const at_doc *train, const at_doc *dev, const char *out_path,
		    const at_parser_train_opts *o, char *err, size_t errlen);

#endif
