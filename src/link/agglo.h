/* Average-link agglomerative clustering over a similarity matrix: merges
 * the two closest clusters while their mean pairwise similarity exceeds a
 * threshold. Deterministic: ties go to the lowest indexes. */
#ifndef ATTACHE_LINK_AGGLO_H
#define ATTACHE_LINK_AGGLO_H

#include <stddef.h>

/* sim: n x n, row-major, symmetric. Writes label[i] (0.., numbered in order
 * of each cluster's first item) and returns the number of clusters, or -1
 * when out of memory. */
int at_agglo_average(const float *sim, size_t n, double threshold, int *label);
/* The same, but stops as soon as only `clusters` clusters are left. */
int at_agglo_average_until(const float *sim, size_t n, double threshold, size_t clusters, int *label);

#endif
