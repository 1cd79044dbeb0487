#include "link/linker.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/hash.h"
#include "link/stem.h"
#include "timex/calendar.h"
#include "link/strmap.h"

/* ------------------------------------------------------------ item fields */

static int32_t days_from_civil(int y, int m, int d)
{
	return (int32_t)tx_days((tx_date){y, m, d});
}

void at_link_item_set_date(at_link_item *item, const char *date)
{
	int y, m, d, w;
	item->day_from = item->day_to = AT_LINK_UNDATED;
	if (!date)
		return;
	if (sscanf(date, "%4d-%2d-%2d", &y, &m, &d) == 3 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
		item->day_from = item->day_to = days_from_civil(y, m, d);
	} else if (sscanf(date, "%4d-W%2d", &y, &w) == 2 && w >= 1 && w <= 53) {
		/* ISO week 1 holds January 4th; weeks start on Monday. */
		tx_date jan4 = {y, 1, 4};
		int32_t monday = days_from_civil(y, 1, 4) - tx_weekday(jan4);
		item->day_from = monday + 7 * (w - 1);
		item->day_to = item->day_from + 6;
	} else if (sscanf(date, "%4d-%2d", &y, &m) == 2 && m >= 1 && m <= 12) {
		item->day_from = days_from_civil(y, m, 1);
		item->day_to = item->day_from + tx_days_in_month(y, m) - 1;
	} else if (sscanf(date, "%4d", &y) == 1 && y > 0) {
		item->day_from = days_from_civil(y, 1, 1);
		item->day_to = days_from_civil(y, 12, 31);
	}
}

void at_link_day_string(int32_t day, char out[11])
{
	tx_date d = tx_from_days(day);
	unsigned y = (unsigned)d.y % 10000u, m = (unsigned)d.m % 100u, dd = (unsigned)d.d % 100u;
	snprintf(out, 11, "%04u-%02u-%02u", y, m, dd);
}

static void add_sorted(uint64_t *set, uint8_t *n, uint8_t cap, uint64_t v)
{
	uint8_t i = 0;
	while (i < *n && set[i] < v)
		i++;
	if ((i < *n && set[i] == v) || *n == cap)
		return;
	memmove(set + i + 1, set + i, (size_t)(*n - i) * sizeof *set);
	set[i] = v;
	(*n)++;
}

static uint64_t lower_hash(const char *s, size_t n)
{
	char buf[128];
	size_t k = n < sizeof buf ? n : sizeof buf;
	for (size_t i = 0; i < k; i++)
		buf[i] = (char)tolower((unsigned char)s[i]);
	return at_hash_bytes(buf, k);
}

void at_link_item_add_name(at_link_item *item, const char *name)
{
	if (name && *name)
		add_sorted(item->names, &item->nnames, AT_LINK_NAMES, lower_hash(name, strlen(name)));
}

static void add_word(at_link_item *item, const char *form, size_t n, const char *lemma)
{
	char low[64], key[72];
	if (n == 0 || n >= sizeof low || !isalpha((unsigned char)form[0]))
		return;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)form[i]);
	low[n] = '\0';
	size_t k = lemma ? (size_t)snprintf(key, sizeof key, "%s", lemma) : at_stem(form, n, key, sizeof key);
	if (k >= sizeof key || at_stem_is_stopword(low) || at_stem_is_stopword(key))
		return;
	add_sorted(item->words, &item->nwords, AT_LINK_WORDS, lower_hash(key, k));
}

void at_link_item_set_text(at_link_item *item, const char *text)
{
	item->nwords = 0;
	for (const char *p = text; p && *p;) {
		while (*p && !isalnum((unsigned char)*p))
			p++;
		const char *start = p;
		while (*p && (isalnum((unsigned char)*p) || *p == '-' || *p == '\''))
			p++;
		add_word(item, start, (size_t)(p - start), NULL);
	}
}

static void copy_actor(char out[4], const char *code)
{
	size_t n = code ? strlen(code) : 0;
	n = n < 3 ? n : 3;
	memcpy(out, code ? code : "", n);
	out[n] = '\0';
}

static void add_mention_name(const at_doc *doc, int32_t mi, at_link_item *item)
{
	if (mi < 0 || (size_t)mi >= doc->nmentions)
		return;
	int32_t e = doc->mentions[mi].entity;
	if (e >= 0 && (size_t)e < doc->nentities)
		at_link_item_add_name(item, doc->entities[e].name);
}

void at_link_item_from_event(const at_doc *doc, const at_event *ev, at_link_item *item)
{
	memset(item, 0, sizeof *item);
	memcpy(item->event_id, ev->id, sizeof item->event_id);
	item->event_id[12] = '\0';
	item->doc = doc->id ? at_hash_bytes(doc->id, strlen(doc->id)) : (uint64_t)(uintptr_t)doc;
	memcpy(item->code, ev->code, sizeof item->code);
	copy_actor(item->source, ev->source_code);
	copy_actor(item->target, ev->target_code);
	at_link_item_set_date(item, ev->date ? ev->date : doc->date);
	if (ev->place >= 0 && (size_t)ev->place < doc->nplaces) {
		const at_place *p = &doc->places[ev->place];
		item->geonames = p->geonames;
		memcpy(item->country2, p->country2, sizeof item->country2);
	}
	add_mention_name(doc, ev->source, item);
	add_mention_name(doc, ev->target, item);
	for (size_t i = at_doc_first_mention(doc, ev->sent); i < doc->nmentions && doc->mentions[i].sent == ev->sent;
	     i++)
		add_mention_name(doc, (int32_t)i, item);
	if (ev->sent < doc->nsents) {
		const at_sentence *s = &doc->sents[ev->sent];
		for (uint32_t w = s->word_first; w < s->word_first + s->word_count && w < doc->nwords; w++) {
			const at_word *word = &doc->words[w];
			add_word(item, word->form, strlen(word->form), word->lemma);
		}
	}
}

/* ----------------------------------------------------------- hash tables */

/* uint64 -> int32, open addressing; key 0 is stored as 1 (keys are hashes). */
typedef struct u64map {
	uint64_t *keys;
	int32_t *vals;
	size_t nslots, count;
} u64map;

static void u64map_free(u64map *m)
{
	free(m->keys);
	free(m->vals);
}

static size_t u64map_slot(const u64map *m, uint64_t key)
{
	size_t mask = m->nslots - 1, i = (size_t)(key * 0x9e3779b97f4a7c15ULL >> 17) & mask;
	while (m->keys[i] && m->keys[i] != key)
		i = (i + 1) & mask;
	return i;
}

/* The value slot for key, created with init when absent; NULL when out of memory. */
static int32_t *u64map_at(u64map *m, uint64_t key, int32_t init)
{
	key = key ? key : 1;
	if ((m->count + 1) * 2 > m->nslots) {
		u64map bigger = {NULL, NULL, m->nslots ? m->nslots * 2 : 1024, 0};
		bigger.keys = calloc(bigger.nslots, sizeof *bigger.keys);
		bigger.vals = calloc(bigger.nslots, sizeof *bigger.vals);
		if (!bigger.keys || !bigger.vals) {
			u64map_free(&bigger);
			return NULL;
		}
		for (size_t i = 0; i < m->nslots; i++)
			if (m->keys[i]) {
				size_t j = u64map_slot(&bigger, m->keys[i]);
				bigger.keys[j] = m->keys[i];
				bigger.vals[j] = m->vals[i];
			}
		bigger.count = m->count;
		u64map_free(m);
		*m = bigger;
	}
	size_t i = u64map_slot(m, key);
	if (!m->keys[i]) {
		m->keys[i] = key;
		m->vals[i] = init;
		m->count++;
	}
	return &m->vals[i];
}

static int32_t u64map_get(const u64map *m, uint64_t key, int32_t missing)
{
	if (!m->nslots)
		return missing;
	key = key ? key : 1;
	size_t i = u64map_slot(m, key);
	return m->keys[i] ? m->vals[i] : missing;
}

/* ---------------------------------------------------------------- linker */

typedef struct member {
	at_link_item item;
	int32_t cluster;
	int32_t next;       /* next member of the same cluster, -1 at the end */
} member;

typedef struct cluster {
	char id[13];
	int32_t first, last;
	uint32_t sources;
	uint32_t stamp;     /* last query that listed it as a candidate */
} cluster;

typedef struct cell {
	int32_t cluster, next;
} cell;

struct at_linker {
	at_arena *arena;
	member *members;
	size_t nmembers, member_cap;
	cluster *clusters;
	size_t nclusters, cluster_cap;
	cell *cells;
	size_t ncells, cell_cap;
	at_strmap events;    /* event id -> index into event_member */
	int32_t *event_member;
	size_t event_cap;
	at_strmap ids;       /* cluster id -> cluster */
	u64map block;        /* blocking key -> first cell */
	u64map freq;         /* word hash -> number of events holding it */
	uint64_t counted;    /* events whose words freq counts */
	u64map fresh;        /* the counts added since at_linker_take_counts */
	uint64_t fresh_counted;
	u64map loaded;       /* weeks the loader was asked for */
	at_link_loader loader;
	at_link_taken taken;
	void *loader_ctx;
	int32_t newest_week; /* of the events linked so far */
	size_t max_members;  /* with a loader: evict old weeks beyond this */
	size_t evict_at;
	uint32_t stamp;
};

/* Beyond this many members a cluster is compared through its latest ones
 * (and through at most four times as many when most of those are of
 * another place or day);
 * a block key offers its latest MAX_CANDIDATES entries (more only in
 * documents that repeat one dyad thousands of times in a week, where
 * comparing with all would make linking quadratic). With a loader, the
 * linker keeps about DEFAULT_MAX_MEMBERS events (some 100 MB), and on
 * eviction the clusters of the last KEEP_WEEKS weeks. */
enum { MAX_COMPARED = 64, MAX_WEEKS = 3, KEEP_WEEKS = 8, DEFAULT_MAX_MEMBERS = 1 << 18, MAX_CANDIDATES = 2048 };

at_linker *at_linker_new(void)
{
	at_linker *l = calloc(1, sizeof *l);
	if (!l || !(l->arena = at_arena_new(1 << 14))) {
		free(l);
		return NULL;
	}
	at_strmap_init(&l->events, l->arena);
	at_strmap_init(&l->ids, l->arena);
	l->max_members = l->evict_at = DEFAULT_MAX_MEMBERS;
	l->newest_week = INT32_MIN;
	return l;
}

void at_linker_free(at_linker *l)
{
	if (!l)
		return;
	free(l->members);
	free(l->clusters);
	free(l->cells);
	free(l->event_member);
	at_strmap_free(&l->events);
	at_strmap_free(&l->ids);
	u64map_free(&l->block);
	u64map_free(&l->freq);
	u64map_free(&l->fresh);
	u64map_free(&l->loaded);
	at_arena_free(l->arena);
	free(l);
}

static int is_symmetric(const char *code)
{
	return code[0] == '0' && code[1] == '4';
}

static int same_root(const at_link_item *a, const at_link_item *b)
{
	return a->code[0] == b->code[0] && a->code[1] == b->code[1];
}

/* An absent target matches any: reports often omit the other side. */
static int actors_match(const char *s1, const char *t1, const char *s2, const char *t2)
{
	return strcmp(s1, s2) == 0 && (!*t1 || !*t2 || strcmp(t1, t2) == 0);
}

static int actors_compatible(const at_link_item *a, const at_link_item *b)
{
	return actors_match(a->source, a->target, b->source, b->target) ||
	       (is_symmetric(a->code) && is_symmetric(b->code) &&
		actors_match(a->source, a->target, b->target, b->source));
}

/* Two full dyads that disagree: a cluster holding one cannot take the
 * other, even through a member whose target is unknown. */
static int dyads_conflict(const at_link_item *a, const at_link_item *b)
{
	return *a->target && *b->target && same_root(a, b) && !actors_compatible(a, b);
}

static int compatible(const at_link_item *a, const at_link_item *b)
{
	if (!same_root(a, b) || !actors_compatible(a, b))
		return 0;
	if (a->day_from == AT_LINK_UNDATED || b->day_from == AT_LINK_UNDATED) {
		if (a->doc != b->doc)
			return 0;
	} else if (a->day_from > b->day_to + 1 || b->day_from > a->day_to + 1) {
		return 0;
	}
	return !a->country2[0] || !b->country2[0] || strcmp(a->country2, b->country2) == 0;
}

static size_t shared(const uint64_t *a, uint8_t na, const uint64_t *b, uint8_t nb)
{
	size_t s = 0;
	for (uint8_t i = 0, j = 0; i < na && j < nb;) {
		if (a[i] == b[j])
			s++, i++, j++;
		else if (a[i] < b[j])
			i++;
		else
			j++;
	}
	return s;
}

static double idf(const at_linker *l, uint64_t word)
{
	double df = u64map_get(&l->freq, word, 0);
	return log((1.0 + (double)l->counted) / (1.0 + df)) + 1;
}

/* tf-idf cosine of two sentences' word sets, frequencies counted so far. */
static double word_cosine(const at_linker *l, const at_link_item *a, const at_link_item *b)
{
	double dot = 0, na = 0, nb = 0;
	for (uint8_t i = 0; i < a->nwords; i++) {
		double w = idf(l, a->words[i]);
		na += w * w;
	}
	for (uint8_t i = 0; i < b->nwords; i++) {
		double w = idf(l, b->words[i]);
		nb += w * w;
	}
	for (uint8_t i = 0, j = 0; i < a->nwords && j < b->nwords;) {
		if (a->words[i] == b->words[j]) {
			double w = idf(l, a->words[i]);
			dot += w * w;
			i++, j++;
		} else if (a->words[i] < b->words[j]) {
			i++;
		} else {
			j++;
		}
	}
	return na > 0 && nb > 0 ? dot / sqrt(na * nb) : 0;
}

/* Evidence that two compatible events are one: a shared named participant
 * counts as much as half the sentence similarity scale; the same exact code
 * or the same resolved place adds half. Within one document, compatible
 * events with the same code are repeated mentions. */
static double evidence(const at_linker *l, const at_link_item *a, const at_link_item *b)
{
	double e = 2 * word_cosine(l, a, b);
	e += shared(a->names, a->nnames, b->names, b->nnames) > 0;
	e += 0.5 * (strcmp(a->code, b->code) == 0);
	e += 0.5 * (a->geonames && a->geonames == b->geonames);
	return e;
}

static double threshold_for(const at_link_item *a, const at_link_item *b)
{
	return a->doc == b->doc ? 0.5 : 1.0;
}

/* The week of a day, counted from the one 1970-01-01 begins (weeks before
 * it negative). */
static int32_t week_of(int32_t day)
{
	return day >= 0 ? day / 7 : -((6 - day) / 7);
}

/* Blocking keys: (week, root, actor) for each actor the event has, or
 * (document, root) for undated events. Vague dates (a month, a year) use
 * their first week only: they link when another report pins the week. */
static size_t block_keys(const at_link_item *it, uint64_t *keys)
{
	uint64_t root = at_hash_bytes(it->code, 2);
	if (it->day_from == AT_LINK_UNDATED) {
		keys[0] = at_hash_mix(at_hash_mix(it->doc, root), 7);
		return 1;
	}
	int32_t w0 = week_of(it->day_from), w1 = week_of(it->day_to);
	if (w1 - w0 >= MAX_WEEKS)
		w1 = w0;
	size_t n = 0;
	const char *actors[2] = {it->source, it->target};
	for (int32_t w = w0; w <= w1; w++)
		for (int k = 0; k < 2; k++)
			if (*actors[k] || k == 0)
				keys[n++] = at_hash_mix(at_hash_mix(root, (uint64_t)w),
							at_hash_bytes(actors[k], strlen(actors[k])));
	return n;
}

/* Query weeks reach one week either side, since dates have a day of slack. */
static size_t query_keys(const at_link_item *it, uint64_t *keys)
{
	if (it->day_from == AT_LINK_UNDATED)
		return block_keys(it, keys);
	at_link_item wide = *it;
	wide.day_from = it->day_from - 7;
	wide.day_to = (it->day_to - it->day_from >= 7 * MAX_WEEKS ? it->day_from : it->day_to) + 7;
	return block_keys(&wide, keys);
}

static int index_member(at_linker *l, const at_link_item *it, int32_t c)
{
	uint64_t keys[4 * MAX_WEEKS + 8];
	size_t n = block_keys(it, keys);
	for (size_t k = 0; k < n; k++) {
		int32_t *head = u64map_at(&l->block, keys[k], -1);
		if (!head)
			return -1;
		if (*head >= 0 && l->cells[*head].cluster == c)
			continue;
		if (l->ncells == l->cell_cap) {
			cell *grown = at_grow(l->cells, &l->cell_cap, sizeof *grown, 256);
			if (!grown)
				return -1;
			l->cells = grown;
		}
		l->cells[l->ncells] = (cell){c, *head};
		*head = (int32_t)l->ncells++;
	}
	return 0;
}

static int count_words(at_linker *l, const at_link_item *it)
{
	for (uint8_t i = 0; i < it->nwords; i++) {
		int32_t *f = u64map_at(&l->freq, it->words[i], 0);
		int32_t *g = u64map_at(&l->fresh, it->words[i], 0);
		if (!f || !g)
			return -1;
		(*f)++;
		(*g)++;
	}
	l->counted++;
	l->fresh_counted++;
	return 0;
}

static int32_t new_cluster(at_linker *l, const char *id)
{
	if (l->nclusters == l->cluster_cap) {
		cluster *grown = at_grow(l->clusters, &l->cluster_cap, sizeof *grown, 256);
		if (!grown)
			return -1;
		l->clusters = grown;
	}
	int32_t c = (int32_t)l->nclusters;
	if (at_strmap_add(&l->ids, id, strlen(id)) != c)
		return -1;
	cluster *cl = &l->clusters[l->nclusters++];
	memset(cl, 0, sizeof *cl);
	memcpy(cl->id, id, 12);
	cl->first = cl->last = -1;
	return c;
}

static int has_doc(const at_linker *l, int32_t c, uint64_t doc)
{
	for (int32_t m = l->clusters[c].first; m >= 0; m = l->members[m].next)
		if (l->members[m].item.doc == doc)
			return 1;
	return 0;
}

static int add_member(at_linker *l, const at_link_item *it, int32_t c)
{
	if (l->nmembers == l->member_cap) {
		member *grown = at_grow(l->members, &l->member_cap, sizeof *grown, 256);
		if (!grown)
			return -1;
		l->members = grown;
	}
	int32_t m = (int32_t)l->nmembers;
	if (it->event_id[0]) {
		int32_t k = at_strmap_add(&l->events, it->event_id, strlen(it->event_id));
		if (k < 0)
			return -1;
		if ((size_t)k == l->event_cap) {
			int32_t *grown = at_grow(l->event_member, &l->event_cap, sizeof *grown, 256);
			if (!grown)
				return -1;
			l->event_member = grown;
		}
		l->event_member[k] = m;
	}
	cluster *cl = &l->clusters[c];
	if (!has_doc(l, c, it->doc))
		cl->sources++;
	l->members[l->nmembers++] = (member){*it, c, -1};
	if (cl->last >= 0)
		l->members[cl->last].next = m;
	else
		cl->first = m;
	cl->last = m;
	return index_member(l, it, c);
}

static double cluster_score(const at_linker *l, int32_t c, const at_link_item *it)
{
	double best = -1e9;
	int compared = 0, visited = 0;
	for (int32_t m = l->clusters[c].first; m >= 0 && compared < MAX_COMPARED && visited++ < 4 * MAX_COMPARED;
	     m = l->members[m].next) {
		const at_link_item *b = &l->members[m].item;
		if (dyads_conflict(it, b))
			return -1e9;
		if (!compatible(it, b))
			continue;
		compared++;
		double e = evidence(l, it, b) - threshold_for(it, b);
		best = e > best ? e : best;
	}
	return best;
}

/* The best cluster whose members give enough evidence, or -1. */
static int32_t best_cluster(at_linker *l, const at_link_item *it)
{
	uint64_t keys[4 * MAX_WEEKS + 16];
	size_t n = query_keys(it, keys);
	int32_t best = -1;
	double best_score = 0;
	l->stamp++;
	for (size_t k = 0; k < n; k++) {
		int looked = 0;
		for (int32_t cc = u64map_get(&l->block, keys[k], -1); cc >= 0 && looked++ < MAX_CANDIDATES;
		     cc = l->cells[cc].next) {
			int32_t c = l->cells[cc].cluster;
			if (l->clusters[c].stamp == l->stamp)
				continue;
			l->clusters[c].stamp = l->stamp;
			double s = cluster_score(l, c, it);
			if (s >= 0 && (best < 0 || s > best_score ||
				       (s == best_score && strcmp(l->clusters[c].id, l->clusters[best].id) < 0)))
				best = c, best_score = s;
		}
	}
	return best;
}

int at_linker_seed(at_linker *l, const at_link_item *item, const char *id)
{
	if (item->event_id[0] && at_strmap_find(&l->events, item->event_id, strlen(item->event_id)) >= 0)
		return 0;
	int32_t c = at_strmap_find(&l->ids, id, strlen(id));
	if (c < 0 && (c = new_cluster(l, id)) < 0)
		return -1;
	return add_member(l, item, c);
}

static void fresh_id(const at_linker *l, const at_link_item *it, char out[13])
{
	uint64_t h = at_hash_mix(at_hash_bytes("cluster", 7), at_hash_bytes(it->event_id, strlen(it->event_id)));
	h = at_hash_mix(h, it->doc);
	for (;;) {
		at_hash_hex12(h, out);
		if (at_strmap_find(&l->ids, out, 12) < 0 && !(l->taken && l->taken(l->loader_ctx, out)))
			return;
		h = at_hash_mix(h, 1);
	}
}

void at_linker_set_loader(at_linker *l, at_link_loader fn, at_link_taken taken, void *ctx)
{
	l->loader = fn;
	l->taken = taken;
	l->loader_ctx = ctx;
}

/* Asks the loader for the stored clusters the item's candidate weeks can
 * hold. A week's block keys hold events whose ranges start up to
 * MAX_WEEKS - 1 weeks earlier, so each week asks for those days too. */
/* The key of week w in the map of weeks asked for: never 0, which the map
 * keeps for itself, for any week (1970's and before it). */
static uint64_t week_key(int32_t w)
{
	return (uint64_t)((int64_t)w - INT32_MIN) + 1;
}

static int32_t week_of_key(uint64_t key)
{
	return (int32_t)((int64_t)key - 1 + INT32_MIN);
}

static int load_weeks(at_linker *l, const at_link_item *it)
{
	if (!l->loader || it->day_from == AT_LINK_UNDATED)
		return 0;
	int32_t from = it->day_from - 7;
	int32_t to = (it->day_to - it->day_from >= 7 * MAX_WEEKS ? it->day_from : it->day_to) + 7;
	if (week_of(to) > l->newest_week)
		l->newest_week = week_of(to);
	for (int32_t w = week_of(from); w <= week_of(to); w++) {
		int32_t *asked = u64map_at(&l->loaded, week_key(w), 0);
		if (!asked)
			return -1;
		if (*asked)
			continue;
		*asked = 1;
		if (l->loader(l->loader_ctx, l, 7 * (w - MAX_WEEKS + 1), 7 * w + 6) != 0)
			return -1;
	}
	return 0;
}

void at_linker_set_memory(at_linker *l, size_t max_members)
{
	l->max_members = l->evict_at = max_members ? max_members : 1;
}

/* l takes n's clusters and members and keeps its own counts, loader and
 * progress; n takes l's old clusters and members, to be freed. n comes
 * fresh from seeding, so it has no counts or asked weeks of its own. */
static void take_held(at_linker *l, at_linker *n)
{
	at_linker old = *l;
	*l = *n;
	l->freq = old.freq;
	l->counted = old.counted;
	l->fresh = old.fresh;
	l->fresh_counted = old.fresh_counted;
	l->loaded = old.loaded;
	l->loader = old.loader;
	l->taken = old.taken;
	l->loader_ctx = old.loader_ctx;
	l->newest_week = old.newest_week;
	l->max_members = old.max_members;
	l->stamp = old.stamp;
	*n = old;
	memset(&n->freq, 0, sizeof n->freq);
	memset(&n->fresh, 0, sizeof n->fresh);
	memset(&n->loaded, 0, sizeof n->loaded);
}

/* A stream of news moves forward in time: past max_members, the linker
 * keeps the clusters with an event in the last KEEP_WEEKS weeks (and the
 * weeks before them that those weeks' candidates reach back to), in their
 * order, and forgets having asked for the older weeks, so that an event
 * reaching back to one has the loader bring it in again. Word counts stay. */
static int evict(at_linker *l)
{
	if (l->newest_week == INT32_MIN) {
		/* nothing dated yet: no week to keep the others by */
		l->evict_at = l->nmembers + l->max_members;
		return 0;
	}
	int32_t cutoff = l->newest_week - KEEP_WEEKS;
	int32_t keep_from = 7 * (cutoff - MAX_WEEKS + 1);
	uint8_t *keep = calloc(l->nclusters ? l->nclusters : 1, 1);
	at_linker *n = at_linker_new();
	int rc = keep && n ? 0 : -1;
	for (size_t m = 0; rc == 0 && m < l->nmembers; m++)
		if (l->members[m].item.day_from >= keep_from)
			keep[l->members[m].cluster] = 1;
	for (size_t c = 0; rc == 0 && c < l->nclusters; c++)
		for (int32_t m = keep[c] ? l->clusters[c].first : -1; rc == 0 && m >= 0; m = l->members[m].next)
			rc = at_linker_seed(n, &l->members[m].item, l->clusters[c].id);
	if (rc == 0) {
		take_held(l, n);
		for (size_t i = 0; i < l->loaded.nslots; i++)
			if (l->loaded.keys[i] && week_of_key(l->loaded.keys[i]) < cutoff)
				l->loaded.vals[i] = 0;
	}
	at_linker_free(n);
	free(keep);
	/* what is left is recent: check again only after as many more */
	l->evict_at = l->nmembers + l->max_members;
	return rc;
}

int at_linker_load_count(at_linker *l, uint64_t word, uint32_t n)
{
	if (!word) {
		l->counted += n;
		return 0;
	}
	int32_t *f = u64map_at(&l->freq, word, 0);
	if (!f)
		return -1;
	*f += (int32_t)n;
	return 0;
}

int at_linker_take_counts(at_linker *l, at_link_count_fn fn, void *ctx)
{
	int rc = l->fresh_counted ? fn(ctx, 0, (uint32_t)l->fresh_counted) : 0;
	for (size_t i = 0; i < l->fresh.nslots && rc == 0; i++)
		if (l->fresh.keys[i])
			rc = fn(ctx, l->fresh.keys[i], (uint32_t)l->fresh.vals[i]);
	if (rc == 0) {
		u64map_free(&l->fresh);
		memset(&l->fresh, 0, sizeof l->fresh);
		l->fresh_counted = 0;
	}
	return rc;
}

int at_linker_add(at_linker *l, const at_link_item *item, char out[13])
{
	if (load_weeks(l, item) != 0)
		return -1;
	int32_t k = item->event_id[0] ? at_strmap_find(&l->events, item->event_id, strlen(item->event_id)) : -1;
	if (k >= 0) {
		int32_t m = l->event_member[k];
		memcpy(out, l->clusters[l->members[m].cluster].id, 13);
		return 0;
	}
	int32_t c = best_cluster(l, item);
	if (c < 0) {
		char id[13];
		fresh_id(l, item, id);
		if ((c = new_cluster(l, id)) < 0)
			return -1;
	}
	memcpy(out, l->clusters[c].id, 13);
	return add_member(l, item, c) != 0 || count_words(l, item) != 0 ? -1 : 0;
}

int at_linker_add_doc(at_linker *l, at_doc *doc)
{
	at_link_item item;
	for (size_t i = 0; i < doc->nevents; i++) {
		at_event *ev = &doc->events[i];
		at_link_item_from_event(doc, ev, &item);
		if (at_linker_add(l, &item, ev->cluster) != 0)
			return -1;
	}
	at_linker_update_sources(l, doc);
	/* between documents only: a document's own events, not stored yet,
	 * must stay for its later mentions */
	return l->loader && l->nmembers >= l->evict_at ? evict(l) : 0;
}

uint32_t at_linker_sources(const at_linker *l, const char *id)
{
	int32_t c = at_strmap_find(&l->ids, id, strlen(id));
	return c < 0 ? 0 : l->clusters[c].sources;
}

void at_linker_update_sources(const at_linker *l, at_doc *doc)
{
	for (size_t i = 0; i < doc->nevents; i++)
		doc->events[i].sources = at_linker_sources(l, doc->events[i].cluster);
}

size_t at_linker_cluster_count(const at_linker *l)
{
	return l->nclusters;
}
