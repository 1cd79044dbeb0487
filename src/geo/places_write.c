/* The places JSON Lines writer: one toponym per line, in text order. */
#include "geo/places.h"

static void write_place(const at_doc *doc, const at_place *p, at_buf *out)
{
	at_buf_puts(out, "{\"doc\":");
	at_json_str(out, doc->id);
	at_buf_printf(out, ",\"start\":%u,\"end\":%u,\"text\":", p->start, p->end);
	at_json_strn(out, doc->text + p->start, p->end - p->start);
	at_buf_puts(out, ",\"geonames\":");
	if (p->geonames > 0)
		at_buf_printf(out, "\"%d\"", p->geonames);
	else
		at_buf_puts(out, "null");
	at_buf_puts(out, ",\"name\":");
	at_json_str_or_null(out, p->name);
	at_buf_puts(out, ",\"country\":");
	at_json_str_or_null(out, p->country2[0] ? p->country2 : NULL);
	at_buf_puts(out, ",\"country3\":");
	at_json_str_or_null(out, p->country3[0] ? p->country3 : NULL);
	at_buf_puts(out, ",\"admin1\":");
	at_json_str_or_null(out, p->admin1_code);
	at_buf_puts(out, ",\"admin1_name\":");
	at_json_str_or_null(out, p->admin1);
	at_buf_puts(out, ",\"lat\":");
	if (p->name)
		at_json_double(out, p->lat, 5);
	else
		at_buf_puts(out, "null");
	at_buf_puts(out, ",\"lon\":");
	if (p->name)
		at_json_double(out, p->lon, 5);
	else
		at_buf_puts(out, "null");
	at_buf_puts(out, ",\"feature\":");
	at_json_str_or_null(out, p->feature && *p->feature ? p->feature : NULL);
	at_buf_puts(out, ",\"score\":");
	at_json_double(out, p->score, 3);
	at_buf_printf(out, ",\"demonym\":%s,\"actor\":%s,\"dateline\":%s}\n",
		      p->is_demonym ? "true" : "false", p->is_actor ? "true" : "false",
		      p->from_dateline ? "true" : "false");
}

void at_places_write_jsonl(const at_doc *doc, at_buf *out)
{
	for (size_t i = 0; i < doc->nplaces; i++)
		write_place(doc, &doc->places[i], out);
}
