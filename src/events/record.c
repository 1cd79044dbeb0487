/* The event record (docs/event-record.md): stable ids, JSON Lines and TSV. */
#include "events/events.h"
#include "events/codebook.h"
#include "core/hash.h"

#include <string.h>

static const char *const precision_names[] = {
	NULL, "day", "week", "month", "quarter", "year", "decade",
};
static const char *const modality_names[] = {"asserted", "future", "hypothetical", "reported"};
static const char *const location_how_names[] = {NULL, "clause", "sentence", "dateline"};

static uint64_t hash_str(uint64_t h, const char *s)
{
	return at_hash_mix(h, s ? at_hash_bytes(s, strlen(s)) : 0);
}

void at_events_keep_confident(at_doc *doc, double min)
{
	size_t kept = 0;
	/* confidences are tenths held in floats: compare with a little slack */
	for (size_t i = 0; i < doc->nevents; i++)
		if ((double)doc->events[i].confidence + 1e-6 >= min)
			doc->events[kept++] = doc->events[i];
	doc->nevents = kept;
}

void at_events_assign_ids(at_doc *doc)
{
	for (size_t i = 0; i < doc->nevents; i++) {
		at_event *e = &doc->events[i];
		uint64_t h = at_hash_bytes(doc->id ? doc->id : "", doc->id ? strlen(doc->id) : 0);
		h = at_hash_mix(h, e->sent);
		h = hash_str(h, e->code);
		h = hash_str(h, e->source_code);
		h = hash_str(h, e->target_code);
		h = at_hash_mix(h, e->anchor);
		at_hash_hex12(h, e->id);
	}
}

static const char *precision_name(uint8_t p)
{
	return p < sizeof precision_names / sizeof precision_names[0] ? precision_names[p] : NULL;
}

static void write_actor(const at_doc *doc, int32_t m, const char *code, at_buf *out)
{
	if (m < 0 || (size_t)m >= doc->nmentions) {
		at_buf_puts(out, "null");
		return;
	}
	const at_mention *me = &doc->mentions[m];
	at_buf_puts(out, "{\"text\":");
	at_json_strn(out, doc->text + me->start, me->end - me->start);
	if (me->entity >= 0 && (size_t)me->entity < doc->nentities && doc->entities[me->entity].name) {
		at_buf_puts(out, ",\"entity\":");
		at_json_str(out, doc->entities[me->entity].name);
	}
	at_buf_puts(out, ",\"code\":");
	at_json_str_or_null(out, code ? code : me->code);
	at_buf_putc(out, '}');
}

static void write_location(const at_doc *doc, const at_event *e, at_buf *out)
{
	if (e->place < 0 || (size_t)e->place >= doc->nplaces) {
		at_buf_puts(out, "null");
		return;
	}
	const at_place *pl = &doc->places[e->place];
	at_buf_puts(out, "{\"text\":");
	at_json_strn(out, doc->text + pl->start, pl->end - pl->start);
	at_buf_puts(out, ",\"name\":");
	at_json_str_or_null(out, pl->name);
	at_buf_puts(out, ",\"country\":");
	at_json_str_or_null(out, pl->country3[0] ? pl->country3 : NULL);
	at_buf_puts(out, ",\"admin1\":");
	at_json_str_or_null(out, pl->admin1);
	if (pl->geonames)
		at_buf_printf(out, ",\"geonames\":%d", pl->geonames);
	else
		at_buf_puts(out, ",\"geonames\":null");
	at_buf_puts(out, ",\"lat\":");
	at_json_double(out, pl->lat, 4);
	at_buf_puts(out, ",\"lon\":");
	at_json_double(out, pl->lon, 4);
	at_buf_puts(out, ",\"how\":");
	at_json_str_or_null(out, e->location_how < 4 ? location_how_names[e->location_how] : NULL);
	at_buf_putc(out, '}');
}

static void write_date(const at_doc *doc, const at_event *e, at_buf *out)
{
	at_buf_puts(out, ",\"date\":");
	at_json_str_or_null(out, e->date);
	at_buf_puts(out, ",\"date_precision\":");
	at_json_str_or_null(out, e->date ? precision_name(e->date_precision) : NULL);
	at_buf_puts(out, ",\"date_text\":");
	if (e->date_timex >= 0 && (size_t)e->date_timex < doc->ntimexes) {
		const at_timex *t = &doc->timexes[e->date_timex];
		at_json_strn(out, doc->text + t->start, t->end - t->start);
	} else {
		at_buf_puts(out, "null");
	}
}

static void write_event(const at_doc *doc, const at_event *e, at_buf *out)
{
	const at_cameo_code *cb = at_codebook_find(e->code);
	const at_sentence *s = &doc->sents[e->sent];
	at_buf_puts(out, "{\"id\":");
	at_json_str(out, e->id);
	at_buf_puts(out, ",\"doc\":");
	at_json_str_or_null(out, doc->id);
	at_buf_printf(out, ",\"sent\":%u,\"sentence\":", e->sent);
	at_json_strn(out, doc->text + s->start, s->end - s->start);
	at_buf_puts(out, ",\"code\":");
	at_json_str(out, e->code);
	at_buf_puts(out, ",\"root\":");
	at_json_strn(out, e->code, 2);
	if (cb) {
		at_buf_printf(out, ",\"quad\":%d,\"goldstein\":", cb->quad);
		at_json_double(out, cb->goldstein, 1);
		at_buf_puts(out, ",\"plover\":");
		at_json_str_or_null(out, cb->plover[0] ? cb->plover : NULL);
	} else {
		at_buf_puts(out, ",\"quad\":null,\"goldstein\":null,\"plover\":null");
	}
	at_buf_puts(out, ",\"source\":");
	write_actor(doc, e->source, e->source_code, out);
	at_buf_puts(out, ",\"target\":");
	write_actor(doc, e->target, e->target_code, out);
	write_date(doc, e, out);
	at_buf_puts(out, ",\"location\":");
	write_location(doc, e, out);
	at_buf_puts(out, ",\"modality\":");
	at_json_str(out, modality_names[e->modality < 4 ? e->modality : 0]);
	at_buf_puts(out, ",\"confidence\":");
	at_json_double(out, e->confidence, 2);
	if (e->negated)
		at_buf_puts(out, ",\"negated\":true");
	if (e->cluster[0]) {
		at_buf_puts(out, ",\"cluster\":");
		at_json_str(out, e->cluster);
		at_buf_printf(out, ",\"sources\":%u", e->sources);
	}
	at_buf_puts(out, "}\n");
}

void at_events_write_jsonl(const at_doc *doc, at_buf *out)
{
	for (size_t i = 0; i < doc->nevents; i++)
		write_event(doc, &doc->events[i], out);
}

/* Tabs and newlines inside a field become spaces so columns stay aligned. */
static void tsv_field(at_buf *out, const char *s, size_t n)
{
	at_buf_putc(out, '\t');
	if (!s)
		return;
	for (size_t i = 0; i < n; i++)
		at_buf_putc(out, s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i]);
}

static void tsv_str(at_buf *out, const char *s)
{
	tsv_field(out, s, s ? strlen(s) : 0);
}

static void tsv_mention(const at_doc *doc, int32_t m, const char *code, at_buf *out)
{
	if (m < 0 || (size_t)m >= doc->nmentions) {
		tsv_str(out, NULL);
		tsv_str(out, NULL);
		return;
	}
	const at_mention *me = &doc->mentions[m];
	tsv_field(out, doc->text + me->start, me->end - me->start);
	tsv_str(out, code ? code : me->code);
}

/* Columns (docs/event-record.md): id doc sent code root quad goldstein
 * plover source_text source_code target_text target_code date
 * date_precision location_name country lat lon modality confidence
 * negated sentence. */
void at_events_write_tsv(const at_doc *doc, at_buf *out)
{
	for (size_t i = 0; i < doc->nevents; i++) {
		const at_event *e = &doc->events[i];
		const at_cameo_code *cb = at_codebook_find(e->code);
		const at_sentence *s = &doc->sents[e->sent];
		at_buf_puts(out, e->id);
		tsv_str(out, doc->id);
		at_buf_printf(out, "\t%u", e->sent);
		tsv_str(out, e->code);
		tsv_field(out, e->code, 2);
		if (cb)
			at_buf_printf(out, "\t%d\t%.1f", cb->quad, cb->goldstein);
		else
			at_buf_puts(out, "\t\t");
		tsv_str(out, cb ? cb->plover : NULL);
		tsv_mention(doc, e->source, e->source_code, out);
		tsv_mention(doc, e->target, e->target_code, out);
		tsv_str(out, e->date);
		tsv_str(out, e->date ? precision_name(e->date_precision) : NULL);
		const at_place *pl = e->place >= 0 && (size_t)e->place < doc->nplaces ? &doc->places[e->place] : NULL;
		tsv_str(out, pl ? pl->name : NULL);
		tsv_str(out, pl && pl->country3[0] ? pl->country3 : NULL);
		if (pl)
			at_buf_printf(out, "\t%.4f\t%.4f", pl->lat, pl->lon);
		else
			at_buf_puts(out, "\t\t");
		tsv_str(out, modality_names[e->modality < 4 ? e->modality : 0]);
		at_buf_printf(out, "\t%.2f\t%s", e->confidence, e->negated ? "true" : "false");
		tsv_field(out, doc->text + s->start, s->end - s->start);
		at_buf_putc(out, '\n');
	}
}
