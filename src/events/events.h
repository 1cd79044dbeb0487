/* Event coding: CAMEO verb patterns matched over the dependency tree. */
#ifndef ATTACHE_EVENTS_H
#define ATTACHE_EVENTS_H

#include "core/doc.h"
#include "core/buf.h"

typedef struct at_verb_dict at_verb_dict;

/* path: a compiled verb dictionary (dict/verbs.atm). */
at_verb_dict *at_verb_dict_load(const char *path, char *err, size_t errlen);
void at_verb_dict_free(at_verb_dict *d);
/* Fills doc->events (negated ones only when keep_negated). 0, or -1 on OOM. */
int at_events_code(const at_verb_dict *d, at_doc *doc, int keep_negated);
/* Drops the events whose confidence is below min. */
void at_events_keep_confident(at_doc *doc, double min);
/* Computes every event's stable id (after dates and places are set). */
void at_events_assign_ids(at_doc *doc);
/* One JSON line per event (the record of docs/event-record.md). */
void at_events_write_jsonl(const at_doc *doc, at_buf *out);
void at_events_write_tsv(const at_doc *doc, at_buf *out);

#endif
