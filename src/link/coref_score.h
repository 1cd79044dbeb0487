/* Coreference scores as the reference scorer (v8.01, Pradhan et al. 2014)
 * computes them when key and response hold the same mentions: MUC, B-cubed,
 * CEAF-e (entity-based, phi4 similarity, optimal alignment) and the CoNLL F1
 * (their mean). Singletons count, as in the ECB+ gold-mention setup. */
#ifndef ATTACHE_LINK_COREF_SCORE_H
#define ATTACHE_LINK_COREF_SCORE_H

#include <stddef.h>

typedef struct at_prf {
	double recall, precision, f1;
} at_prf;

typedef struct at_coref_scores {
	at_prf muc, b3, ceafe;
	double conll;  /* mean of the three F1 */
} at_coref_scores;

/* key[i] and response[i]: the cluster labels (any non-negative integers) of
 * mention i. Returns 0, or -1 when out of memory. */
int at_coref_score(const int *key, const int *response, size_t n, at_coref_scores *out);

#endif
