/* A second round over the clusters that average link left: the pair model
 * sees two mentions, a cluster pair sees all their members at once. Two
 * clusters of "fall" in one document group whose members name different
 * climbers stay apart; two whose members share an agent, a patient or a
 * name somewhere merge even when each single pair was weak evidence. A
 * logistic regression scores each pair of clusters of a document group
 * from what their member pairs hold together; average link over those
 * scores merges them. */
#ifndef ATTACHE_LINK_ECB_MERGE_H
#define ATTACHE_LINK_ECB_MERGE_H

#include "link/ecb_link.h"
#include "link/logreg.h"

enum { ECB_NMERGE = 29 };

/* One corpus after the first round: its mentions, their pair
 * probabilities (n x n), the probability that each is alone (NULL: none),
 * the document groups and the clusters (labels unique across the corpus). */
typedef struct ecb_merge_input {
	const ecb_repr *repr;
	const float *prob;
	const float *single;
	const int *group;
	const int *cluster;
} ecb_merge_input;

/* Trains on every pair of clusters within a document group of the inputs;
 * the label is whether their majority gold clusters are one. The first
 * round should be out of fold, as it will be where the model is applied.
 * Returns 0 or -1 (out of memory). */
int ecb_merge_train(at_logreg *model, const ecb_merge_input *in, size_t ninputs);

/* Merges the clusters of in by average link over the model's scores above
 * threshold, within each document group; writes the new labels to out (per
 * mention, unique across the corpus). Returns 0 or -1 (out of memory). */
int ecb_merge_apply(const at_logreg *model, const ecb_merge_input *in, double threshold, int *out);

#endif
