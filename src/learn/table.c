#include "learn/table.h"

#include <stdlib.h>
#include <string.h>

int at_table_view(at_table *t, const void *data, size_t size)
{
	uint64_t n;
	if (size < 16)
		return -1;
	memcpy(&n, data, 8);
	if (n == 0 || (n & (n - 1)) != 0 || (size - 16) / sizeof(at_table_bucket) != n || (size - 16) % sizeof(at_table_bucket))
		return -1;
	t->buckets = (const at_table_bucket *)((const char *)data + 16);
	t->mask = n - 1;
	return 0;
}

void *at_table_build(const at_map *m, size_t *size)
{
	/* Load factor at most 3/4: small enough for short probes, large
	 * enough to keep models small. */
	uint64_t n = 16;
	while (n * 3 < m->n * 4)
		n *= 2;
	*size = 16 + n * sizeof(at_table_bucket);
	unsigned char *out = calloc(1, *size);
	if (!out)
		return NULL;
	memcpy(out, &n, 8);
	at_table_bucket *buckets = (at_table_bucket *)(out + 16);
	for (size_t i = 0; i < m->cap; i++) {
		if (!m->used[i])
			continue;
		uint64_t key = m->keys[i];
		uint64_t j = (key ^ (key >> 29)) & (n - 1);
		while (buckets[j].used)
			j = (j + 1) & (n - 1);
		buckets[j].key = key;
		buckets[j].value = m->values[i];
		buckets[j].used = 1;
	}
	return out;
}
