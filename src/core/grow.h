/* Arrays that grow by doubling (malloc-backed lists and training-time
 * tables): one rule for the whole code base. */
#ifndef ATTACHE_GROW_H
#define ATTACHE_GROW_H

#include <stdlib.h>

/* p reallocated for twice *cap elements of elem bytes (first when *cap is
 * 0), *cap updated; NULL, with p and *cap untouched, when out of memory. */
static inline void *at_grow(void *p, size_t *cap, size_t elem, size_t first)
{
	size_t n = *cap ? *cap * 2 : first;
	void *q = realloc(p, n * elem);
	if (q)
		*cap = n;
	return q;
}

#endif
