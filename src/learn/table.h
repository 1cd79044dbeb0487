/* A read-only hash table from 64-bit keys to 32-bit values, laid out so
 * that it is used straight from a mapped model section (no copy at load).
 *
 * Section bytes: u64 bucket count (a power of two), 8 bytes of padding, then
 * the buckets, each
 * {u64 key, u32 value, u32 used}. Open addressing with linear probing. */
#ifndef ATTACHE_TABLE_H
#define ATTACHE_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "learn/map.h"

typedef struct at_table_bucket {
	uint64_t key;
	uint32_t value;
	uint32_t used;
} at_table_bucket;

typedef struct at_table {
	const at_table_bucket *buckets;
	uint64_t mask;
} at_table;

/* Checks the section's size; -1 when it is malformed. */
int at_table_view(at_table *t, const void *data, size_t size);
/* 1 and *value when key is present, else 0. */
static inline int at_table_get(const at_table *t, uint64_t key, uint32_t *value)
{
	uint64_t i = (key ^ (key >> 29)) & t->mask;
	for (;;) {
		const at_table_bucket *b = &t->buckets[i];
		if (!b->used)
			return 0;
		if (b->key == key) {
			*value = b->value;
			return 1;
		}
		i = (i + 1) & t->mask;
	}
}

/* Starts loading the bucket where a lookup of key begins. */
static inline void at_table_prefetch(const at_table *t, uint64_t key)
{
	__builtin_prefetch(&t->buckets[(key ^ (key >> 29)) & t->mask]);
}

/* Serialises a training-time map into section bytes (malloc'd). */
void *at_table_build(const at_map *m, size_t *size);

#endif
