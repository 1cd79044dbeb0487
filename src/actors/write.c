/* at_actors_write_jsonl: one JSON object per mention. */
#include "actors/actors.h"

static const char *const how_names[] = {"dictionary", "title", "coreference", "agent", "country", "place", "surname"};

void at_actors_write_jsonl(const at_doc *doc, at_buf *out)
{
	for (size_t i = 0; i < doc->nmentions; i++) {
		const at_mention *m = &doc->mentions[i];
		const at_entity *e = m->entity >= 0 ? &doc->entities[m->entity] : NULL;
		at_buf_puts(out, "{\"doc\":");
		at_json_str(out, doc->id ? doc->id : "");
		at_buf_printf(out, ",\"sent\":%u,\"start\":%u,\"end\":%u,\"text\":", m->sent, m->start, m->end);
		at_json_strn(out, doc->text + m->start, m->end - m->start);
		at_buf_puts(out, ",\"entity\":");
		at_json_str_or_null(out, e ? e->name : NULL);
		at_buf_printf(out, ",\"entity_id\":%d,\"code\":", m->entity);
		at_json_str_or_null(out, m->code);
		at_buf_puts(out, ",\"how\":");
		at_json_str(out, m->how < sizeof how_names / sizeof how_names[0] ? how_names[m->how] : "unknown");
		at_buf_printf(out, ",\"person\":%s}\n", m->is_person ? "true" : "false");
	}
}
