/* Places: the stage entry point. Recognise toponyms, link "X, Y" pairs,
 * resolve, then mark metonymy; see geo.h for the parts. */
#include "geo/places.h"
#include "geo/geo.h"

#include <string.h>

/* Where word i ends: a word split from its token ("Mexico" of "Mexico's")
 * carries the token's span, so measure its form instead. */
static uint32_t word_end(const at_doc *doc, uint32_t i)
{
	const at_word *w = &doc->words[i];
	size_t len = strlen(w->form);
	const at_token *t = &doc->tokens[w->token];
	if (t->word_count > 1 && w->start + len <= w->end &&
	    memcmp(doc->text + w->start, w->form, len) == 0)
		return w->start + (uint32_t)len;
	return w->end;
}

at_place *geo_add_place(geo_work *w, uint32_t w0, uint32_t w1, const gz_match *m, uint64_t key_hash)
{
	at_doc *doc = w->doc;
	if (doc->nplaces == w->cap) {
		size_t cap = w->cap;
		at_place *places = at_arena_grow(doc->arena, doc->places, sizeof *places, &cap);
		cap = w->cap;
		geo_found *found = at_arena_grow(doc->arena, w->found, sizeof *found, &cap);
		if (!places || !found)
			return NULL;
		doc->places = places;
		w->found = found;
		w->cap = cap;
	}
	at_place *p = &doc->places[doc->nplaces];
	memset(p, 0, sizeof *p);
	p->word_first = w0;
	p->word_last = w1;
	p->start = doc->words[w0].start;
	p->end = word_end(doc, w1);
	p->sent = at_doc_word_sentence(doc, w0);
	geo_found *f = &w->found[doc->nplaces];
	f->match = *m;
	f->key_hash = key_hash;
	f->qualifier = -1;
	f->county = 0;
	doc->nplaces++;
	return p;
}

/* "Paris, Texas": a place right after a comma qualifies the one before. */
static void link_qualifiers(geo_work *w)
{
	const at_doc *doc = w->doc;
	for (size_t i = 0; i + 1 < doc->nplaces; i++) {
		const at_place *p = &doc->places[i], *q = &doc->places[i + 1];
		if (q->word_first != p->word_last + 2 || q->sent != p->sent || q->is_demonym)
			continue;
		if (strcmp(doc->words[p->word_last + 1].form, ",") == 0)
			w->found[i].qualifier = (int32_t)(i + 1);
	}
}

/* The dateline place was found first; keep places in text order. */
static void sort_places(geo_work *w)
{
	at_doc *doc = w->doc;
	for (size_t i = 1; i < doc->nplaces; i++) {
		at_place p = doc->places[i];
		geo_found f = w->found[i];
		size_t j = i;
		while (j > 0 && doc->places[j - 1].start > p.start) {
			doc->places[j] = doc->places[j - 1];
			w->found[j] = w->found[j - 1];
			j--;
		}
		doc->places[j] = p;
		w->found[j] = f;
		if (doc->dateline_place == (int)i)
			doc->dateline_place = (int)j;
		else if (doc->dateline_place >= (int)j && doc->dateline_place < (int)i)
			doc->dateline_place++;
	}
}

int at_places_find(const at_gazetteer *g, at_doc *doc)
{
	geo_work w;
	memset(&w, 0, sizeof w);
	w.g = g;
	w.doc = doc;
	doc->places = NULL;
	doc->nplaces = 0;
	doc->dateline_place = -1;
	if (!g || !doc->nwords)
		return 0;
	if (geo_recognize(&w) != 0)
		return -1;
	sort_places(&w);
	link_qualifiers(&w);
	geo_resolve(&w);
	geo_mark_metonymy(doc);
	return 0;
}
