/* Mentions with no coreferent partner: two in three ECB+ gold clusters are
 * singletons ("said", "report", a side event told once), and average link
 * pulls some of them into a cluster on one good pair score. A logistic
 * regression per mention reads what the pair scores around it look like
 * within its document group (how many partners, how strong, in its own
 * document or in others, how many other documents repeat its head); a
 * mention it finds more likely alone than not stays alone. */
#ifndef ATTACHE_LINK_ECB_SINGLE_H
#define ATTACHE_LINK_ECB_SINGLE_H

#include "link/ecb_link.h"
#include "link/logreg.h"

enum { ECB_NSINGLE = 16 };

/* One corpus as the mention classifier sees it: the mentions, their pair
 * probabilities (n x n) and the document groups they are clustered in. */
typedef struct ecb_single_input {
	const ecb_repr *repr;
	const float *prob;
	const int *group;
	const float *rate; /* per mention, its head's rate of having a partner (ecb_head_rates) */
} ecb_single_input;

void ecb_single_features(const ecb_single_input *in, size_t i, float *x);

/* Trains on every mention of the inputs; the label is whether its gold
 * cluster has one mention. The pair probabilities should be out of fold,
 * as they will be where the model is applied. Returns 0 or -1. */
int ecb_single_train(at_logreg *model, const ecb_single_input *in, size_t ninputs);

/* Per mention, the probability that it has no coreferent partner; NULL
 * when out of memory. */
float *ecb_single_probs(const at_logreg *model, const ecb_single_input *in);

#endif
