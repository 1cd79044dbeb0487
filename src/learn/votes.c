#include "learn/votes.h"
#include "core/grow.h"

#include <stdlib.h>

void at_votes_init(at_votes *vs)
{
	vs->v = NULL;
	vs->n = vs->cap = 0;
}

void at_votes_free(at_votes *vs)
{
	free(vs->v);
	at_votes_init(vs);
}

int at_votes_add(at_votes *vs, uint64_t key, uint32_t value)
{
	if (vs->n == vs->cap) {
		at_vote *grown = at_grow(vs->v, &vs->cap, sizeof *grown, 4096);
		if (!grown)
			return -1;
		vs->v = grown;
	}
	vs->v[vs->n].key = key;
	vs->v[vs->n].value = value;
	vs->n++;
	return 0;
}

static int by_key_value(const void *a, const void *b)
{
	const at_vote *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->value < y->value ? -1 : x->value > y->value;
}

int at_votes_resolve(at_votes *vs, size_t min_count, double min_share, at_map *out)
{
	qsort(vs->v, vs->n, sizeof *vs->v, by_key_value);
	for (size_t i = 0; i < vs->n;) {
		size_t end = i, best_count = 0, total = 0;
		uint32_t best = 0;
		while (end < vs->n && vs->v[end].key == vs->v[i].key) {
			size_t run = end;
			while (run < vs->n && vs->v[run].key == vs->v[i].key &&
			       vs->v[run].value == vs->v[end].value)
				run++;
			if (run - end > best_count) {
				best_count = run - end;
				best = vs->v[end].value;
			}
			total += run - end;
			end = run;
		}
		if (total >= min_count && (double)best_count >= min_share * (double)total) {
			uint32_t *slot = at_map_slot(out, vs->v[i].key);
			if (!slot)
				return -1;
			*slot = best;
		}
		i = end;
	}
	return 0;
}
