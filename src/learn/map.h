/* A growable hash map from 64-bit keys to 32-bit values, for training time
 * only (malloc-backed). Run-time lookups use the read-only at_table. */
#ifndef ATTACHE_MAP_H
#define ATTACHE_MAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct at_map {
	uint64_t *keys;
	uint32_t *values;
	uint8_t *used;
	size_t n, cap;  /* cap is a power of two */
} at_map;

void at_map_init(at_map *m);
void at_map_free(at_map *m);
/* The value's slot, inserted as 0 when absent; NULL when out of memory.
 * The pointer is valid until the next insertion. */
uint32_t *at_map_slot(at_map *m, uint64_t key);
/* The value, or NULL when absent. */
const uint32_t *at_map_find(const at_map *m, uint64_t key);

#endif
