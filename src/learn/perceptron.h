/* The averaged perceptron at training time (Collins 2002), generic over
 * features (64-bit hashes, see learn/features.h) and classes. Weights are
 * kept sparse per feature, so memory follows the features that were ever
 * updated, not features x classes. Averaging is lazy: each weight records
 * when it last changed.
 *
 * Training is deterministic: it depends only on the order of the calls. */
#ifndef ATTACHE_PERCEPTRON_H
#define ATTACHE_PERCEPTRON_H

#include <stddef.h>
#include <stdint.h>

typedef struct at_perceptron at_perceptron;

at_perceptron *at_perceptron_new(unsigned nclasses);
void at_perceptron_free(at_perceptron *p);
unsigned at_perceptron_classes(const at_perceptron *p);
/* scores[0..nclasses) = the current (not averaged) weights summed. */
void at_perceptron_score(const at_perceptron *p, const uint64_t *feats, size_t n, float *scores);
/* Rewards gold and penalises guess on every feature (nothing when equal).
 * Returns -1 when out of memory. */
int at_perceptron_update(at_perceptron *p, const uint64_t *feats, size_t n, unsigned gold,
			 unsigned guess);
/* Counts one training instance: the unit of averaging. */
void at_perceptron_tick(at_perceptron *p);
/* The averaged weights as an at_weights section (malloc'd, see
 * learn/weights.h). Weights whose magnitude is below min_abs are dropped to
 * keep the model small. NULL when out of memory. */
void *at_perceptron_export(const at_perceptron *p, float min_abs, size_t *size);
/* The mean of the averaged weights of k perceptrons over the same classes
 * (trained on different orders of the data, say): one linear model whose
 * features are the union of theirs. With k = 1 the same bytes as
 * at_perceptron_export. */
void *at_perceptron_export_mean(const at_perceptron *const *ps, size_t k, float min_abs,
				size_t *size);

#endif
