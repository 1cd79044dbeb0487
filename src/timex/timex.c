/* at_timex_find: runs the recogniser over the document text and files each
 * expression with its words and sentence. */
#include "timex/timex.h"

#include <string.h>

#include "timex/calendar.h"
#include "timex/recognise.h"

/* First token whose span ends after byte `at`. */
static size_t token_after(const at_doc *doc, uint32_t at)
{
	size_t lo = 0, hi = doc->ntokens;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (doc->tokens[mid].end <= at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void place_in_words(const at_doc *doc, at_timex *t)
{
	t->word_first = t->word_last = 0;
	t->sent = 0;
	if (!doc->ntokens)
		return;
	size_t first = token_after(doc, t->start), last = token_after(doc, t->end - 1);
	if (first >= doc->ntokens)
		first = doc->ntokens - 1;
	if (last >= doc->ntokens || doc->tokens[last].start >= t->end)
		last = last > first ? last - 1 : first;
	const at_token *a = &doc->tokens[first], *b = &doc->tokens[last];
	t->word_first = a->word_first;
	t->word_last = b->word_first + (b->word_count ? b->word_count - 1u : 0u);
	if (doc->nsents)
		t->sent = at_doc_word_sentence(doc, t->word_first);
}

/* The full date of a dateline ("WASHINGTON, Oct. 8, 2021 (AP) -"), or NULL. */
static const char *dateline_date(const tx_found *found, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (found[k].dateline)
			return tx_parse_date(found[k].value, &(tx_date){0, 0, 0}) == 0 ? found[k].value : NULL;
	return NULL;
}

int at_timex_find(at_doc *doc)
{
	tx_found *found;
	size_t n;
	doc->ntimexes = 0;
	doc->timexes = NULL;
	doc->dateline_timex = -1;
	if (tx_recognise(doc->arena, doc->text, doc->len, doc->date, doc, &found, &n) != 0)
		return -1;
	const char *from_dateline = doc->date ? NULL : dateline_date(found, n);
	if (from_dateline) {
		/* No document date: the dateline's dates the rest. */
		char date[11];
		memcpy(date, from_dateline, sizeof date);
		if (tx_recognise(doc->arena, doc->text, doc->len, date, doc, &found, &n) != 0)
			return -1;
	}
	if (!n)
		return 0;
	doc->timexes = AT_NEW_N(doc->arena, at_timex, n);
	if (!doc->timexes)
		return -1;
	for (size_t k = 0; k < n; k++) {
		at_timex *t = &doc->timexes[k];
		t->start = found[k].start;
		t->end = found[k].end;
		t->type = found[k].type;
		t->precision = found[k].precision;
		t->value = found[k].value[0] ? at_arena_strdup(doc->arena, found[k].value) : NULL;
		if (found[k].value[0] && !t->value)
			return -1;
		place_in_words(doc, t);
		if (found[k].dateline && doc->dateline_timex < 0)
			doc->dateline_timex = (int)k;
	}
	doc->ntimexes = n;
	return 0;
}
