/* The `attache timex` output: one JSON object per expression. */
#include "timex/timex.h"

static const char *const type_names[] = {"DATE", "TIME", "DURATION", "SET"};

void at_timex_write_jsonl(const at_doc *doc, at_buf *out)
{
	for (size_t k = 0; k < doc->ntimexes; k++) {
		const at_timex *t = &doc->timexes[k];
		at_buf_puts(out, "{\"doc\":");
		at_json_str(out, doc->id);
		at_buf_printf(out, ",\"start\":%u,\"end\":%u,\"sent\":%u,\"text\":", t->start, t->end, t->sent);
		at_json_strn(out, doc->text + t->start, t->end - t->start);
		at_buf_printf(out, ",\"type\":\"%s\",\"value\":", type_names[t->type]);
		at_json_str_or_null(out, t->value);
		if ((int)k == doc->dateline_timex)
			at_buf_puts(out, ",\"dateline\":true");
		at_buf_puts(out, "}\n");
	}
}
