/* Source and target actors of a predicate, read off the dependency tree. */
#ifndef ATTACHE_ACTORS_OF_H
#define ATTACHE_ACTORS_OF_H

#include "events/sview.h"

#define AT_MAX_ACTORS 8

typedef struct at_actor_list {
	int32_t m[AT_MAX_ACTORS];   /* doc->mentions indexes */
	int n;
} at_actor_list;

/* True when mention m is a place (a place name the gazetteer found, or
 * one the actor coder coded as a place) right after one of words ("in",
 * "at"). */
int at_mention_after_word(const at_sview *sv, int32_t m, const char *const *words);
/* The mention at word w (or inside its noun phrase) and those coordinated
 * with it ("Blinken, Garland and Mayorkas"), appended to out. */
void at_actors_at(const at_sview *sv, int32_t w, at_actor_list *out);
/* Source: the subject (inherited through xcomp, conj, participles), or the
 * by-agent of a passive; target: the passive subject, indirect or direct
 * object, or a with/to/against/on/for phrase of the predicate or its object.
 * nominal: p is an event noun ("talks with", "Arnor's visit to");
 * saying: p is a verb of saying, whose target is only its addressee. */
void at_event_actors(const at_sview *sv, int32_t p, int nominal, int saying, at_actor_list *src,
		     at_actor_list *tgt);

#endif
