#include "link/logreg.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static double dot(const at_logreg *m, const float *x)
{
	double s = 0;
	for (size_t k = 0; k < m->nfeat; k++)
		s += m->w[k] * x[k];
	return s;
}

double at_logreg_prob(const at_logreg *m, const float *x)
{
	return 1 / (1 + exp(-dot(m, x)));
}

int at_logreg_train(at_logreg *m, const float *x, const uint8_t *y, size_t n, size_t nfeat,
		    int epochs, double l2)
{
	memset(m, 0, sizeof *m);
	if (nfeat > AT_LOGREG_MAX)
		return -1;
	m->nfeat = nfeat;
	size_t *order = malloc((n + 1) * sizeof *order);
	if (!order)
		return -1;
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	double g2[AT_LOGREG_MAX];
	for (size_t k = 0; k < nfeat; k++)
		g2[k] = 1e-8;
	uint64_t seed = 0x2545F4914F6CDD1DULL;
	const double rate = 0.1;
	for (int e = 0; e < epochs; e++) {
		for (size_t i = n; i > 1; i--) {
			seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
			size_t j = (size_t)(seed % i), t = order[i - 1];
			order[i - 1] = order[j], order[j] = t;
		}
		for (size_t r = 0; r < n; r++) {
			const float *xi = x + order[r] * nfeat;
			double err = at_logreg_prob(m, xi) - y[order[r]];
			for (size_t k = 0; k < nfeat; k++) {
				double g = err * xi[k] + l2 * m->w[k];
				g2[k] += g * g;
				m->w[k] -= rate * g / sqrt(g2[k]);
			}
		}
	}
	free(order);
	return 0;
}
