#include "actors/actors.h"

#include <stdio.h>
#include <stdlib.h>

struct at_actor_dict { int unused; };

at_actor_dict *at_actor_dict_load(const char *path, char *err, size_t errlen)
{
	snprintf(err, errlen, "%s: actor dictionary not built yet", path);
	return NULL;
}

void at_actor_dict_free(at_actor_dict *d) { free(d); }
int at_actors_find(const at_actor_dict *d, at_doc *doc) { (void)d; (void)doc; return 0; }
void at_actors_write_jsonl(const at_doc *doc, at_buf *out) { (void)doc; (void)out; }
