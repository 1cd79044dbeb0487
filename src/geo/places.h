/* Places: toponyms resolved against the gazetteer, and event locations. */
#ifndef ATTACHE_PLACES_H
#define ATTACHE_PLACES_H

#include "core/buf.h"
#include "core/doc.h"

typedef struct at_gazetteer at_gazetteer;

at_gazetteer *at_gazetteer_load(const char *path, char *err, size_t errlen);
void at_gazetteer_free(at_gazetteer *g);
/* Fills doc->places (and doc->dateline_place). 0, or -1 on OOM. */
int at_places_find(const at_gazetteer *g, at_doc *doc);
/* Sets place and location_how of every event. */
void at_places_locate_events(at_doc *doc);

/* One JSON line per toponym (doc, start, end, text, geonames, name, ...). */
void at_places_write_jsonl(const at_doc *doc, at_buf *out);

#endif
