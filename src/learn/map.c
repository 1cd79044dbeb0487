#include "learn/map.h"

#include <stdlib.h>

void at_map_init(at_map *m)
{
	m->keys = NULL;
	m->values = NULL;
	m->used = NULL;
	m->n = m->cap = 0;
}

void at_map_free(at_map *m)
{
	free(m->keys);
	free(m->values);
	free(m->used);
	at_map_init(m);
}

static size_t probe(const at_map *m, uint64_t key)
{
	size_t mask = m->cap - 1;
	size_t i = (size_t)(key ^ (key >> 29)) & mask;
	while (m->used[i] && m->keys[i] != key)
		i = (i + 1) & mask;
	return i;
}

static int grow(at_map *m)
{
	at_map bigger;
	bigger.cap = m->cap ? m->cap * 2 : 1024;
	bigger.n = m->n;
	bigger.keys = malloc(bigger.cap * sizeof *bigger.keys);
	bigger.values = malloc(bigger.cap * sizeof *bigger.values);
	bigger.used = calloc(bigger.cap, 1);
	if (!bigger.keys || !bigger.values || !bigger.used) {
		at_map_free(&bigger);
		return -1;
	}
	for (size_t i = 0; i < m->cap; i++) {
		if (!m->used[i])
			continue;
		size_t j = probe(&bigger, m->keys[i]);
		bigger.used[j] = 1;
		bigger.keys[j] = m->keys[i];
		bigger.values[j] = m->values[i];
	}
	at_map_free(m);
	*m = bigger;
	return 0;
}

uint32_t *at_map_slot(at_map *m, uint64_t key)
{
	if ((m->n + 1) * 2 > m->cap && grow(m) != 0)
		return NULL;
	size_t i = probe(m, key);
	if (!m->used[i]) {
		m->used[i] = 1;
		m->keys[i] = key;
		m->values[i] = 0;
		m->n++;
	}
	return &m->values[i];
}

const uint32_t *at_map_find(const at_map *m, uint64_t key)
{
	if (!m->cap)
		return NULL;
	size_t i = probe(m, key);
	return m->used[i] ? &m->values[i] : NULL;
}
