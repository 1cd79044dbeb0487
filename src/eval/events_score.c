/* Scoring coded events against a suite record. */
#include "eval/events_eval.h"

#include <string.h>

static int same(const at_ev_expect *x, const at_event *e)
{
	return strcmp(x->code, e->code) == 0 && strcmp(x->source, e->source_code) == 0 &&
	       strcmp(x->target, e->target_code) == 0;
}

void at_ev_score(const at_ev_record *r, const at_doc *doc, at_ev_result *res)
{
	memset(res, 0, sizeof *res);
	res->expected = r->nevents;
	unsigned char used[64] = {0};
	for (size_t i = 0; i < doc->nevents; i++) {
		const at_event *e = &doc->events[i];
		if (!e->source_code || !e->target_code || e->negated)
			continue;
		res->produced++;
		for (size_t k = 0; k < r->nevents && k < sizeof used; k++)
			if (!used[k] && same(&r->events[k], e)) {
				used[k] = 1;
				res->matched++;
				break;
			}
	}
	res->correct = res->matched == res->expected && res->produced == res->expected;
}
