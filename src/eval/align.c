#include "eval/align.h"

#include <strings.h>

/* One past the last word sharing word i's span (a multiword token). */
static size_t group_end(const at_doc *d, size_t i)
{
	size_t j = i + 1;
	while (j < d->nwords && d->words[j].start == d->words[i].start && d->words[j].end == d->words[i].end)
		j++;
	return j;
}

void at_align_words(const at_doc *gold, const at_doc *pred, long *map)
{
	size_t g = 0, p = 0;
	for (size_t i = 0; i < pred->nwords; i++)
		map[i] = -1;
	while (g < gold->nwords && p < pred->nwords) {
		const at_word *gw = &gold->words[g], *pw = &pred->words[p];
		if (gw->start == pw->start && gw->end == pw->end) {
			size_t ge = group_end(gold, g), pe = group_end(pred, p);
			if (ge - g == 1 && pe - p == 1)
				map[p] = (long)g;
			else
				for (size_t k = 0; g + k < ge && p + k < pe; k++)
					if (strcasecmp(gold->words[g + k].form, pred->words[p + k].form) == 0)
						map[p + k] = (long)(g + k);
			g = ge;
			p = pe;
		} else if (gw->end <= pw->start || gw->start < pw->start) {
			g = group_end(gold, g);
		} else {
			p = group_end(pred, p);
		}
	}
}
