/* The document accessors and renderers of attache.h. */
#include "attache.h"
#include "core/buf.h"
#include "core/doc.h"
#include "text/conllu.h"
#include "timex/timex.h"
#include "geo/places.h"
#include "actors/actors.h"
#include "events/events.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

attache_doc *attache_doc_new(const char *id, const char *text, size_t len)
{
	return (attache_doc *)at_doc_new(id, text ? text : "", text ? len : 0);
}

void attache_doc_free(attache_doc *doc)
{
	at_doc_free((at_doc *)doc);
}

static int days_in_month(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

static int valid_date(const char *s)
{
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return 0;
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

attache_status attache_doc_set_date(attache_doc *d, const char *date)
{
	at_doc *doc = (at_doc *)d;
	if (!date || !valid_date(date))
		return ATTACHE_ERR_USAGE;
	doc->date = at_arena_strdup(doc->arena, date);
	return ATTACHE_OK;
}

void attache_doc_set_meta(attache_doc *d, const char *title, const char *source, const char *url)
{
	at_doc *doc = (at_doc *)d;
	if (title)
		doc->title = at_arena_strdup(doc->arena, title);
	if (source)
		doc->source = at_arena_strdup(doc->arena, source);
	if (url)
		doc->url = at_arena_strdup(doc->arena, url);
}

const char *attache_doc_id(const attache_doc *d) { return ((const at_doc *)d)->id; }
const char *attache_doc_date(const attache_doc *d) { return ((const at_doc *)d)->date; }
const char *attache_doc_text(const attache_doc *d) { return ((const at_doc *)d)->text; }
size_t attache_doc_sentence_count(const attache_doc *d) { return ((const at_doc *)d)->nsents; }
size_t attache_doc_word_count(const attache_doc *d) { return ((const at_doc *)d)->nwords; }
size_t attache_doc_event_count(const attache_doc *d) { return ((const at_doc *)d)->nevents; }

const char *attache_doc_warning(const attache_doc *d)
{
	const at_doc *doc = (const at_doc *)d;
	return doc->warning[0] ? doc->warning : NULL;
}

char *attache_render(const attache_engine *engine, const attache_doc *d, attache_format format,
		     size_t *len)
{
	(void)engine;
	const at_doc *doc = (const at_doc *)d;
	at_buf out;
	at_buf_init(&out);
	switch (format) {
	case ATTACHE_FORMAT_CONLLU: at_conllu_write(doc, &out); break;
	case ATTACHE_FORMAT_EVENTS_JSONL: at_events_write_jsonl(doc, &out); break;
	case ATTACHE_FORMAT_EVENTS_TSV: at_events_write_tsv(doc, &out); break;
	case ATTACHE_FORMAT_ACTORS_JSONL: at_actors_write_jsonl(doc, &out); break;
	case ATTACHE_FORMAT_TIMEX_JSONL: at_timex_write_jsonl(doc, &out); break;
	case ATTACHE_FORMAT_PLACES_JSONL: at_places_write_jsonl(doc, &out); break;
	}
	if (!out.data)
		at_buf_puts(&out, "");
	if (len)
		*len = out.len;
	return out.data;
}

void attache_free(void *p)
{
	free(p);
}
