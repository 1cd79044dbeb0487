#include "eval/timex_eval.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int overlap(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1)
{
	return a0 < b1 && b0 < a1;
}

static const char *const type_names[] = {"DATE", "TIME", "DURATION", "SET"};

/* One line per span, with the words around it (line breaks as spaces). */
static void print_span(FILE *f, const char *what, const at_doc *doc, uint32_t start, uint32_t end,
		       int type, const char *value)
{
	uint32_t from = start > 60 ? start - 60 : 0, to = end + 40 < doc->len ? end + 40 : (uint32_t)doc->len;
	fprintf(f, "%s\t%s\t%.*s\t%s\t%s\t", what, doc->id, (int)(end - start), doc->text + start,
		type_names[type], value ? value : "-");
	for (uint32_t k = from; k < to; k++) {
		if (k == start)
			fputs("[[", f);
		fputc(doc->text[k] == '\n' || doc->text[k] == '\t' ? ' ' : doc->text[k], f);
		if (k + 1 == end)
			fputs("]]", f);
	}
	fprintf(f, "\t%s\n", doc->date ? doc->date : "-");
}

void at_timex_score_doc(at_timex_score *score, const tx_gold *gold, size_t ngold,
			const at_doc *doc, void *errors)
{
	FILE *err = errors;
	size_t nsys = doc->ntimexes;
	unsigned char *used_sys = calloc(nsys + 1, 1);
	if (!used_sys)
		nsys = 0;  /* out of memory: the document counts as unanswered */
	score->gold += ngold;
	score->sys += nsys;
	for (size_t g = 0; g < ngold; g++) {
		const tx_gold *G = &gold[g];
		size_t match = nsys;
		for (size_t k = 0; k < nsys; k++) {
			const at_timex *t = &doc->timexes[k];
			if (!used_sys[k] && overlap(G->start, G->end, t->start, t->end)) {
				match = k;
				break;
			}
		}
		if (match == nsys) {
			if (err)
				print_span(err, "MISS", doc, G->start, G->end, G->type, G->value);
			continue;
		}
		const at_timex *t = &doc->timexes[match];
		used_sys[match] = 1;
		score->relaxed++;
		score->strict += t->start == G->start && t->end == G->end;
		score->type_ok += t->type == G->type;
		int value_ok = t->value && G->value && strcmp(t->value, G->value) == 0;
		score->value_ok += value_ok;
		if (err && (!value_ok || t->start != G->start || t->end != G->end || t->type != G->type)) {
			print_span(err, "GOLD", doc, G->start, G->end, G->type, G->value);
			print_span(err, " SYS", doc, t->start, t->end, t->type, t->value);
		}
	}
	for (size_t k = 0; k < nsys && err; k++)
		if (!used_sys[k])
			print_span(err, "SPUR", doc, doc->timexes[k].start, doc->timexes[k].end,
				   doc->timexes[k].type, doc->timexes[k].value);
	free(used_sys);
}

static double ratio(size_t a, size_t b)
{
	return b ? 100.0 * (double)a / (double)b : 0.0;
}

static double f1(double p, double r)
{
	return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

at_timex_figures at_timex_score_figures(const at_timex_score *s)
{
	at_timex_figures f;
	/* One-to-one pairing makes matched system and gold counts equal. */
	f.strict_p = ratio(s->strict, s->sys);
	f.strict_r = ratio(s->strict, s->gold);
	f.strict_f1 = f1(f.strict_p, f.strict_r);
	f.relaxed_p = ratio(s->relaxed, s->sys);
	f.relaxed_r = ratio(s->relaxed, s->gold);
	f.relaxed_f1 = f1(f.relaxed_p, f.relaxed_r);
	f.value_acc = ratio(s->value_ok, s->relaxed);
	f.type_acc = ratio(s->type_ok, s->relaxed);
	f.value_f1 = f1(ratio(s->value_ok, s->sys), ratio(s->value_ok, s->gold));
	f.type_f1 = f1(ratio(s->type_ok, s->sys), ratio(s->type_ok, s->gold));
	return f;
}
