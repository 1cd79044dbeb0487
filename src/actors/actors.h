/* Actors: mentions of people, governments and groups with CAMEO actor codes,
 * entities and in-document coreference. */
#ifndef ATTACHE_ACTORS_H
#define ATTACHE_ACTORS_H

#include "core/buf.h"
#include "core/doc.h"

typedef struct at_actor_dict at_actor_dict;

/* path: a compiled actor dictionary (dict/actors.atm). */
at_actor_dict *at_actor_dict_load(const char *path, char *err, size_t errlen);
void at_actor_dict_free(at_actor_dict *d);
/* Fills doc->mentions and doc->entities. 0, or -1 on OOM. */
int at_actors_find(const at_actor_dict *d, at_doc *doc);

/* One JSON line per mention (doc, sent, start, end, text, entity, code, how). */
void at_actors_write_jsonl(const at_doc *doc, at_buf *out);

#endif
