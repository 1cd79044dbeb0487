/* at_actors_find: the steps of find.h in order, then mentions sorted by
 * position. */
#include "actors/actors.h"
#include "actors/codes.h"
#include "actors/find.h"

#include <stdlib.h>
#include <string.h>

static int by_position(const void *a, const void *b)
{
	const at_mention *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->end > y->end) - (x->end < y->end);
}

/* Sorting moves mentions; each entity's first mention is found again. */
static void sort_mentions(at_doc *doc)
{
	if (!doc->nmentions)
		return;
	qsort(doc->mentions, doc->nmentions, sizeof *doc->mentions, by_position);
	for (size_t e = 0; e < doc->nentities; e++)
		doc->entities[e].first_mention = UINT32_MAX;
	for (size_t i = 0; i < doc->nmentions; i++) {
		int32_t e = doc->mentions[i].entity;
		if (e >= 0 && doc->entities[e].first_mention == UINT32_MAX)
			doc->entities[e].first_mention = (uint32_t)i;
	}
}

int at_actors_find(const at_actor_dict *d, at_doc *doc)
{
	doc->mentions = NULL;
	doc->nmentions = 0;
	doc->entities = NULL;
	doc->nentities = 0;
	if (!d || !doc->nwords)
		return 0;
	af_state st;
	memset(&st, 0, sizeof st);
	st.dict = d;
	st.doc = doc;
	st.date = ad_iso_date(doc->date);
	if (af_build_units(&st) != 0 || af_match(&st) != 0 || af_chunk_sentences(&st) != 0)
		return -1;
	af_find_dominant(&st);
	if (af_code_chunks(&st) != 0 || af_pronouns(&st) != 0)
		return -1;
	sort_mentions(doc);
	return 0;
}
