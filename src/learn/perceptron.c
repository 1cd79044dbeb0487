#include "learn/perceptron.h"
#include "core/grow.h"
#include "learn/map.h"
#include "learn/weights.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* One class weight of one feature; a feature's weights form a chain. */
typedef struct entry {
	uint32_t next;     /* index + 1 of the next entry, 0 at the end */
	uint16_t cls;
	float w;
	uint64_t stamp;    /* instance count when w last changed */
	double total;      /* sum of w over the instances before stamp */
} entry;

struct at_perceptron {
	unsigned nclasses;
	uint64_t now;
	at_map heads;      /* feature hash -> index + 1 of its first entry */
	entry *entries;
	size_t n, cap;
};

at_perceptron *at_perceptron_new(unsigned nclasses)
{
	at_perceptron *p = calloc(1, sizeof *p);
	if (!p)
		return NULL;
	p->nclasses = nclasses;
	at_map_init(&p->heads);
	return p;
}

void at_perceptron_free(at_perceptron *p)
{
	if (!p)
		return;
	at_map_free(&p->heads);
	free(p->entries);
	free(p);
}

unsigned at_perceptron_classes(const at_perceptron *p)
{
	return p->nclasses;
}

void at_perceptron_tick(at_perceptron *p)
{
	p->now++;
}

void at_perceptron_score(const at_perceptron *p, const uint64_t *feats, size_t n, float *scores)
{
	memset(scores, 0, p->nclasses * sizeof *scores);
	for (size_t f = 0; f < n; f++) {
		const uint32_t *head = at_map_find(&p->heads, feats[f]);
		for (uint32_t e = head ? *head : 0; e; e = p->entries[e - 1].next)
			scores[p->entries[e - 1].cls] += p->entries[e - 1].w;
	}
}

static entry *find_or_add(at_perceptron *p, uint64_t feat, unsigned cls)
{
	uint32_t *head = at_map_slot(&p->heads, feat);
	if (!head)
		return NULL;
	for (uint32_t e = *head; e; e = p->entries[e - 1].next)
		if (p->entries[e - 1].cls == cls)
			return &p->entries[e - 1];
	if (p->n == p->cap) {
		entry *grown = at_grow(p->entries, &p->cap, sizeof *grown, 65536);
		if (!grown)
			return NULL;
		p->entries = grown;
	}
	entry *e = &p->entries[p->n++];
	e->next = *head;
	e->cls = (uint16_t)cls;
	e->w = 0;
	e->stamp = p->now;
	e->total = 0;
	*head = (uint32_t)p->n;
	return e;
}

static int add(at_perceptron *p, uint64_t feat, unsigned cls, float delta)
{
	entry *e = find_or_add(p, feat, cls);
	if (!e)
		return -1;
	e->total += (double)e->w * (double)(p->now - e->stamp);
	e->stamp = p->now;
	e->w += delta;
	return 0;
}

int at_perceptron_update(at_perceptron *p, const uint64_t *feats, size_t n, unsigned gold,
			 unsigned guess)
{
	if (gold == guess)
		return 0;
	for (size_t f = 0; f < n; f++)
		if (add(p, feats[f], gold, 1.0f) != 0 || add(p, feats[f], guess, -1.0f) != 0)
			return -1;
	return 0;
}

static float averaged(const at_perceptron *p, const entry *e)
{
	if (p->now == 0)
		return e->w;
	double total = e->total + (double)e->w * (double)(p->now - e->stamp);
	return (float)(total / (double)p->now);
}

/* One feature's averaged weights, the mean over the perceptrons of an
 * export: its classes in the order their chains first name them (with one
 * perceptron, its own chain order) and their weights. */
typedef struct merged {
	unsigned n;
	uint16_t *cls;
	double *sum;      /* by class */
	uint8_t *seen;    /* by class */
} merged;

static void merge_feature(const at_perceptron *const *ps, size_t k, uint64_t feat, merged *m)
{
	for (unsigned i = 0; i < m->n; i++) {
		m->sum[m->cls[i]] = 0;
		m->seen[m->cls[i]] = 0;
	}
	m->n = 0;
	for (size_t j = 0; j < k; j++) {
		const uint32_t *head = at_map_find(&ps[j]->heads, feat);
		for (uint32_t e = head ? *head : 0; e; e = ps[j]->entries[e - 1].next) {
			const entry *x = &ps[j]->entries[e - 1];
			if (!m->seen[x->cls]) {
				m->seen[x->cls] = 1;
				m->cls[m->n++] = x->cls;
			}
			m->sum[x->cls] += (double)averaged(ps[j], x);
		}
	}
}

static float merged_weight(const merged *m, size_t k, unsigned i)
{
	return (float)(m->sum[m->cls[i]] / (double)k);
}

/* Serialisation: three sweeps over the features (sweep below), for the
 * largest weight (the quantisation scale), the size of the runs, and the
 * writing. */
typedef struct export_state {
	uint32_t nbuckets;
	uint32_t nruns;
	float scale;
	uint32_t *buckets;
	uint32_t *runs;
} export_state;

static uint32_t kept(const merged *m, size_t k, float min_abs, float scale, float *maxabs)
{
	uint32_t count = 0;
	for (unsigned i = 0; i < m->n; i++) {
		float a = fabsf(merged_weight(m, k, i));
		if (a < min_abs || (scale > 0 && lrintf(a / scale) == 0))
			continue;
		if (a > *maxabs)
			*maxabs = a;
		count++;
	}
	return count;
}

static void write_feature(const merged *m, size_t k, export_state *s, uint64_t feat, float min_abs)
{
	uint64_t h = at_weights_mix(feat);
	uint32_t i = at_weights_bucket(s->nbuckets, h);
	while (s->buckets[2 * i + 1])
		if (++i == s->nbuckets)
			i = 0;
	s->buckets[2 * i] = (uint32_t)(h >> 32);
	s->buckets[2 * i + 1] = s->nruns;
	uint32_t *count = &s->runs[s->nruns++];
	*count = 0;
	for (unsigned c = 0; c < m->n; c++) {
		float a = merged_weight(m, k, c);
		long q = lrintf(a / s->scale);
		if (fabsf(a) < min_abs || q == 0)
			continue;
		if (q > 32767)
			q = 32767;
		if (q < -32767)
			q = -32767;
		s->runs[s->nruns++] = (uint32_t)m->cls[c] << 16 | (uint16_t)(int16_t)q;
		(*count)++;
	}
}

/* Each feature of the union once: in the first perceptron that has it. */
static int first_owner(const at_perceptron *const *ps, size_t j, uint64_t feat)
{
	for (size_t i = 0; i < j; i++)
		if (at_map_find(&ps[i]->heads, feat))
			return 0;
	return 1;
}

/* What one sweep over the features of the union does. */
enum sweep_mode { FIND_SCALE, COUNT, WRITE };

/* Visits every feature of the union with its merged weights: FIND_SCALE
 * finds the largest kept weight (*maxabs), COUNT counts the features and
 * weights that survive quantisation with s->scale, WRITE writes them. */
static void sweep(const at_perceptron *const *ps, size_t k, float min_abs, merged *m,
		  enum sweep_mode mode, export_state *s, float *maxabs, size_t *nfeat,
		  size_t *nweights)
{
	float ignored = 0;
	for (size_t j = 0; j < k; j++)
		for (size_t i = 0; i < ps[j]->heads.cap; i++) {
			uint64_t feat = ps[j]->heads.keys[i];
			if (!ps[j]->heads.used[i] || !first_owner(ps, j, feat))
				continue;
			merge_feature(ps, k, feat, m);
			if (mode == FIND_SCALE) {
				kept(m, k, min_abs, 0, maxabs);
				continue;
			}
			uint32_t n = kept(m, k, min_abs, s->scale, &ignored);
			if (n && mode == WRITE)
				write_feature(m, k, s, feat, min_abs);
			else if (n) {
				(*nfeat)++;
				*nweights += n;
			}
		}
}

void *at_perceptron_export_mean(const at_perceptron *const *ps, size_t k, float min_abs,
				size_t *size)
{
	unsigned nclasses = ps[0]->nclasses;
	merged m = {0, malloc(nclasses * sizeof *m.cls), calloc(nclasses, sizeof *m.sum),
		    calloc(nclasses, 1)};
	unsigned char *out = NULL;
	if (!m.cls || !m.sum || !m.seen)
		goto done;
	float maxabs = 0;
	size_t nfeat = 0, nweights = 0;
	export_state s = {0};
	sweep(ps, k, min_abs, &m, FIND_SCALE, &s, &maxabs, &nfeat, &nweights);
	s.scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
	sweep(ps, k, min_abs, &m, COUNT, &s, &maxabs, &nfeat, &nweights);
	s.nbuckets = (uint32_t)(nfeat + nfeat / 3 + 16);
	size_t nruns = 1 + nfeat + nweights;
	*size = 32 + (size_t)s.nbuckets * 8 + nruns * 4;
	out = calloc(1, *size);
	if (!out)
		goto done;
	s.buckets = (uint32_t *)(out + 32);
	s.runs = s.buckets + 2 * (size_t)s.nbuckets;
	s.nruns = 1; /* offset 0 marks an empty bucket */
	sweep(ps, k, min_abs, &m, WRITE, &s, &maxabs, &nfeat, &nweights);
	uint32_t header[5] = {AT_WEIGHTS_MAGIC, nclasses, s.nbuckets, 0, s.nruns};
	memcpy(&header[3], &s.scale, 4);
	memcpy(out, header, sizeof header);
done:
	free(m.cls);
	free(m.sum);
	free(m.seen);
	return out;
}

void *at_perceptron_export(const at_perceptron *p, float min_abs, size_t *size)
{
	return at_perceptron_export_mean(&p, 1, min_abs, size);
}
