/* One arena per document: every layer allocates here and the whole document
 * is freed at once, so stages never free individual objects. */
#ifndef ATTACHE_ARENA_H
#define ATTACHE_ARENA_H

#include <stddef.h>

typedef struct at_arena at_arena;

at_arena *at_arena_new(size_t first_block);
void at_arena_free(at_arena *a);
/* Drops everything but keeps the first block, for reuse across documents. */
void at_arena_reset(at_arena *a);
/* Zeroed, 16-byte aligned; NULL only when the system is out of memory. */
void *at_arena_alloc(at_arena *a, size_t size);
char *at_arena_strndup(at_arena *a, const char *s, size_t n);
char *at_arena_strdup(at_arena *a, const char *s);
/* Grows an array kept in the arena: copies *cap elements into a block twice
 * as large. The old block is simply abandoned. */
void *at_arena_grow(at_arena *a, void *old, size_t elem, size_t *cap);
size_t at_arena_used(const at_arena *a);

#define AT_NEW(a, type) ((type *)at_arena_alloc((a), sizeof(type)))
#define AT_NEW_N(a, type, n) ((type *)at_arena_alloc((a), sizeof(type) * (n)))

#endif
