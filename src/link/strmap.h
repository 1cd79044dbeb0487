/* A string-to-index map (open addressing, keys copied into an arena): the
 * vocabularies and gold cluster names of the linking code. */
#ifndef ATTACHE_LINK_STRMAP_H
#define ATTACHE_LINK_STRMAP_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

typedef struct at_strmap {
	at_arena *arena;
	const char **keys;   /* by index */
	uint64_t *hashes;    /* by slot */
	int32_t *slots;      /* index + 1, 0 when empty */
	size_t nslots, count, keycap;
} at_strmap;

void at_strmap_init(at_strmap *m, at_arena *arena);
void at_strmap_free(at_strmap *m);
/* The index of key (n bytes), or -1 when absent. */
int32_t at_strmap_find(const at_strmap *m, const char *key, size_t n);
/* The index of key, adding it when absent; -1 only when out of memory. */
int32_t at_strmap_add(at_strmap *m, const char *key, size_t n);

#endif
