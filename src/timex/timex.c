#include "timex/timex.h"

int at_timex_find(at_doc *doc) { (void)doc; return 0; }
void at_timex_date_events(at_doc *doc) { (void)doc; }
void at_timex_write_jsonl(const at_doc *doc, at_buf *out) { (void)doc; (void)out; }
