#include "link/strmap.h"

#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/hash.h"

void at_strmap_init(at_strmap *m, at_arena *arena)
{
	memset(m, 0, sizeof *m);
	m->arena = arena;
}

void at_strmap_free(at_strmap *m)
{
	free(m->keys);
	free(m->hashes);
	free(m->slots);
	memset(m, 0, sizeof *m);
}

static size_t slot_of(const at_strmap *m, uint64_t h, const char *key, size_t n)
{
	size_t mask = m->nslots - 1, i = (size_t)h & mask;
	while (m->slots[i]) {
		const char *k = m->keys[m->slots[i] - 1];
		if (m->hashes[i] == h && strncmp(k, key, n) == 0 && k[n] == '\0')
			return i;
		i = (i + 1) & mask;
	}
	return i;
}

int32_t at_strmap_find(const at_strmap *m, const char *key, size_t n)
{
	if (!m->nslots)
		return -1;
	size_t i = slot_of(m, at_hash_bytes(key, n), key, n);
	return m->slots[i] - 1;
}

static int rehash(at_strmap *m)
{
	size_t nslots = m->nslots ? m->nslots * 2 : 64;
	int32_t *slots = calloc(nslots, sizeof *slots);
	uint64_t *hashes = calloc(nslots, sizeof *hashes);
	if (!slots || !hashes) {
		free(slots);
		free(hashes);
		return -1;
	}
	for (size_t k = 0; k < m->count; k++) {
		uint64_t h = at_hash_bytes(m->keys[k], strlen(m->keys[k]));
		size_t i = (size_t)h & (nslots - 1);
		while (slots[i])
			i = (i + 1) & (nslots - 1);
		slots[i] = (int32_t)k + 1;
		hashes[i] = h;
	}
	free(m->slots);
	free(m->hashes);
	m->slots = slots;
	m->hashes = hashes;
	m->nslots = nslots;
	return 0;
}

int32_t at_strmap_add(at_strmap *m, const char *key, size_t n)
{
	if ((m->count + 1) * 2 > m->nslots && rehash(m) != 0)
		return -1;
	uint64_t h = at_hash_bytes(key, n);
	size_t i = slot_of(m, h, key, n);
	if (m->slots[i])
		return m->slots[i] - 1;
	if (m->count == m->keycap) {
		const char **keys = at_grow(m->keys, &m->keycap, sizeof *keys, 64);
		if (!keys)
			return -1;
		m->keys = keys;
	}
	char *copy = at_arena_strndup(m->arena, key, n);
	if (!copy)
		return -1;
	m->keys[m->count] = copy;
	m->slots[i] = (int32_t)m->count + 1;
	m->hashes[i] = h;
	return (int32_t)m->count++;
}
