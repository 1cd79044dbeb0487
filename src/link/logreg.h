/* Binary logistic regression trained by AdaGrad SGD with L2, for the pair
 * classifiers of the linkers. Deterministic: a fixed shuffle seed. */
#ifndef ATTACHE_LINK_LOGREG_H
#define ATTACHE_LINK_LOGREG_H

#include <stddef.h>
#include <stdint.h>

enum { AT_LOGREG_MAX = 128 };

typedef struct at_logreg {
	size_t nfeat;
	double w[AT_LOGREG_MAX];
} at_logreg;

/* x: n rows of nfeat features (put a constant 1 in one column for the
 * bias); y: 0 or 1. Returns 0, or -1 when out of memory or nfeat too big. */
int at_logreg_train(at_logreg *m, const float *x, const uint8_t *y, size_t n, size_t nfeat,
		    int epochs, double l2);
double at_logreg_prob(const at_logreg *m, const float *x);

#endif
