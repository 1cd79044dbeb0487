/* Toponym recognition: runs of capitalised words matched against the
 * gazetteer, longest name first, then judged by the words around them
 * (a person's or organisation's name, a common word, a county, a dateline). */
#include "geo/geo.h"

#include "core/tags.h"

#include <stdlib.h>
#include <string.h>

#define MAX_NAME_WORDS 6
#define MAX_RUN_WORDS 10

static int is_capitalised(const char *form)
{
	unsigned char c = (unsigned char)form[0];
	if (c >= 'A' && c <= 'Z')
		return 1;
	/* Latin-1 and Latin Extended-A capitals: Á..Þ, and Ā..ž's even halves are
	 * too irregular to list; Á..Þ covers the names that matter (Ísafjörður,
	 * Óbidos, Ürümqi). */
	return c == 0xC3 && (unsigned char)form[1] >= 0x80 && (unsigned char)form[1] <= 0x9E;
}

static int is_all_caps(const char *s, size_t n)
{
	int letters = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'a' && c <= 'z')
			return 0;
		letters += c >= 'A' && c <= 'Z';
	}
	return letters > 0;
}

typedef struct sent_ctx {
	geo_work *w;
	const at_sentence *s;
	int tagged;
	uint32_t skip_from, skip_until;   /* the dateline's words, already taken */
} sent_ctx;

static const at_word *word(const sent_ctx *c, uint32_t i)
{
	return &c->w->doc->words[i];
}

static int is_name_word(const sent_ctx *c, uint32_t i)
{
	const at_word *wd = word(c, i);
	if (!is_capitalised(wd->form))
		return 0;
	if (i == c->s->word_first && at_word_in(wd->form, geo_function_words))
		return 0;
	return 1;
}

static int is_connector(const sent_ctx *c, uint32_t i)
{
	return at_word_in(word(c, i)->form, geo_connectors);
}

/* The end (inclusive) of the run of name words starting at i; up to three
 * geo_connectors may join names ("Republic of the Congo", "Port-au-Prince"). */
static uint32_t run_end(const sent_ctx *c, uint32_t i)
{
	uint32_t last = c->s->word_first + c->s->word_count - 1, end = i;
	while (end < last && end - i + 1 < MAX_RUN_WORDS) {
		uint32_t k = end + 1;
		while (k <= last && k - end <= 3 && is_connector(c, k) && !is_capitalised(word(c, k)->form))
			k++;
		if (k > last || k - end > 4 || !is_name_word(c, k))
			break;
		end = k;
	}
	return end;
}

/* The key of words a..b, from their forms: a word split from its token
 * ("Mexico" of "Mexico's") spans the whole token in the text. */
static size_t span_key(const at_doc *doc, uint32_t a, uint32_t b, char *key, size_t cap)
{
	char buf[GZ_MAX_KEY * 2];
	size_t n = 0;
	for (uint32_t i = a; i <= b; i++) {
		size_t len = strlen(doc->words[i].form);
		if (n + len + 1 >= sizeof buf)
			return 0;
		memcpy(buf + n, doc->words[i].form, len);
		n += len;
		if (i < b && doc->words[i].space_after)
			buf[n++] = ' ';
	}
	return gz_normalize(buf, n, key, cap);
}

static uint64_t lookup_span(const sent_ctx *c, uint32_t a, uint32_t b, gz_match *m)
{
	char key[GZ_MAX_KEY];
	size_t n = span_key(c->w->doc, a, b, key, sizeof key);
	if (n < 2 || at_word_in(key, geo_stop_names) || !gz_lookup(c->w->g, key, n, m))
		return 0;
	return gz_hash(key, n) | 1;
}

static int prev_is(const sent_ctx *c, uint32_t i, const char *const *list)
{
	return i > c->s->word_first && at_word_in(word(c, i - 1)->form, list);
}

static int lower_prev_is(const sent_ctx *c, uint32_t i, const char *const *list)
{
	if (i <= c->s->word_first)
		return 0;
	char lower[32];
	const char *f = word(c, i - 1)->form;
	size_t n = strlen(f);
	if (n >= sizeof lower)
		return 0;
	for (size_t k = 0; k <= n; k++)
		lower[k] = (char)((f[k] >= 'A' && f[k] <= 'Z') ? f[k] - 'A' + 'a' : f[k]);
	return at_word_in(lower, list);
}

static int has_demonym_candidate(const gz_match *m)
{
	for (uint32_t k = 0; k < m->ncands; k++)
		if (m->cands[k] & GZ_CAND_DEMONYM)
			return 1;
	return 0;
}

/* A name that is also an adjective ("Canadian": a Texas town too) used as
 * one: tagged ADJ, or before a lowercase word ("Canadian troops"). */
static int as_demonym(const sent_ctx *c, uint32_t i, const gz_match *m)
{
	if (!has_demonym_candidate(m))
		return 0;
	const at_doc *doc = c->w->doc;
	if (doc->words[i].upos)
		return doc->words[i].upos == AT_ADJ;
	uint32_t last = c->s->word_first + c->s->word_count - 1;
	return i < last && doc->words[i + 1].form[0] >= 'a' && doc->words[i + 1].form[0] <= 'z';
}

/* Checks a single match against what its key's flags demand. */
static int key_allows(const sent_ctx *c, uint32_t a, uint32_t b, const gz_match *m, int alone_in_run)
{
	const at_doc *doc = c->w->doc;
	const char *s = doc->text + doc->words[a].start;
	size_t n = doc->words[b].end - doc->words[a].start;
	if ((m->flags & GZ_KEY_ACRONYM) && !is_all_caps(s, n))
		return 0;
	if (!(m->flags & GZ_KEY_HAS_ACRONYM) && a == b && n > 1 && n <= 5 && is_all_caps(s, n))
		return 0;  /* "NATO", "APC": an acronym the gazetteer spells otherwise */
	if (m->flags & GZ_KEY_ABBREV) {
		size_t after = doc->words[b].end;
		int dotted = s[n - 1] == '.' || (after < doc->len && doc->text[after] == '.');
		return dotted && prev_is(c, a, (const char *const[]){",", NULL});  /* "Fresno, Calif." */
	}
	if (a != b || (m->flags & GZ_KEY_DEMONYM) || as_demonym(c, a, m))
		return 1;
	uint8_t upos = doc->words[a].upos;
	if (c->tagged && upos != AT_PROPN && upos != AT_NOUN && upos != AT_X)
		return 0;
	/* A common word ("Industry", "Mission") is a place only alone after a
	 * preposition: "in Industry", not "Ministry of Economy". */
	if ((m->flags & GZ_KEY_COMMON) && !is_all_caps(s, n) &&
	    (alone_in_run == 0 || !lower_prev_is(c, a, geo_locatives)))
		return 0;
	return 1;
}

static at_place *add(sent_ctx *c, uint32_t a, uint32_t b, const gz_match *m, uint64_t key_hash)
{
	at_place *p = geo_add_place(c->w, a, b, m, key_hash);
	if (p)
		p->is_demonym = (m->flags & GZ_KEY_DEMONYM) || (a == b && as_demonym(c, a, m));
	return p;
}

static int is_common_word(const sent_ctx *c, uint32_t i)
{
	char lower[48];
	const char *f = word(c, i)->form;
	size_t n = strlen(f);
	if (n >= sizeof lower)
		return 0;
	for (size_t k = 0; k <= n; k++)
		lower[k] = (char)((f[k] >= 'A' && f[k] <= 'Z') ? f[k] - 'A' + 'a' : f[k]);
	return gz_is_common_word(c->w->g, lower, n);
}

/* Remembers a name that was part of a person's name: later mentions of it
 * alone ("Allen" after "Chris Allen") are the person too. */
static int note_person(sent_ctx *c, uint64_t key_hash)
{
	geo_work *w = c->w;
	if (w->npersons == w->persons_cap) {
		uint64_t *keys = at_arena_grow(w->doc->arena, w->person_keys, sizeof *keys, &w->persons_cap);
		if (!keys)
			return -1;
		w->person_keys = keys;
	}
	w->person_keys[w->npersons++] = key_hash;
	return 0;
}

static int ends_with_dot(const sent_ctx *c, uint32_t i)
{
	const char *f = word(c, i)->form;
	return f[0] && f[strlen(f) - 1] == '.';
}

static int has_big_candidate(const geo_work *w, const gz_match *m);

static int is_acronym_country(const sent_ctx *c, uint32_t a, uint32_t b, const gz_match *m)
{
	const at_doc *doc = c->w->doc;
	size_t n = doc->words[b].end - doc->words[a].start;
	return (m->flags & GZ_KEY_HAS_ACRONYM) && is_all_caps(doc->text + doc->words[a].start, n) &&
	       has_big_candidate(c->w, m);
}

/* A sentence's first word before a name: a modifier when the tagger says
 * so ("Neighbouring Israel"); without tags it may be a first name. */
static int sentence_start_modifier(const sent_ctx *c, uint32_t i)
{
	uint8_t upos = word(c, i)->upos;
	return upos == AT_ADJ || upos == AT_VERB || upos == AT_ADV || upos == AT_NUM;
}

/* Every candidate is a town, and none is a capital. */
static int is_small_town(const sent_ctx *c, const gz_match *m)
{
	for (uint32_t k = 0; k < m->ncands; k++) {
		const gz_entry *e = gz_entry_at(c->w->g, m->cands[k] & GZ_CAND_INDEX);
		if (e->kind != GZ_CITY || strcmp(gz_string(c->w->g, e->feature), "PPLC") == 0 ||
		    e->population > 500000)
			return 0;
	}
	return 1;
}

/* Judges one gazetteer match a..b inside the run ra..rb, given whether its
 * neighbours in the run are places too. Returns 0, or -1 on OOM. */
static int judge_match(sent_ctx *c, uint32_t ra, uint32_t rb, uint32_t a, uint32_t b,
		       const gz_match *m, uint64_t hash, int prev_matched, int next_is_place)
{
	if (!key_allows(c, a, b, m, a == ra && b == rb))
		return 0;
	uint32_t last = c->s->word_first + c->s->word_count - 1;
	if (b < last && at_word_in(word(c, b + 1)->form, geo_not_place_after))
		return 0;
	if ((m->flags & GZ_KEY_DEMONYM) || (a == b && as_demonym(c, a, m)))
		return add(c, a, b, m, hash) ? 0 : -1;
	uint32_t fa = a, fb = b;
	int embedded = 0;
	if (b < rb && !next_is_place) {
		const char *next = word(c, b + 1)->form;
		if (at_word_in(next, geo_street_suffixes))
			return 0;  /* the street, found by scan_run */
		if (at_word_in(next, geo_place_suffixes))
			fb = b + 1;
		else if (strcmp(next, "'s") == 0 && b + 2 <= rb && at_word_in(word(c, b + 2)->form, geo_place_suffixes))
			fb = b + 2;  /* "Queen Anne's County" */
		else if (!is_capitalised(next) || at_word_in(next, geo_modifier_heads))
			embedded = 0;  /* "Egypt and Sudan", "U.S. President" */
		else if (at_word_in(next, geo_media))
			embedded = 1;  /* "New York Times" */
		else if (at_word_in(next, geo_org_heads) || is_common_word(c, b + 1))
			embedded = !has_big_candidate(c->w, m);  /* "Georgia Tech"; "U.S. Centers" is meant */
		else if (!ends_with_dot(c, b) && !is_acronym_country(c, a, b, m))
			return note_person(c, hash);  /* "Jordan Peterson"; not "U.S. Jon", "US Centers" */
	} else if (b == rb && b < last && a == b && at_word_in(word(c, b + 1)->form, geo_speech_verbs) &&
		   is_small_town(c, m) && !lower_prev_is(c, a, geo_locatives)) {
		return note_person(c, hash);  /* "Hartl said" */
	}
	if (a > ra && !prev_matched) {
		const char *prev = word(c, a - 1)->form;
		if (at_word_in(prev, geo_titles) || (a - 1 == c->s->word_first && !sentence_start_modifier(c, a - 1)))
			return note_person(c, hash);  /* "President Lincoln", "Will Steele" */
		if (at_word_in(prev, geo_place_prefixes))
			fa = a - 1;
		else if (!is_common_word(c, a - 1) && !at_word_in(prev, geo_org_heads))
			return note_person(c, hash);  /* "George Washington" */
	}
	at_place *p = add(c, fa, fb, m, hash);
	if (!p)
		return -1;
	c->w->found[c->w->doc->nplaces - 1].county =
		fb > b && at_word_in(word(c, fb)->form, (const char *const[]){"County", "Parish", NULL});
	p->is_embedded = (uint8_t)(embedded || (m->flags & GZ_KEY_ORG));
	return 0;
}

typedef struct run_match {
	uint32_t a, b;
	gz_match m;
	uint64_t hash;
} run_match;

/* A run ending in "Street" or "County" names a place even when the
 * gazetteer does not know it ("Main Street", "Licking County"). */
static int add_unknown_place(sent_ctx *c, uint32_t ra, uint32_t rb)
{
	const char *last = word(c, rb)->form;
	if (rb == ra || (!at_word_in(last, geo_street_suffixes) && !at_word_in(last, geo_place_suffixes)))
		return 0;
	at_doc *doc = c->w->doc;
	if (doc->nplaces && doc->places[doc->nplaces - 1].word_last >= rb &&
	    doc->places[doc->nplaces - 1].word_first >= ra)
		return 0;
	if (rb - ra > 2 || (doc->nplaces && doc->places[doc->nplaces - 1].word_last >= ra &&
			     doc->places[doc->nplaces - 1].word_first >= ra))
		return 0;
	gz_match m = {NULL, 0, 0};
	uint64_t hash = 0;
	int county = at_word_in(last, (const char *const[]){"County", "Parish", NULL});
	if (county)
		hash = lookup_span(c, ra, rb - 1, &m);  /* "Orange County": through the town */
	if (!geo_add_place(c->w, ra, rb, &m, hash))
		return -1;
	c->w->found[doc->nplaces - 1].county = (uint8_t)(hash != 0);
	return 0;
}

/* Two one-word names side by side are a person's name ("Nelson Mandela"),
 * unless the second is a country or a state ("Dallas Texas"). */
static int is_name_pair(const sent_ctx *c, const run_match *x, const run_match *y)
{
	if (x->a != x->b || y->a != y->b || ((x->m.flags | y->m.flags) & GZ_KEY_DEMONYM))
		return 0;
	for (uint32_t k = 0; k < y->m.ncands; k++)
		if (gz_entry_at(c->w->g, y->m.cands[k] & GZ_CAND_INDEX)->kind != GZ_CITY)
			return 0;
	return 1;
}

/* An unknown name right after "in" or "near" ("in Kampungu"), or "the
 * village of", is a place the
 * gazetteer lacks, unless a word of it is common ("in Congress") or it
 * goes on into an organisation's name. 1 when added, 0 when not, -1 OOM. */
static int add_unknown_after_prep(sent_ctx *c, uint32_t ra, uint32_t rb)
{
	if (rb - ra > 2 || ra == c->s->word_first)
		return 0;
	const char *prev = word(c, ra - 1)->form;
	int after_of = strcmp(prev, "of") == 0 && ra - 1 > c->s->word_first &&
		       at_word_in(word(c, ra - 2)->form, geo_place_nouns);
	if (!after_of && !at_word_in(prev, geo_place_preps))
		return 0;
	for (uint32_t i = ra; i <= rb; i++) {
		const char *f = word(c, i)->form;
		if (is_common_word(c, i) || at_word_in(f, geo_titles) || at_word_in(f, geo_org_heads) ||
		    at_word_in(f, geo_modifier_heads) || is_all_caps(f, strlen(f)) || !is_capitalised(f))
			return 0;
		char key[GZ_MAX_KEY];
		if (gz_normalize(f, strlen(f), key, sizeof key) && at_word_in(key, geo_stop_names))
			return 0;
	}
	gz_match none = {NULL, 0, 0};
	return geo_add_place(c->w, ra, rb, &none, 0) ? 1 : -1;
}

/* Finds the longest matches left to right in the run ra..rb, then judges
 * each knowing its neighbours. */
static int scan_run(sent_ctx *c, uint32_t ra, uint32_t rb)
{
	run_match found[MAX_RUN_WORDS + 4];  /* run_end may pass the limit by three geo_connectors */
	size_t n = 0;
	for (uint32_t pos = ra; pos <= rb;) {
		if ((is_connector(c, pos) && !is_capitalised(word(c, pos)->form)) ||
		    strcmp(word(c, pos)->form, "The") == 0) {
			pos++;
			continue;
		}
		uint32_t len = rb - pos + 1 < MAX_NAME_WORDS ? rb - pos + 1 : MAX_NAME_WORDS;
		for (; len > 0; len--) {
			uint32_t end = pos + len - 1;
			if ((is_connector(c, end) && !is_capitalised(word(c, end)->form)) ||
			    (end > pos && strcmp(word(c, end)->form, "The") == 0))
				continue;  /* "Mass. The": a missed sentence break */
			if ((found[n].hash = lookup_span(c, pos, end, &found[n].m)) != 0)
				break;
		}
		if (len == 0) {
			pos++;
			continue;
		}
		found[n].a = pos;
		found[n].b = pos + len - 1;
		n++;
		pos += len;
	}
	size_t kept = 0;  /* "Herald" of "New Zealand Herald" is the paper's name */
	for (size_t i = 0; i < n; i++) {
		const char *f = word(c, found[i].a)->form;
		if (found[i].a == found[i].b && (at_word_in(f, geo_media) || at_word_in(f, geo_org_heads)))
			continue;
		found[kept++] = found[i];
	}
	n = kept;
	if (n == 0)
	{
		int added = add_unknown_after_prep(c, ra, rb);
		if (added)
			return added < 0 ? -1 : 0;
		return add_unknown_place(c, ra, rb);
	}
	for (size_t i = 0; i < n; i++) {
		int prev_matched = i > 0 && found[i - 1].b + 1 == found[i].a;
		int next_is_place = i + 1 < n && found[i + 1].a == found[i].b + 1;
		if ((next_is_place && is_name_pair(c, &found[i], &found[i + 1])) ||
		    (prev_matched && is_name_pair(c, &found[i - 1], &found[i]))) {
			if (note_person(c, found[i].hash) != 0)
				return -1;
			continue;
		}
		if (judge_match(c, ra, rb, found[i].a, found[i].b, &found[i].m, found[i].hash,
				prev_matched, next_is_place) != 0)
			return -1;
	}
	return add_unknown_place(c, ra, rb);
}

/* "Washington, D.C.": a name, a comma and a short name that the gazetteer
 * knows as one. Returns the last word used, or 0 when there is none. */
static uint32_t comma_name(sent_ctx *c, uint32_t i, uint32_t end)
{
	uint32_t last = c->s->word_first + c->s->word_count - 1;
	if (end + 2 > last || strcmp(word(c, end + 1)->form, ",") != 0 || !is_name_word(c, end + 2))
		return 0;
	uint32_t e2 = end + 3 <= last && is_name_word(c, end + 3) ? end + 3 : end + 2;
	for (; e2 >= end + 2; e2--) {
		gz_match m;
		uint64_t hash = lookup_span(c, i, e2, &m);
		if (hash && !(m.flags & GZ_KEY_DEMONYM))
			return add(c, i, e2, &m, hash) ? e2 : UINT32_MAX;
	}
	return 0;
}

static int scan_sentence(sent_ctx *c)
{
	uint32_t i = c->s->word_first, last = c->s->word_first + c->s->word_count;
	while (i < last) {
		if (i >= c->skip_from && i < c->skip_until) {
			i = c->skip_until;
			continue;
		}
		if (!is_name_word(c, i)) {
			i++;
			continue;
		}
		uint32_t end = run_end(c, i);
		uint32_t joined = comma_name(c, i, end);
		if (joined == UINT32_MAX)
			return -1;
		if (joined) {
			i = joined + 1;
			continue;
		}
		if (scan_run(c, i, end) != 0)
			return -1;
		i = end + 1;
	}
	return 0;
}

static int u64_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

static int has_big_candidate(const geo_work *w, const gz_match *m)
{
	for (uint32_t k = 0; k < m->ncands; k++)
		if (gz_entry_at(w->g, m->cands[k] & GZ_CAND_INDEX)->kind != GZ_CITY)
			return 1;
	return 0;
}

/* A mention that the text itself places: after a preposition ("in
 * Lincoln"), before ", State", or in the dateline. */
static int is_located(const geo_work *w, size_t i)
{
	const at_doc *doc = w->doc;
	const at_place *p = &doc->places[i];
	if (p->from_dateline)
		return 1;
	if (p->word_first > 0) {
		const char *prev = doc->words[p->word_first - 1].form;
		if (prev[0] >= 'a' && prev[0] <= 'z' && at_word_in(prev, geo_locatives))
			return 1;
	}
	return i + 1 < doc->nplaces && doc->places[i + 1].word_first == p->word_last + 2 &&
	       strcmp(doc->words[p->word_last + 1].form, ",") == 0;
}

static int key_located(const geo_work *w, uint64_t key)
{
	for (size_t i = 0; i < w->doc->nplaces; i++)
		if (w->found[i].key_hash == key && is_located(w, i))
			return 1;
	return 0;
}

/* Drops lone city names that the document also uses as part of a person's
 * name ("Allen" after "Chris Allen"), unless some mention of the name is
 * placed by the text (one sense per document). Runs before the places are
 * sorted, so the dateline place is still the first. */
static void drop_person_names(geo_work *w)
{
	at_doc *doc = w->doc;
	if (!w->npersons)
		return;
	qsort(w->person_keys, w->npersons, sizeof *w->person_keys, u64_cmp);
	size_t n = 0;
	for (size_t i = 0; i < doc->nplaces; i++) {
		const at_place *p = &doc->places[i];
		uint64_t key = w->found[i].key_hash;
		int lone = p->word_first == p->word_last && !p->is_demonym && key &&
			   !has_big_candidate(w, &w->found[i].match);
		if (lone && bsearch(&key, w->person_keys, w->npersons, sizeof key, u64_cmp) &&
		    !key_located(w, key))
			continue;
		doc->places[n] = doc->places[i];
		w->found[n++] = w->found[i];
	}
	doc->nplaces = n;
}

/* "MEXICO CITY, Oct 8 (Reuters) -": capitals at the start of the body, up
 * to a comma, bracket or dash. Returns the first word after the dateline's
 * place, or 0 when there is none (the title, if any, is scanned too). */
static uint32_t find_dateline(sent_ctx *c)
{
	at_doc *doc = c->w->doc;
	uint32_t i = 0;
	while (i < doc->nwords && doc->words[i].start < doc->body_offset)
		i++;
	uint32_t first = i, end = i;
	while (end < doc->nwords && end - first < MAX_NAME_WORDS &&
	       is_all_caps(doc->words[end].form, strlen(doc->words[end].form)))
		end++;
	if (end == first || end >= doc->nwords || !at_word_in(doc->words[end].form, geo_dateline_ends))
		return 0;
	for (uint32_t b = end; b-- > first;) {
		gz_match m;
		uint64_t hash = lookup_span(c, first, b, &m);
		if (!hash || (m.flags & GZ_KEY_DEMONYM))
			continue;
		at_place *p = geo_add_place(c->w, first, b, &m, hash);
		if (!p)
			return UINT32_MAX;
		p->from_dateline = 1;
		doc->dateline_place = (int)(doc->nplaces - 1);
		c->skip_from = first;
		return b + 1;
	}
	return 0;
}

int geo_recognize(geo_work *w)
{
	at_doc *doc = w->doc;
	sent_ctx c = {w, NULL, 0, 0, 0};
	for (size_t i = 0; i < doc->nwords && !c.tagged; i++)
		c.tagged = doc->words[i].upos != 0;
	if (doc->nsents == 0)
		return 0;
	c.s = &doc->sents[0];
	c.skip_until = find_dateline(&c);
	if (c.skip_until == UINT32_MAX)
		return -1;
	for (size_t s = 0; s < doc->nsents; s++) {
		c.s = &doc->sents[s];
		if (scan_sentence(&c) != 0)
			return -1;
	}
	drop_person_names(w);
	return 0;
}
