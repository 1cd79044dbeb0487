#include "link/agglo.h"

#include <stdlib.h>

int at_agglo_average(const float *sim, size_t n, double threshold, int *label)
{
	return at_agglo_average_until(sim, n, threshold, 1, label);
}

/* Mean similarities between live clusters; a merge folds row b into a. */
int at_agglo_average_until(const float *sim, size_t n, double threshold, size_t clusters, int *label)
{
	if (n == 0)
		return 0;
	double *mean = malloc(n * n * sizeof *mean);
	size_t *size = malloc(n * sizeof *size), *parent = malloc(n * sizeof *parent);
	double *best = malloc(n * sizeof *best);
	size_t *best_to = malloc(n * sizeof *best_to);
	if (!mean || !size || !parent || !best || !best_to) {
		free(mean), free(size), free(parent), free(best), free(best_to);
		return -1;
	}
	for (size_t i = 0; i < n * n; i++)
		mean[i] = sim[i];
	for (size_t i = 0; i < n; i++)
		size[i] = 1, parent[i] = i;
	/* best[a]: the closest live cluster after a, kept to avoid rescanning all pairs. */
	for (size_t a = 0; a < n; a++) {
		best[a] = -1e300, best_to[a] = n;
		for (size_t b = a + 1; b < n; b++)
			if (mean[a * n + b] > best[a])
				best[a] = mean[a * n + b], best_to[a] = b;
	}
	for (size_t live = n; live > clusters; live--) {
		size_t a = n;
		double top = threshold;
		for (size_t i = 0; i < n; i++)
			if (size[i] && best_to[i] < n && best[i] > top)
				top = best[i], a = i;
		if (a == n)
			break;
		size_t b = best_to[a];
		for (size_t k = 0; k < n; k++) {
			if (!size[k] || k == a || k == b)
				continue;
			double s = mean[a * n + k] * (double)size[a] * (double)size[k] +
				   mean[b * n + k] * (double)size[b] * (double)size[k];
			double avg = s / ((double)(size[a] + size[b]) * (double)size[k]);
			mean[a * n + k] = mean[k * n + a] = avg;
		}
		size[a] += size[b];
		size[b] = 0;
		parent[b] = a;
		for (size_t i = 0; i < n; i++) {
			if (!size[i])
				continue;
			if (i <= a || best_to[i] == a || best_to[i] == b || best_to[i] >= n) {
				best[i] = -1e300, best_to[i] = n;
				for (size_t k = i + 1; k < n; k++)
					if (size[k] && mean[i * n + k] > best[i])
						best[i] = mean[i * n + k], best_to[i] = k;
			}
		}
	}
	int count = 0;
	for (size_t i = 0; i < n; i++) {
		size_t r = i;
		while (parent[r] != r)
			r = parent[r];
		label[i] = -1;
		if (r == i)
			label[i] = count++;
	}
	for (size_t i = 0; i < n; i++) {
		size_t r = i;
		while (parent[r] != r)
			r = parent[r];
		label[i] = label[r];
	}
	free(mean), free(size), free(parent), free(best), free(best_to);
	return count;
}
