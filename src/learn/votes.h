/* Majority votes: collects (key, value) observations at training time and
 * keeps, for each key, its most frequent value. Used to learn lookup
 * tables such as word -> lemma rule. */
#ifndef ATTACHE_VOTES_H
#define ATTACHE_VOTES_H

#include <stddef.h>
#include <stdint.h>

#include "learn/map.h"

typedef struct at_vote {
	uint64_t key;
	uint32_t value;
} at_vote;

typedef struct at_votes {
	at_vote *v;
	size_t n, cap;
} at_votes;

void at_votes_init(at_votes *vs);
void at_votes_free(at_votes *vs);
/* -1 when out of memory. */
int at_votes_add(at_votes *vs, uint64_t key, uint32_t value);
/* Puts key -> most frequent value (ties: the smaller value) into out for
 * every key seen at least min_count times and whose winner has at least
 * min_share of its votes. Returns -1 when out of memory. */
int at_votes_resolve(at_votes *vs, size_t min_count, double min_share, at_map *out);

#endif
