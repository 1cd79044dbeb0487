/* Event location: the place in the event's own clause ("met in Mexico
 * City"), else a place the sentence puts the event at, else the dateline.
 * Actors (metonymy), demonyms and places inside actor mentions are never
 * locations: an actor's home is not where the event happened. */
#include "geo/places.h"
#include "geo/geo.h"

#include "core/tags.h"

#include <string.h>

static const char *const clause_preps[] = {
	"in", "at", "near", "outside", "inside", "across", "throughout", "around", "to", "into",
	"on", "within", NULL,
};

static const char *const sentence_preps[] = {
	"in", "at", "near", "outside", "inside", "across", "throughout", "within", NULL,
};

/* The lowercase word before the place is one of preps. */
static int after_prep(const at_doc *doc, const at_place *p, const char *const *preps)
{
	const at_sentence *s = &doc->sents[p->sent];
	if (p->word_first <= s->word_first)
		return 0;
	return at_word_in(doc->words[p->word_first - 1].form, preps);
}

static int in_mention(const at_doc *doc, const at_place *p, int32_t mention)
{
	if (mention < 0 || (size_t)mention >= doc->nmentions)
		return 0;
	const at_mention *m = &doc->mentions[mention];
	return m->start <= p->start && p->end <= m->end;
}

/* A place inside an actor's mention is that actor's home, except the
 * event's own target after a preposition: "travel to Washington". */
static int inside_mention(const at_doc *doc, const at_place *p, const at_event *ev)
{
	for (size_t i = at_doc_first_mention(doc, p->sent); i < doc->nmentions && doc->mentions[i].sent == p->sent; i++) {
		const at_mention *m = &doc->mentions[i];
		if (m->start > p->start || p->end > m->end)
			continue;
		if ((int32_t)i == ev->target && after_prep(doc, p, clause_preps))
			continue;
		return 1;
	}
	return 0;
}

static int can_locate(const at_doc *doc, const at_place *p, const at_event *ev)
{
	return !p->is_actor && !p->is_demonym && p->name && !inside_mention(doc, p, ev);
}

uint32_t geo_place_head(const at_doc *doc, const at_place *p)
{
	const at_sentence *s = &doc->sents[p->sent];
	for (uint32_t i = p->word_first; i <= p->word_last; i++) {
		int h = doc->words[i].head;
		if (h <= 0)
			return i;
		uint32_t hw = s->word_first + (uint32_t)h - 1;
		if (hw < p->word_first || hw > p->word_last)
			return i;
	}
	return p->word_last;
}

/* True when word w, or a word of the place's name, has a case marker
 * ("in") among preps. */
static int has_case_child(const at_doc *doc, const at_sentence *s, uint32_t w, const at_place *p,
			  const char *const *preps)
{
	int case_id = at_deprel_id("case");
	for (uint32_t i = s->word_first; i < s->word_first + s->word_count; i++) {
		const at_word *wd = &doc->words[i];
		if (wd->deprel != case_id || wd->head <= 0)
			continue;
		uint32_t head = s->word_first + (uint32_t)wd->head - 1;
		if (head != w && (head < p->word_first || head > p->word_last))
			continue;  /* the marker may hang on any word of the name: "to Mexico City" */
		char lower[16];
		size_t n = strlen(wd->form);
		if (n >= sizeof lower)
			continue;
		for (size_t k = 0; k <= n; k++)
			lower[k] = (char)((wd->form[k] >= 'A' && wd->form[k] <= 'Z') ? wd->form[k] + 32 : wd->form[k]);
		if (at_word_in(lower, preps))
			return 1;
	}
	return 0;
}

static const char *universal_rel(const at_word *w)
{
	return w->deprel ? at_deprel_names[at_deprel_universal(w->deprel)] : "";
}

/* The word w hangs on, or UINT32_MAX at the root. */
static uint32_t head_of(const at_doc *doc, const at_sentence *s, uint32_t w)
{
	int h = doc->words[w].head;
	return h > 0 ? s->word_first + (uint32_t)h - 1 : UINT32_MAX;
}

/* Where a locative phrase can hang and still place the event, and the
 * prepositions it may have there: on the anchor, any of the clause's
 * ("travel to Washington"); on one of the anchor's participants, only
 * those that say where ("met Lopez Obrador in Mexico City", wherever the
 * parser puts the phrase; not "extradite suspects to Mexico"); on the word
 * whose purpose the anchor is, the clause's ("travel to Washington to
 * meet", "were in Mexico to meet"). NULL where it does not place it. */
static const char *const *preps_placing(const at_doc *doc, const at_sentence *s, uint32_t head,
					uint32_t anchor)
{
	static const char *const participant_rels[] = {"nsubj", "obj", "iobj", NULL};
	static const char *const governed_rels[] = {"xcomp", "advcl", NULL};
	if (head == anchor)
		return clause_preps;
	if (head_of(doc, s, head) == anchor && at_word_in(universal_rel(&doc->words[head]), participant_rels))
		return sentence_preps;
	if (head_of(doc, s, anchor) == head && at_word_in(universal_rel(&doc->words[anchor]), governed_rels))
		return clause_preps;
	return NULL;
}

/* True when the place hangs, as an oblique (or a noun modifier of one: "in
 * the city of X") marked by a locative preposition, where it places the
 * anchor. */
static int in_clause(const at_doc *doc, const at_place *p, uint32_t anchor)
{
	const at_sentence *s = &doc->sents[p->sent];
	uint32_t w = geo_place_head(doc, p);
	for (int hops = 0; hops < 3; hops++) {
		uint32_t head = head_of(doc, s, w);
		const char *rel = universal_rel(&doc->words[w]);
		int oblique = strcmp(rel, "obl") == 0 || strcmp(rel, "nmod") == 0 || strcmp(rel, "advmod") == 0;
		if (head == UINT32_MAX || !oblique)
			return 0;
		const char *const *preps = preps_placing(doc, s, head, anchor);
		if (preps)
			return has_case_child(doc, s, w, p, preps);
		w = head;
	}
	return 0;
}

/* Without the tree: a place right after a locative preposition. */
static int after_locative(const at_doc *doc, const at_place *p)
{
	const at_sentence *s = &doc->sents[p->sent];
	uint32_t i = p->word_first;
	while (i > s->word_first && i + 3 > p->word_first) {
		const char *f = doc->words[i - 1].form;
		if (at_word_in(f, sentence_preps))
			return 1;
		if (strcmp(f, "the") != 0 && strcmp(f, "city") != 0 && strcmp(f, "of") != 0)
			return 0;
		i--;
	}
	return 0;
}

static void locate(at_doc *doc, at_event *ev)
{
	int sentence_pick = -1;
	for (size_t i = at_doc_first_place(doc, ev->sent); i < doc->nplaces && doc->places[i].sent == ev->sent; i++) {
		const at_place *p = &doc->places[i];
		if (p->is_actor || p->is_demonym || !p->name || in_mention(doc, p, ev->source))
			continue;
		if (in_clause(doc, p, ev->anchor)) {  /* the tree outranks mention spans */
			ev->place = (int32_t)i;
			ev->location_how = AT_LOC_CLAUSE;
			return;
		}
		if (sentence_pick < 0 && can_locate(doc, p, ev) && after_locative(doc, p))
			sentence_pick = (int)i;
	}
	if (sentence_pick >= 0) {
		ev->place = sentence_pick;
		ev->location_how = AT_LOC_SENTENCE;
	} else if (doc->dateline_place >= 0 && doc->places[doc->dateline_place].name) {
		ev->place = doc->dateline_place;
		ev->location_how = AT_LOC_DATELINE;
	} else {
		ev->place = -1;
		ev->location_how = AT_LOC_NONE;
	}
}

void at_places_locate_events(at_doc *doc)
{
	for (size_t i = 0; i < doc->nevents; i++)
		locate(doc, &doc->events[i]);
}
