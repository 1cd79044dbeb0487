/* Sparse term vectors (sorted term ids with weights) for tf-idf cosine
 * similarity between sentences and documents. */
#ifndef ATTACHE_LINK_SPARSE_H
#define ATTACHE_LINK_SPARSE_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

typedef struct at_svec {
	int32_t *ids;    /* ascending */
	float *w;
	uint32_t n;
} at_svec;

/* Builds the L2-normalised tf-idf vector of the n term ids in terms (ids <
 * 0 are skipped; duplicates count as term frequency) into arena memory. idf
 * is indexed by term id; NULL weighs every term 1. */
int at_svec_build(at_svec *v, at_arena *arena, const int32_t *terms, size_t n, const float *idf);
/* Cosine of two normalised vectors. */
double at_svec_dot(const at_svec *a, const at_svec *b);
/* Number of ids the two vectors share. */
uint32_t at_svec_shared(const at_svec *a, const at_svec *b);

#endif
