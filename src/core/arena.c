#include "core/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct block {
	struct block *next;
	size_t size, used;
	_Alignas(16) unsigned char data[];
} block;

struct at_arena {
	block *head;
	size_t first_size;
	size_t total_used;
};

static block *block_new(size_t size)
{
	block *b = malloc(sizeof(block) + size);
	if (!b)
		return NULL;
	b->next = NULL;
	b->size = size;
	b->used = 0;
	return b;
}

at_arena *at_arena_new(size_t first_block)
{
	at_arena *a = calloc(1, sizeof(*a));
	if (!a)
		return NULL;
	a->first_size = first_block ? first_block : 64 * 1024;
	a->head = block_new(a->first_size);
	if (!a->head) {
		free(a);
		return NULL;
	}
	return a;
}

static void free_chain(block *b)
{
	while (b) {
		block *next = b->next;
		free(b);
		b = next;
	}
}

void at_arena_free(at_arena *a)
{
	if (!a)
		return;
	free_chain(a->head);
	free(a);
}

void at_arena_reset(at_arena *a)
{
	block *last = a->head;
	while (last->next)
		last = last->next;
	/* The oldest block is last in the chain; keep it. */
	block *b = a->head;
	while (b != last) {
		block *next = b->next;
		free(b);
		b = next;
	}
	last->used = 0;
	a->head = last;
	a->total_used = 0;
}

void *at_arena_alloc(at_arena *a, size_t size)
{
	size = (size + 15) & ~(size_t)15;
	if (size == 0)
		size = 16;
	block *b = a->head;
	if (b->size - b->used < size) {
		size_t want = b->size * 2;
		if (want < size)
			want = size;
		block *nb = block_new(want);
		if (!nb)
			return NULL;
		nb->next = a->head;
		a->head = nb;
		b = nb;
	}
	void *p = b->data + b->used;
	b->used += size;
	a->total_used += size;
	memset(p, 0, size);
	return p;
}

char *at_arena_strndup(at_arena *a, const char *s, size_t n)
{
	char *p = at_arena_alloc(a, n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *at_arena_strdup(at_arena *a, const char *s)
{
	return at_arena_strndup(a, s, strlen(s));
}

void *at_arena_grow(at_arena *a, void *old, size_t elem, size_t *cap)
{
	size_t ncap = *cap ? *cap * 2 : 16;
	void *p = at_arena_alloc(a, elem * ncap);
	if (!p)
		return NULL;
	if (old && *cap)
		memcpy(p, old, elem * *cap);
	*cap = ncap;
	return p;
}

size_t at_arena_used(const at_arena *a)
{
	return a->total_used;
}
