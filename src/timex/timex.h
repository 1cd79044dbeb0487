/* Temporal expressions: finds and normalises them relative to doc->date,
 * and dates events by the expression that governs their clause. */
#ifndef ATTACHE_TIMEX_H
#define ATTACHE_TIMEX_H

#include "core/buf.h"
#include "core/doc.h"

/* Fills doc->timexes (and doc->dateline_timex). 0, or -1 on OOM. */
int at_timex_find(at_doc *doc);
/* Sets date, date_precision and date_timex of every event. */
void at_timex_date_events(at_doc *doc);

/* One JSON line per expression (doc, start, end, text, type, value). */
void at_timex_write_jsonl(const at_doc *doc, at_buf *out);

#endif
