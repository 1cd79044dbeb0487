#include "link/sparse.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int by_id(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return x < y ? -1 : x > y;
}

int at_svec_build(at_svec *v, at_arena *arena, const int32_t *terms, size_t n, const float *idf)
{
	memset(v, 0, sizeof *v);
	int32_t *tmp = malloc((n + 1) * sizeof *tmp);
	if (!tmp)
		return -1;
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (terms[i] >= 0)
			tmp[k++] = terms[i];
	qsort(tmp, k, sizeof *tmp, by_id);
	v->ids = AT_NEW_N(arena, int32_t, k + 1);
	v->w = AT_NEW_N(arena, float, k + 1);
	if (!v->ids || !v->w) {
		free(tmp);
		return -1;
	}
	double norm = 0;
	for (size_t i = 0; i < k;) {
		size_t j = i;
		while (j < k && tmp[j] == tmp[i])
			j++;
		float w = (float)(1 + log((double)(j - i))) * (idf ? idf[tmp[i]] : 1.0f);
		v->ids[v->n] = tmp[i];
		v->w[v->n++] = w;
		norm += (double)w * w;
		i = j;
	}
	free(tmp);
	if (norm > 0)
		for (uint32_t i = 0; i < v->n; i++)
			v->w[i] = (float)(v->w[i] / sqrt(norm));
	return 0;
}

double at_svec_dot(const at_svec *a, const at_svec *b)
{
	double s = 0;
	for (uint32_t i = 0, j = 0; i < a->n && j < b->n;) {
		if (a->ids[i] == b->ids[j])
			s += (double)a->w[i++] * b->w[j++];
		else if (a->ids[i] < b->ids[j])
			i++;
		else
			j++;
	}
	return s;
}

uint32_t at_svec_shared(const at_svec *a, const at_svec *b)
{
	uint32_t s = 0;
	for (uint32_t i = 0, j = 0; i < a->n && j < b->n;) {
		if (a->ids[i] == b->ids[j])
			s++, i++, j++;
		else if (a->ids[i] < b->ids[j])
			i++;
		else
			j++;
	}
	return s;
}
