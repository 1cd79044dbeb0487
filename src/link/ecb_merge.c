#include "link/ecb_merge.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "link/agglo.h"

/* The clusters of one input, their members and their document groups,
 * each list in counting-sort order. */
typedef struct view {
	size_t nclusters, ngroups;
	size_t *start, *member;  /* members of cluster c: member[start[c] .. start[c + 1]) */
	size_t *gstart, *gclust; /* clusters of group g: gclust[gstart[g] .. gstart[g + 1]) */
	int *major;              /* per cluster, its most frequent gold cluster */
} view;

static void view_free(view *v)
{
	free(v->start), free(v->member), free(v->gstart), free(v->gclust), free(v->major);
	memset(v, 0, sizeof *v);
}

/* Counting sort of n items by key (0 .. nkeys - 1): start has nkeys + 1. */
static void bucket(const int *key, size_t n, size_t nkeys, size_t *start, size_t *out)
{
	memset(start, 0, (nkeys + 1) * sizeof *start);
	for (size_t i = 0; i < n; i++)
		start[key[i] + 1]++;
	for (size_t k = 0; k < nkeys; k++)
		start[k + 1] += start[k];
	for (size_t i = 0; i < n; i++)
		out[start[key[i]]++] = i;
	for (size_t k = nkeys; k > 0; k--)
		start[k] = start[k - 1];
	start[0] = 0;
}

static int majority(const ecb_corpus *c, const size_t *m, size_t k)
{
	int best = c->mentions[m[0]].gold;
	size_t most = 0;
	for (size_t a = 0; a < k; a++) {
		size_t count = 0;
		for (size_t b = 0; b < k; b++)
			count += c->mentions[m[b]].gold == c->mentions[m[a]].gold;
		if (count > most)
			most = count, best = c->mentions[m[a]].gold;
	}
	return best;
}

static int view_build(view *v, const ecb_merge_input *in)
{
	const ecb_corpus *c = in->repr->c;
	size_t n = c->nmentions;
	memset(v, 0, sizeof *v);
	for (size_t i = 0; i < n; i++)
		v->nclusters = (size_t)in->cluster[i] >= v->nclusters ? (size_t)in->cluster[i] + 1 : v->nclusters;
	for (size_t d = 0; d < c->ndocs; d++)
		v->ngroups = (size_t)in->group[d] >= v->ngroups ? (size_t)in->group[d] + 1 : v->ngroups;
	v->start = malloc((v->nclusters + 1) * sizeof *v->start);
	v->member = malloc((n + 1) * sizeof *v->member);
	v->gstart = malloc((v->ngroups + 1) * sizeof *v->gstart);
	v->gclust = malloc((v->nclusters + 1) * sizeof *v->gclust);
	v->major = malloc((v->nclusters + 1) * sizeof *v->major);
	int *cgroup = malloc((v->nclusters + 1) * sizeof *cgroup);
	if (!v->start || !v->member || !v->gstart || !v->gclust || !v->major || !cgroup) {
		free(cgroup);
		view_free(v);
		return -1;
	}
	bucket(in->cluster, n, v->nclusters, v->start, v->member);
	for (size_t k = 0; k < v->nclusters; k++) {
		const size_t *m = v->member + v->start[k];
		size_t size = v->start[k + 1] - v->start[k];
		cgroup[k] = size ? in->group[c->mentions[m[0]].doc] : 0;
		v->major[k] = size ? majority(c, m, size) : -1;
	}
	bucket(cgroup, v->nclusters, v->ngroups, v->gstart, v->gclust);
	free(cgroup);
	return 0;
}

/* What the member pairs of two clusters hold together. */
typedef struct across {
	double sum, max, over_half, same_head, same_doc, same_sent, names_found, argvec, sent;
	int agent_eq, agent_both, patient_eq, patient_both, names_eq, names_both, nums_eq, nums_both;
} across;

static double names_found(const ecb_mrep *a, const ecb_mrep *b)
{
	uint32_t n = a->args.names.n + b->args.names.n;
	return n ? (double)(at_svec_shared(&a->args.names, &b->names) +
			    at_svec_shared(&b->args.names, &a->names)) / n : 0;
}

static void add_pair(const ecb_merge_input *in, size_t i, size_t j, across *s)
{
	const ecb_repr *r = in->repr;
	const ecb_mrep *a = &r->m[i], *b = &r->m[j];
	double p = in->prob[i * r->c->nmentions + j];
	s->sum += p;
	s->max = p > s->max ? p : s->max;
	s->over_half += p > 0.5;
	s->same_head += a->head == b->head;
	s->same_doc += r->c->mentions[i].doc == r->c->mentions[j].doc;
	s->same_sent += r->c->mentions[i].doc == r->c->mentions[j].doc && r->c->mentions[i].sent == r->c->mentions[j].sent;
	double f = names_found(a, b), v = at_svec_dot(&a->argvec, &b->argvec), t = at_svec_dot(&a->sent, &b->sent);
	s->names_found = f > s->names_found ? f : s->names_found;
	s->argvec = v > s->argvec ? v : s->argvec;
	s->sent = t > s->sent ? t : s->sent;
	if (a->args.agent >= 0 && b->args.agent >= 0)
		s->agent_both = 1, s->agent_eq |= a->args.agent == b->args.agent;
	if (a->args.patient >= 0 && b->args.patient >= 0)
		s->patient_both = 1, s->patient_eq |= a->args.patient == b->args.patient;
	if (a->args.names.n && b->args.names.n)
		s->names_both = 1, s->names_eq |= at_svec_shared(&a->args.names, &b->args.names) > 0;
	if (a->args.nums.n && b->args.nums.n)
		s->nums_both = 1, s->nums_eq |= at_svec_shared(&a->args.nums, &b->args.nums) > 0;
}

static double alone(const ecb_merge_input *in, const size_t *m, size_t k)
{
	double least = 1;
	for (size_t a = 0; in->single && a < k; a++)
		least = in->single[m[a]] < least ? in->single[m[a]] : least;
	return in->single ? least : 0;
}

/* Mean pair probability within a cluster (1 for a single mention). */
static double cohesion(const ecb_merge_input *in, const size_t *m, size_t k)
{
	size_t n = in->repr->c->nmentions;
	double sum = 0;
	for (size_t a = 0; a < k; a++)
		for (size_t b = a + 1; b < k; b++)
			sum += in->prob[m[a] * n + m[b]];
	return k > 1 ? sum / (double)(k * (k - 1) / 2) : 1;
}

/* Distinct documents of a cluster's members (they come in document order). */
static size_t docs_of(const ecb_corpus *c, const size_t *m, size_t k)
{
	size_t docs = 0;
	for (size_t a = 0; a < k; a++)
		docs += a == 0 || c->mentions[m[a]].doc != c->mentions[m[a - 1]].doc;
	return docs;
}

/* Documents holding members of both clusters. */
static size_t docs_shared(const ecb_corpus *c, const size_t *ma, size_t ka, const size_t *mb, size_t kb)
{
	size_t shared = 0;
	for (size_t a = 0; a < ka; a++) {
		if (a > 0 && c->mentions[ma[a]].doc == c->mentions[ma[a - 1]].doc)
			continue;
		for (size_t b = 0; b < kb; b++)
			if (c->mentions[mb[b]].doc == c->mentions[ma[a]].doc) {
				shared++;
				break;
			}
	}
	return shared;
}

static void features(const ecb_merge_input *in, const view *v, size_t ca, size_t cb, float *x)
{
	const size_t *ma = v->member + v->start[ca], *mb = v->member + v->start[cb];
	size_t ka = v->start[ca + 1] - v->start[ca], kb = v->start[cb + 1] - v->start[cb];
	across s;
	memset(&s, 0, sizeof s);
	for (size_t a = 0; a < ka; a++)
		for (size_t b = 0; b < kb; b++)
			add_pair(in, ma[a], mb[b], &s);
	double pairs = (double)(ka * kb), mean = s.sum / pairs;
	double clipped = mean < 1e-4 ? 1e-4 : mean > 1 - 1e-4 ? 1 - 1e-4 : mean;
	size_t lo = ka < kb ? ka : kb, hi = ka < kb ? kb : ka;
	double la = alone(in, ma, ka), lb = alone(in, mb, kb);
	double wa = cohesion(in, ma, ka), wb = cohesion(in, mb, kb);
	const ecb_corpus *c = in->repr->c;
	size_t da = docs_of(c, ma, ka), db = docs_of(c, mb, kb), gdocs = 0;
	for (size_t d = 0; d < c->ndocs; d++)
		gdocs += in->group[d] == in->group[c->mentions[ma[0]].doc];
	float f[ECB_NMERGE] = {
		1,
		(float)mean,
		(float)s.max,
		(float)(s.over_half / pairs),
		(float)(log(clipped / (1 - clipped)) / 4),
		(float)(s.same_head > 0),
		(float)(s.same_head / pairs),
		(float)(s.same_doc / pairs),
		(float)(log(1.0 + (double)lo) / 3),
		(float)(log(1.0 + (double)hi) / 3),
		(float)(hi == 1),
		(float)(la > lb ? la : lb),
		(float)s.agent_eq, (float)(s.agent_both && !s.agent_eq),
		(float)s.patient_eq, (float)(s.patient_both && !s.patient_eq),
		(float)s.names_eq, (float)(s.names_both && !s.names_eq),
		(float)(s.nums_both && !s.nums_eq),
		(float)s.names_found,
		(float)s.argvec,
		(float)s.sent,
		(float)(s.same_sent / pairs),
		(float)fmin(wa, wb), (float)fmax(wa, wb),
		(float)(mean / fmax(1e-3, fmin(wa, wb))),
		(float)((double)docs_shared(c, ma, ka, mb, kb) / (double)(da < db ? da : db)),
		(float)((double)(da < db ? da : db) / (double)gdocs),
		(float)((double)(da < db ? db : da) / (double)gdocs),
	};
	memcpy(x, f, sizeof f);
}

static int add_examples(const ecb_merge_input *in, float **x, uint8_t **y, size_t *n, size_t *cap)
{
	view v;
	if (view_build(&v, in) != 0)
		return -1;
	int rc = 0;
	for (size_t g = 0; rc == 0 && g < v.ngroups; g++)
		for (size_t p = v.gstart[g]; rc == 0 && p < v.gstart[g + 1]; p++)
			for (size_t q = p + 1; rc == 0 && q < v.gstart[g + 1]; q++) {
				size_t ca = v.gclust[p], cb = v.gclust[q];
				if (v.start[ca + 1] == v.start[ca] || v.start[cb + 1] == v.start[cb])
					continue;
				if (*n == *cap) {
					*cap = *cap ? 2 * *cap : 1 << 14;
					float *nx = realloc(*x, *cap * ECB_NMERGE * sizeof **x);
					uint8_t *ny = realloc(*y, *cap);
					*x = nx ? nx : *x, *y = ny ? ny : *y;
					if (!nx || !ny) {
						rc = -1;
						break;
					}
				}
				features(in, &v, ca, cb, *x + *n * ECB_NMERGE);

				(*y)[(*n)++] = v.major[ca] == v.major[cb];
			}
	view_free(&v);
	return rc;
}

int ecb_merge_train(at_logreg *model, const ecb_merge_input *in, size_t ninputs)
{
	float *x = NULL;
	uint8_t *y = NULL;
	size_t n = 0, cap = 0;
	int rc = 0;
	for (size_t s = 0; rc == 0 && s < ninputs; s++)
		rc = add_examples(&in[s], &x, &y, &n, &cap);
	if (rc == 0)
		rc = at_logreg_train(model, x, y, n, ECB_NMERGE, 30, 1e-5);
	free(x);
	free(y);
	return rc;
}

int ecb_merge_apply(const at_logreg *model, const ecb_merge_input *in, double threshold, int *out)
{
	view v;
	if (view_build(&v, in) != 0)
		return -1;
	size_t most = 0;
	for (size_t g = 0; g < v.ngroups; g++)
		most = v.gstart[g + 1] - v.gstart[g] > most ? v.gstart[g + 1] - v.gstart[g] : most;
	float *sim = malloc((most * most + 1) * sizeof *sim), x[ECB_NMERGE];
	int *label = malloc((most + 1) * sizeof *label), next = 0, rc = sim && label ? 0 : -1;
	for (size_t g = 0; rc == 0 && g < v.ngroups; g++) {
		const size_t *cl = v.gclust + v.gstart[g];
		size_t k = v.gstart[g + 1] - v.gstart[g];
		for (size_t p = 0; p < k; p++) {
			sim[p * k + p] = 1;
			for (size_t q = p + 1; q < k; q++) {
				int empty = v.start[cl[p] + 1] == v.start[cl[p]] || v.start[cl[q] + 1] == v.start[cl[q]];
				if (!empty)
					features(in, &v, cl[p], cl[q], x);
				sim[p * k + q] = sim[q * k + p] = empty ? 0 : (float)at_logreg_prob(model, x);
			}
		}
		int count = at_agglo_average(sim, k, threshold, label);
		if (count < 0) {
			rc = -1;
			break;
		}
		for (size_t p = 0; p < k; p++)
			for (size_t m = v.start[cl[p]]; m < v.start[cl[p] + 1]; m++)
				out[v.member[m]] = next + label[p];
		next += count;
	}
	free(sim), free(label);
	view_free(&v);
	return rc;
}
