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

/* Serialisation: two passes over the features, one to size the runs and
 * find the largest weight (the quantisation scale), one to write. */
typedef struct export_state {
	uint32_t nbuckets;
	uint32_t nruns;
	float scale;
	uint32_t *buckets;
	uint32_t *runs;
} export_state;

static uint32_t kept(const at_perceptron *p, uint32_t head, float min_abs, float scale, float *maxabs)
{
	uint32_t count = 0;
	for (uint32_t e = head; e; e = p->entries[e - 1].next) {
		float a = fabsf(averaged(p, &p->entries[e - 1]));
		if (a < min_abs || (scale > 0 && lrintf(a / scale) == 0))
			continue;
		if (a > *maxabs)
			*maxabs = a;
		count++;
	}
	return count;
}

static void write_feature(const at_perceptron *p, export_state *s, uint64_t feat, uint32_t head,
			  float min_abs)
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
	for (uint32_t e = head; e; e = p->entries[e - 1].next) {
		float a = averaged(p, &p->entries[e - 1]);
		long q = lrintf(a / s->scale);
		if (fabsf(a) < min_abs || q == 0)
			continue;
		if (q > 32767)
			q = 32767;
		if (q < -32767)
			q = -32767;
		s->runs[s->nruns++] = (uint32_t)p->entries[e - 1].cls << 16 | (uint16_t)(int16_t)q;
		(*count)++;
	}
}

void *at_perceptron_export(const at_perceptron *p, float min_abs, size_t *size)
{
	float maxabs = 0;
	for (size_t i = 0; i < p->heads.cap; i++)
		if (p->heads.used[i])
			kept(p, p->heads.values[i], min_abs, 0, &maxabs);
	export_state s = {0};
	s.scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
	size_t nfeat = 0, nweights = 0;
	float ignored = 0;
	for (size_t i = 0; i < p->heads.cap; i++) {
		if (!p->heads.used[i])
			continue;
		uint32_t k = kept(p, p->heads.values[i], min_abs, s.scale, &ignored);
		if (k) {
			nfeat++;
			nweights += k;
		}
	}
	s.nbuckets = (uint32_t)(nfeat + nfeat / 3 + 16);
	size_t nruns = 1 + nfeat + nweights;
	*size = 32 + (size_t)s.nbuckets * 8 + nruns * 4;
	unsigned char *out = calloc(1, *size);
	if (!out)
		return NULL;
	s.buckets = (uint32_t *)(out + 32);
	s.runs = s.buckets + 2 * (size_t)s.nbuckets;
	s.nruns = 1; /* offset 0 marks an empty bucket */
	for (size_t i = 0; i < p->heads.cap; i++) {
		if (!p->heads.used[i])
			continue;
		if (kept(p, p->heads.values[i], min_abs, s.scale, &ignored))
			write_feature(p, &s, p->heads.keys[i], p->heads.values[i], min_abs);
	}
	uint32_t header[5] = {AT_WEIGHTS_MAGIC, p->nclasses, s.nbuckets, 0, s.nruns};
	memcpy(&header[3], &s.scale, 4);
	memcpy(out, header, sizeof header);
	return out;
}
