/* The learned side of the sentence splitter, shared by the run-time model
 * (sentsplit_model.c) and its training (sentsplit_train.c): features of a
 * candidate boundary and a splitter driven by any decision function. */
#ifndef ATTACHE_SENTSPLIT_LEARN_H
#define ATTACHE_SENTSPLIT_LEARN_H

#include <stddef.h>
#include <stdint.h>

#include "core/doc.h"
#include "core/modelfile.h"
#include "text/sentsplit.h"

#define AT_SENTSPLIT_KIND "sentsplit"
#define AT_SENTSPLIT_VERSION 1
#define AT_SENTSPLIT_MAX_FEATURES 16

/* A binary linear model over hashed features: weights[hash & mask]. */
struct at_sentsplit {
	at_model *file;        /* NULL for a model built in memory (training) */
	const float *weights;
	uint32_t mask;
};

static inline float at_sentsplit_score(const at_sentsplit *m, const uint64_t *feats, size_t n)
{
	float s = 0.0f;
	for (size_t k = 0; k < n; k++)
		s += m->weights[feats[k] & m->mask];
	return s;
}

/* Decides the gap after token; rule is what the rules alone say. */
typedef int (*at_boundary_fn)(void *ctx, size_t token, const uint64_t *feats, size_t n, int rule);

/* at_split_sentences with decide consulted on every candidate gap (NULL:
 * rules only). */
int at_split_sentences_by(at_doc *d, at_boundary_fn decide, void *ctx);

#endif
