#include "link/coref_score.h"

#include <float.h>
#include <stdlib.h>
#include <string.h>

/* Clusters as lists of mentions: members[start[c] .. start[c+1]). */
typedef struct partition {
	size_t nclusters;
	int *of;       /* dense cluster of each mention */
	size_t *start;
	int *members;
} partition;

static void partition_free(partition *p)
{
	free(p->of);
	free(p->start);
	free(p->members);
}

static int partition_make(partition *p, const int *labels, size_t n)
{
	memset(p, 0, sizeof *p);
	int maxl = 0;
	for (size_t i = 0; i < n; i++)
		if (labels[i] > maxl)
			maxl = labels[i];
	int *dense = malloc(((size_t)maxl + 1) * sizeof *dense);
	p->of = malloc((n + 1) * sizeof *p->of);
	p->members = malloc((n + 1) * sizeof *p->members);
	if (!dense || !p->of || !p->members)
		goto fail;
	for (int l = 0; l <= maxl; l++)
		dense[l] = -1;
	for (size_t i = 0; i < n; i++) {
		int l = labels[i] < 0 ? 0 : labels[i];
		if (dense[l] < 0)
			dense[l] = (int)p->nclusters++;
		p->of[i] = dense[l];
	}
	p->start = calloc(p->nclusters + 2, sizeof *p->start);
	if (!p->start)
		goto fail;
	for (size_t i = 0; i < n; i++)
		p->start[p->of[i] + 2]++;
	for (size_t c = 2; c < p->nclusters + 2; c++)
		p->start[c] += p->start[c - 1];
	for (size_t i = 0; i < n; i++)
		p->members[p->start[p->of[i] + 1]++] = (int)i;
	free(dense);
	return 0;
fail:
	free(dense);
	partition_free(p);
	return -1;
}

static size_t csize(const partition *p, size_t c)
{
	return p->start[c + 1] - p->start[c];
}

static at_prf prf(double rnum, double rden, double pnum, double pden)
{
	at_prf s = {rden > 0 ? rnum / rden : 0, pden > 0 ? pnum / pden : 0, 0};
	if (s.recall + s.precision > 0)
		s.f1 = 2 * s.recall * s.precision / (s.recall + s.precision);
	return s;
}

/* MUC: for each cluster of a, |A| minus the number of b-clusters it splits into. */
static void muc_side(const partition *a, const partition *b, int *seen, double *num, double *den)
{
	*num = *den = 0;
	for (size_t c = 0; c < a->nclusters; c++) {
		size_t parts = 0;
		for (size_t k = a->start[c]; k < a->start[c + 1]; k++) {
			int bc = b->of[a->members[k]];
			if (seen[bc] != (int)c)
				seen[bc] = (int)c, parts++;
		}
		*num += (double)(csize(a, c) - parts);
		*den += (double)(csize(a, c) - 1);
	}
}

/* B-cubed: sum over clusters of a of sum over b-clusters of |A∩B|^2/|A|. */
static double b3_side(const partition *a, const partition *b, int *count)
{
	double sum = 0;
	for (size_t c = 0; c < a->nclusters; c++) {
		double inner = 0;
		for (size_t k = a->start[c]; k < a->start[c + 1]; k++)
			count[b->of[a->members[k]]]++;
		for (size_t k = a->start[c]; k < a->start[c + 1]; k++) {
			int *x = &count[b->of[a->members[k]]];
			inner += (double)(*x) * (*x);
			*x = 0;
		}
		sum += inner / (double)csize(a, c);
	}
	return sum;
}

/* Hungarian algorithm (shortest augmenting paths, O(r^2 c)) maximising the
 * total weight of a rows x cols matrix with rows <= cols. */
static double assign_max(const double *w, size_t rows, size_t cols)
{
	double *u = calloc(rows + 1, sizeof *u), *v = calloc(cols + 1, sizeof *v);
	double *minv = malloc((cols + 1) * sizeof *minv);
	size_t *p = calloc(cols + 1, sizeof *p), *way = calloc(cols + 1, sizeof *way);
	unsigned char *used = malloc(cols + 1);
	double total = -1;
	if (!u || !v || !minv || !p || !way || !used)
		goto out;
	for (size_t i = 1; i <= rows; i++) {
		p[0] = i;
		size_t j0 = 0;
		for (size_t j = 0; j <= cols; j++)
			minv[j] = DBL_MAX, used[j] = 0;
		do {
			used[j0] = 1;
			size_t i0 = p[j0], j1 = 0;
			double delta = DBL_MAX;
			for (size_t j = 1; j <= cols; j++) {
				if (used[j])
					continue;
				double cur = -w[(i0 - 1) * cols + (j - 1)] - u[i0] - v[j];
				if (cur < minv[j])
					minv[j] = cur, way[j] = j0;
				if (minv[j] < delta)
					delta = minv[j], j1 = j;
			}
			for (size_t j = 0; j <= cols; j++) {
				if (used[j])
					u[p[j]] += delta, v[j] -= delta;
				else
					minv[j] -= delta;
			}
			j0 = j1;
		} while (p[j0] != 0);
		do {
			size_t j1 = way[j0];
			p[j0] = p[j1];
			j0 = j1;
		} while (j0);
	}
	total = 0;
	for (size_t j = 1; j <= cols; j++)
		if (p[j])
			total += w[(p[j] - 1) * cols + (j - 1)];
out:
	free(u), free(v), free(minv), free(p), free(way), free(used);
	return total;
}

/* Union-find over key clusters (0..nk-1) and response clusters (nk..). */
static int find(int *parent, int x)
{
	while (parent[x] != x)
		x = parent[x] = parent[parent[x]];
	return x;
}

/* CEAF-e: the best one-to-one alignment of key and response clusters under
 * phi4 = 2|K∩R|/(|K|+|R|). Clusters sharing no mention never align
 * profitably, so each connected component of the overlap graph is solved
 * alone; this keeps the cubic step small. */
static double ceafe_sim(const partition *k, const partition *r, size_t n)
{
	size_t nk = k->nclusters, nr = r->nclusters, total = nk + nr;
	int *parent = malloc(total * sizeof *parent), *comp_k = malloc(nk * sizeof *comp_k);
	int *comp_r = malloc(nr * sizeof *comp_r), *local = malloc(total * sizeof *local);
	int *root_seen = malloc(total * sizeof *root_seen);
	double sum = -1;
	if (!parent || !comp_k || !comp_r || !local || !root_seen)
		goto out;
	for (size_t i = 0; i < total; i++)
		parent[i] = (int)i, root_seen[i] = 0;
	for (size_t m = 0; m < n; m++) {
		int a = find(parent, k->of[m]), b = find(parent, (int)nk + r->of[m]);
		if (a != b)
			parent[a] = b;
	}
	sum = 0;
	for (size_t root = 0; root < total; root++) {
		if (find(parent, (int)root) != (int)root)
			continue;
		size_t ck = 0, cr = 0;
		for (size_t i = 0; i < nk; i++)
			if (find(parent, (int)i) == (int)root)
				local[i] = (int)ck, comp_k[ck++] = (int)i;
		for (size_t i = 0; i < nr; i++)
			if (find(parent, (int)(nk + i)) == (int)root)
				local[nk + i] = (int)cr, comp_r[cr++] = (int)i;
		if (!ck || !cr)
			continue;
		int transpose = ck > cr;
		size_t rows = transpose ? cr : ck, cols = transpose ? ck : cr;
		double *w = calloc(rows * cols, sizeof *w);
		if (!w)
			goto fail;
		for (size_t i = 0; i < ck; i++) {
			size_t kc = (size_t)comp_k[i];
			for (size_t x = k->start[kc]; x < k->start[kc + 1]; x++) {
				size_t rc = (size_t)r->of[k->members[x]];
				size_t j = (size_t)local[nk + rc];
				w[transpose ? j * cols + i : i * cols + j] += 1;
			}
		}
		for (size_t i = 0; i < ck; i++)
			for (size_t j = 0; j < cr; j++) {
				double *x = &w[transpose ? j * cols + i : i * cols + j];
				*x = 2 * *x / (double)(csize(k, (size_t)comp_k[i]) + csize(r, (size_t)comp_r[j]));
			}
		double best = assign_max(w, rows, cols);
		free(w);
		if (best < 0)
			goto fail;
		sum += best;
	}
	goto out;
fail:
	sum = -1;
out:
	free(parent), free(comp_k), free(comp_r), free(local), free(root_seen);
	return sum;
}

int at_coref_score(const int *key, const int *response, size_t n, at_coref_scores *out)
{
	memset(out, 0, sizeof *out);
	partition k, r;
	if (partition_make(&k, key, n) != 0)
		return -1;
	if (partition_make(&r, response, n) != 0) {
		partition_free(&k);
		return -1;
	}
	size_t most = k.nclusters > r.nclusters ? k.nclusters : r.nclusters;
	int *scratch = malloc((most + 1) * sizeof *scratch);
	int rc = -1;
	if (!scratch)
		goto out;
	double rn, rd, pn, pd;
	for (size_t i = 0; i <= most; i++)
		scratch[i] = -1;
	muc_side(&k, &r, scratch, &rn, &rd);
	for (size_t i = 0; i <= most; i++)
		scratch[i] = -1;
	muc_side(&r, &k, scratch, &pn, &pd);
	out->muc = prf(rn, rd, pn, pd);
	memset(scratch, 0, (most + 1) * sizeof *scratch);
	double b3r = b3_side(&k, &r, scratch), b3p = b3_side(&r, &k, scratch);
	out->b3 = prf(b3r, (double)n, b3p, (double)n);
	double sim = ceafe_sim(&k, &r, n);
	if (sim < 0)
		goto out;
	out->ceafe = prf(sim, (double)k.nclusters, sim, (double)r.nclusters);
	out->conll = (out->muc.f1 + out->b3.f1 + out->ceafe.f1) / 3;
	rc = 0;
out:
	free(scratch);
	partition_free(&k);
	partition_free(&r);
	return rc;
}
