/* Linking: the coreference scorer on textbook partitions, clustering, the
 * stemmer, and the product linker on hand-built events modelled on the
 * seed articles (../shared/seeds): determinism and incremental behaviour. */
#include "helpers.h"

#include "core/doc.h"
#include "link/agglo.h"
#include "link/coref_score.h"
#include "link/linker.h"
#include "link/stem.h"

#include <math.h>

#define CLOSE(a, b) assert_true(fabs((a) - (b)) < 1e-3)

/* Luo (2005) / Pradhan et al. (2014): key {1-5} {6,7} {8,9,A,B,C}; response
 * (a) merges the last two entities. Hand-computed: MUC R 9/9, P 9/10;
 * B3 R 1, P (5 + 29/7)/12; CEAF-e sim 1 + 10/12 over 3 key / 2 response. */
static void scorer_matches_textbook_example(void **state)
{
	(void)state;
	int key[12] = {0, 0, 0, 0, 0, 1, 1, 2, 2, 2, 2, 2};
	int resp[12] = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1};
	at_coref_scores s;
	assert_int_equal(at_coref_score(key, resp, 12, &s), 0);
	CLOSE(s.muc.recall, 1.0);
	CLOSE(s.muc.precision, 0.9);
	CLOSE(s.muc.f1, 2 * 0.9 / 1.9);
	CLOSE(s.b3.recall, 1.0);
	CLOSE(s.b3.precision, (5 + 29.0 / 7) / 12);
	double sim = 1 + 10.0 / 12;
	CLOSE(s.ceafe.recall, sim / 3);
	CLOSE(s.ceafe.precision, sim / 2);
	CLOSE(s.conll, (s.muc.f1 + s.b3.f1 + s.ceafe.f1) / 3);
}

/* All singletons against one big cluster: MUC has no links in the key
 * (recall and precision 0), B3 recall 1 and precision 1/n, CEAF-e one
 * aligned pair. */
static void scorer_handles_singletons(void **state)
{
	(void)state;
	int key[4] = {0, 1, 2, 3}, resp[4] = {7, 7, 7, 7};
	at_coref_scores s;
	assert_int_equal(at_coref_score(key, resp, 4, &s), 0);
	CLOSE(s.muc.recall, 0);
	CLOSE(s.muc.f1, 0);
	CLOSE(s.b3.recall, 1);
	CLOSE(s.b3.precision, 0.25);
	CLOSE(s.ceafe.recall, (2.0 / 5) / 4);
	CLOSE(s.ceafe.precision, 2.0 / 5);
	assert_int_equal(at_coref_score(key, key, 4, &s), 0);
	CLOSE(s.b3.f1, 1);
	CLOSE(s.ceafe.f1, 1);
}

/* CEAF-e's alignment against brute force over every assignment, on random
 * small partitions. */
static double brute_ceafe(const int *key, const int *resp, size_t n)
{
	int nk = 0, nr = 0;
	for (size_t i = 0; i < n; i++) {
		nk = key[i] + 1 > nk ? key[i] + 1 : nk;
		nr = resp[i] + 1 > nr ? resp[i] + 1 : nr;
	}
	double phi[6][6] = {{0}};
	int ks[6] = {0}, rs[6] = {0}, both[6][6] = {{0}};
	for (size_t i = 0; i < n; i++)
		ks[key[i]]++, rs[resp[i]]++, both[key[i]][resp[i]]++;
	for (int a = 0; a < nk; a++)
		for (int b = 0; b < nr; b++)
			phi[a][b] = 2.0 * both[a][b] / (ks[a] + rs[b]);
	/* nr <= 6: try every injection of key clusters into response clusters or nothing. */
	double best = 0;
	int pick[6];
	long total = 1;
	for (int a = 0; a < nk; a++)
		total *= nr + 1;
	for (long code = 0; code < total; code++) {
		long c = code;
		int used = 0, ok = 1;
		double sum = 0;
		for (int a = 0; a < nk; a++) {
			pick[a] = (int)(c % (nr + 1)) - 1;
			c /= nr + 1;
			if (pick[a] >= 0) {
				ok &= !(used & (1 << pick[a]));
				used |= 1 << pick[a];
				sum += phi[a][pick[a]];
			}
		}
		if (ok && sum > best)
			best = sum;
	}
	return best;
}

static void scorer_ceafe_alignment_is_optimal(void **state)
{
	(void)state;
	uint32_t seed = 12345;
	for (int round = 0; round < 200; round++) {
		int key[9], resp[9];
		size_t n = 9;
		int nk = 0, nr = 0;
		for (size_t i = 0; i < n; i++) {
			seed = seed * 1103515245 + 12345;
			key[i] = (int)((seed >> 16) % 5);
			seed = seed * 1103515245 + 12345;
			resp[i] = (int)((seed >> 16) % 5);
			nk = key[i] + 1 > nk ? key[i] + 1 : nk;
			nr = resp[i] + 1 > nr ? resp[i] + 1 : nr;
		}
		/* Labels must be dense for the brute force's cluster counts. */
		int kmap[5] = {-1, -1, -1, -1, -1}, rmap[5] = {-1, -1, -1, -1, -1}, kn = 0, rn = 0;
		for (size_t i = 0; i < n; i++) {
			if (kmap[key[i]] < 0)
				kmap[key[i]] = kn++;
			if (rmap[resp[i]] < 0)
				rmap[resp[i]] = rn++;
			key[i] = kmap[key[i]];
			resp[i] = rmap[resp[i]];
		}
		at_coref_scores s;
		assert_int_equal(at_coref_score(key, resp, n, &s), 0);
		CLOSE(s.ceafe.recall * kn, brute_ceafe(key, resp, n));
	}
}

static void agglomerative_merges_above_threshold(void **state)
{
	(void)state;
	/* 0-1 close, 2-3 close, 1-2 weak: two clusters at 0.5, one at 0.05. */
	float sim[16] = {1, .9f, .1f, 0, .9f, 1, .2f, .1f, .1f, .2f, 1, .8f, 0, .1f, .8f, 1};
	int label[4];
	assert_int_equal(at_agglo_average(sim, 4, 0.5, label), 2);
	assert_int_equal(label[0], label[1]);
	assert_int_equal(label[2], label[3]);
	assert_int_not_equal(label[0], label[2]);
	assert_int_equal(label[0], 0);
	assert_int_equal(at_agglo_average(sim, 4, 0.05, label), 1);
	/* With no threshold, merging stops at the number of clusters asked. */
	assert_int_equal(at_agglo_average_until(sim, 4, -1e30, 2, label), 2);
	assert_int_equal(label[0], label[1]);
	assert_int_not_equal(label[0], label[2]);
}

static void stemmer_joins_inflections(void **state)
{
	(void)state;
	char a[64], b[64], c[64];
	at_stem("arrested", 8, a, sizeof a);
	at_stem("arrests", 7, b, sizeof b);
	at_stem("arresting", 9, c, sizeof c);
	assert_string_equal(a, b);
	assert_string_equal(a, c);
	at_stem("sentenced", 9, a, sizeof a);
	at_stem("sentence", 8, b, sizeof b);
	assert_string_equal(a, b);
	at_stem("shot", 4, a, sizeof a);
	at_stem("shooting", 8, b, sizeof b);
	assert_string_equal(a, b);
	assert_true(at_stem_is_stopword("the"));
	assert_false(at_stem_is_stopword("arrest"));
}

/* ------------------------------------------------- the seeds, hand-built */

typedef struct ev_spec {
	const char *code, *source, *target, *date;
	uint8_t precision;
	const char *names[3];
} ev_spec;

static at_doc *make_doc(const char *id, const char *date, const ev_spec *spec, size_t n)
{
	at_doc *doc = at_doc_new(id, "", 0);
	assert_non_null(doc);
	doc->date = date;
	doc->events = AT_NEW_N(doc->arena, at_event, n);
	doc->mentions = AT_NEW_N(doc->arena, at_mention, 3 * n);
	doc->entities = AT_NEW_N(doc->arena, at_entity, 3 * n);
	doc->nevents = n;
	for (size_t i = 0; i < n; i++) {
		at_event *ev = &doc->events[i];
		snprintf(ev->code, sizeof ev->code, "%s", spec[i].code);
		ev->sent = (uint32_t)i;
		ev->source_code = spec[i].source;
		ev->target_code = spec[i].target;
		ev->date = spec[i].date;
		ev->date_precision = spec[i].precision;
		ev->source = ev->target = ev->place = -1;
		snprintf(ev->id, sizeof ev->id, "%.6s%06u", id, (unsigned)(i % 1000));
		for (int k = 0; k < 3 && spec[i].names[k]; k++) {
			size_t m = doc->nmentions++;
			doc->entities[doc->nentities] = (at_entity){spec[i].names[k], NULL, (uint32_t)m};
			doc->mentions[m] = (at_mention){.sent = (uint32_t)i, .entity = (int32_t)doc->nentities++};
		}
	}
	return doc;
}

/* 000 (2023-09-29): talks in Washington on Friday, Blinken to Mexico City
 * on Thursday. 001 (2023-12-28): the Mexico City meeting on Wednesday.
 * 002 (2021-10-08) and 003 (2021-10-07): the high-level security dialogue
 * in Mexico City on 8 October 2021, reported on the day and the eve. */
static const ev_spec seed000[] = {
	{"040", "USAGOV", "MEXGOV", "2023-09-29", AT_PREC_DAY, {"Antony Blinken", "Alicia Barcena", NULL}},
	{"042", "USAGOV", "MEX", "2023-10-05", AT_PREC_DAY, {"Antony Blinken", NULL, NULL}},
};
static const ev_spec seed001[] = {
	{"043", "USAGOV", "MEXGOV", "2023-12-27", AT_PREC_DAY, {"Antony Blinken", "Alejandro Mayorkas", NULL}},
	{"036", "MEXGOV", "USAGOV", "2024-01", AT_PREC_MONTH, {NULL, NULL, NULL}},
};
static const ev_spec seed002[] = {
	{"043", "USAGOV", "MEXGOV", "2021-10-08", AT_PREC_DAY, {"Antony Blinken", NULL, NULL}},
	{"040", "MEXGOV", "USAGOV", "2021-10-08", AT_PREC_DAY, {"Marcelo Ebrard", "Antony Blinken", NULL}},
};
static const ev_spec seed003[] = {
	{"042", "USAGOV", "MEX", "2021-10-07", AT_PREC_DAY, {"Antony Blinken", "Alejandro Mayorkas", "Merrick Garland"}},
	{"043", "MEXGOV", "USAGOV", "2021-10-08", AT_PREC_DAY, {"Marcelo Ebrard", NULL, NULL}},
};

typedef struct seeds {
	at_doc *doc[4];
} seeds;

static void seeds_make(seeds *s)
{
	s->doc[0] = make_doc("000_2876ba5f1953b5d9", "2023-09-29", seed000, 2);
	s->doc[1] = make_doc("001_a9cda7e2701f1645", "2023-12-28", seed001, 2);
	s->doc[2] = make_doc("002_235a77a59d59c6fe", "2021-10-08", seed002, 2);
	s->doc[3] = make_doc("003_0e6515a92939e8ab", "2021-10-07", seed003, 2);
}

static void seeds_free(seeds *s)
{
	for (int i = 0; i < 4; i++)
		at_doc_free(s->doc[i]);
}

static void linker_joins_the_2021_dialogue_and_keeps_2023_apart(void **state)
{
	(void)state;
	seeds s;
	seeds_make(&s);
	at_linker *l = at_linker_new();
	for (int i = 0; i < 4; i++)
		assert_int_equal(at_linker_add_doc(l, s.doc[i]), 0);
	for (int i = 0; i < 4; i++)
		at_linker_update_sources(l, s.doc[i]);
	/* Every 2021 event is one cluster, reported by both documents. */
	const char *dialogue = s.doc[2]->events[0].cluster;
	assert_int_equal(strlen(dialogue), 12);
	for (int d = 2; d < 4; d++)
		for (int e = 0; e < 2; e++) {
			assert_string_equal(s.doc[d]->events[e].cluster, dialogue);
			assert_int_equal(s.doc[d]->events[e].sources, 2);
		}
	/* No 2023 cluster spans 000 and 001. */
	for (int a = 0; a < 2; a++)
		for (int b = 0; b < 2; b++)
			assert_string_not_equal(s.doc[0]->events[a].cluster, s.doc[1]->events[b].cluster);
	assert_int_equal(s.doc[0]->events[0].sources, 1);
	at_linker_free(l);
	seeds_free(&s);
}

static void linker_is_deterministic_and_rerun_changes_nothing(void **state)
{
	(void)state;
	seeds a, b;
	seeds_make(&a);
	seeds_make(&b);
	at_linker *la = at_linker_new(), *lb = at_linker_new();
	for (int i = 0; i < 4; i++) {
		assert_int_equal(at_linker_add_doc(la, a.doc[i]), 0);
		assert_int_equal(at_linker_add_doc(lb, b.doc[i]), 0);
	}
	size_t clusters = at_linker_cluster_count(la);
	for (int i = 0; i < 4; i++)
		for (int e = 0; e < 2; e++)
			assert_string_equal(a.doc[i]->events[e].cluster, b.doc[i]->events[e].cluster);
	/* The same batch again: same ids, no new clusters. */
	for (int i = 0; i < 4; i++) {
		char before[2][13];
		memcpy(before[0], a.doc[i]->events[0].cluster, 13);
		memcpy(before[1], a.doc[i]->events[1].cluster, 13);
		assert_int_equal(at_linker_add_doc(la, a.doc[i]), 0);
		assert_string_equal(a.doc[i]->events[0].cluster, before[0]);
		assert_string_equal(a.doc[i]->events[1].cluster, before[1]);
	}
	assert_int_equal(at_linker_cluster_count(la), clusters);
	at_linker_free(la);
	at_linker_free(lb);
	seeds_free(&a);
	seeds_free(&b);
}

/* What a store holds, for a loader that seeds the events dated in the
 * days it is asked for. */
typedef struct stored {
	at_link_item items[32];
	char clusters[32][13];
	size_t n;
	int calls;
} stored;

static int load_stored(void *ctx, at_linker *l, int32_t from, int32_t to)
{
	stored *st = ctx;
	st->calls++;
	assert_int_equal(to - from, 20); /* a week and the two before it */
	for (size_t i = 0; i < st->n; i++)
		if (st->items[i].day_from >= from && st->items[i].day_from <= to &&
		    at_linker_seed(l, &st->items[i], st->clusters[i]) != 0)
			return -1;
	return 0;
}

static int copy_count(void *ctx, uint64_t word, uint32_t n)
{
	return at_linker_load_count(ctx, word, n);
}

/* A store hands over its word counts and, week by week as the linker asks,
 * its clusters; a new report then joins the stored cluster. */
static void linker_links_new_batch_to_loaded_clusters(void **state)
{
	(void)state;
	seeds s;
	seeds_make(&s);
	at_linker *first = at_linker_new();
	stored st = {.n = 0};
	for (int i = 0; i < 3; i++) {
		assert_int_equal(at_linker_add_doc(first, s.doc[i]), 0);
		for (size_t e = 0; e < s.doc[i]->nevents; e++, st.n++) {
			assert_true(st.n < 32);
			at_link_item_from_event(s.doc[i], &s.doc[i]->events[e], &st.items[st.n]);
			memcpy(st.clusters[st.n], s.doc[i]->events[e].cluster, 13);
		}
	}
	at_linker *later = at_linker_new();
	assert_int_equal(at_linker_take_counts(first, copy_count, later), 0);
	at_linker_set_loader(later, load_stored, NULL, &st);
	assert_int_equal(at_linker_add_doc(later, s.doc[3]), 0);
	assert_string_equal(s.doc[3]->events[0].cluster, s.doc[2]->events[0].cluster);
	assert_int_equal(s.doc[3]->events[0].sources, 2);
	assert_int_equal(at_linker_sources(later, s.doc[2]->events[0].cluster), 2);
	/* one call per candidate week: the event's week and one either side */
	assert_int_equal(st.calls, 3);
	assert_int_equal(at_linker_add_doc(later, s.doc[3]), 0);
	assert_int_equal(st.calls, 3);
	at_linker_free(first);
	at_linker_free(later);
	seeds_free(&s);
}

/* Adds a one-meeting report dated day to l and to what st stores. */
static void add_report(at_linker *l, stored *st, const char *id, int32_t day, char cluster[13])
{
	char date[11];
	at_link_day_string(day, date);
	const ev_spec spec[] = {{"040", "USAGOV", "MEXGOV", date, AT_PREC_DAY, {"Antony Blinken", NULL, NULL}}};
	at_doc *doc = make_doc(id, date, spec, 1);
	assert_int_equal(at_linker_add_doc(l, doc), 0);
	assert_true(st->n < 32);
	at_link_item_from_event(doc, &doc->events[0], &st->items[st->n]);
	memcpy(st->clusters[st->n++], doc->events[0].cluster, 13);
	memcpy(cluster, doc->events[0].cluster, 13);
	at_doc_free(doc);
}

/* Past its memory a linker keeps the recent weeks only; a report reaching
 * back to an older week finds its cluster through the loader again. */
static void linker_forgets_old_weeks_and_loads_them_again(void **state)
{
	(void)state;
	stored st = {.n = 0};
	at_linker *l = at_linker_new();
	at_linker_set_loader(l, load_stored, NULL, &st);
	at_linker_set_memory(l, 4);
	const int32_t monday = 18631; /* 2021-01-04 */
	char first[13], cluster[13];
	for (int w = 0; w < 20; w++) {
		char id[8];
		snprintf(id, sizeof id, "w%05d", w);
		add_report(l, &st, id, monday + 7 * w, w == 0 ? first : cluster);
	}
	/* twenty weekly meetings, twenty clusters, not all of them held */
	assert_true(at_linker_cluster_count(l) < 20);
	add_report(l, &st, "again0", monday, cluster);
	assert_string_equal(cluster, first);
	assert_int_equal(at_linker_sources(l, first), 2);
	at_linker_free(l);
}

static int taken_as_ctx(void *ctx, const char *cluster)
{
	return strcmp(ctx, cluster) == 0;
}

/* A new cluster never takes an id a store already gives to a cluster the
 * linker has not loaded. */
static void new_cluster_ids_avoid_stored_ones(void **state)
{
	(void)state;
	stored none = {.n = 0};
	char first[13], second[13];
	at_linker *l = at_linker_new();
	add_report(l, &none, "t00001", 18631, first);
	at_linker_free(l);
	l = at_linker_new();
	at_linker_set_loader(l, NULL, taken_as_ctx, first);
	none.n = 0;
	add_report(l, &none, "t00001", 18631, second);
	assert_string_not_equal(second, first);
	at_linker_free(l);
}

/* 003 also reports Blinken's talks in Paris that week: a US-France
 * meeting must not join the US-Mexico dialogue, not even through a report
 * that names no target. */
static void linker_keeps_other_dyads_apart(void **state)
{
	(void)state;
	static const ev_spec spec[] = {
		{"043", "USAGOV", "MEXGOV", "2021-10-08", AT_PREC_DAY, {"Antony Blinken", NULL, NULL}},
		{"042", "USAGOV", "", "2021-10-07", AT_PREC_DAY, {"Antony Blinken", NULL, NULL}},
		{"040", "USAGOV", "FRAGOV", "2021-10-07", AT_PREC_DAY, {"Antony Blinken", NULL, NULL}},
	};
	at_doc *doc = make_doc("003_0e6515a92939e8ab", "2021-10-07", spec, 3);
	at_linker *l = at_linker_new();
	assert_int_equal(at_linker_add_doc(l, doc), 0);
	assert_string_equal(doc->events[0].cluster, doc->events[1].cluster);
	assert_string_not_equal(doc->events[2].cluster, doc->events[0].cluster);
	at_linker_free(l);
	at_doc_free(doc);
}

static void link_item_dates_follow_precision(void **state)
{
	(void)state;
	at_link_item it;
	memset(&it, 0, sizeof it);
	at_link_item_set_date(&it, "2021-10-08");
	assert_int_equal(it.day_from, 18908);
	assert_int_equal(it.day_to, 18908);
	at_link_item_set_date(&it, "2024-02");
	assert_int_equal(it.day_to - it.day_from, 28);
	at_link_item_set_date(&it, "2021-W40");
	assert_int_equal(it.day_to - it.day_from, 6);
	assert_true(it.day_from <= 18908 && 18908 <= it.day_to);
	at_link_item_set_date(&it, NULL);
	assert_int_equal(it.day_from, AT_LINK_UNDATED);
	/* a day before 1970 is a day like the others */
	at_link_item_set_date(&it, "1969-12-31");
	assert_int_equal(it.day_from, -1);
	at_link_item_set_date(&it, "1962-10-22");
	assert_int_equal(it.day_from, -2628);
	char back[11];
	at_link_day_string(it.day_from, back);
	assert_string_equal(back, "1962-10-22");
}

/* Two reports of one day of October 1962, in two documents, are one
 * event, as two of 2021 are; a report of a week later is another. */
static void linker_links_events_before_1970(void **state)
{
	(void)state;
	static const ev_spec a[] = {{"043", "USAGOV", "SUNGOV", "1962-10-22", AT_PREC_DAY, {"Dean Rusk", NULL, NULL}}};
	static const ev_spec b[] = {{"043", "USAGOV", "SUNGOV", "1962-10-22", AT_PREC_DAY, {"Dean Rusk", NULL, NULL}}};
	static const ev_spec c[] = {{"043", "USAGOV", "SUNGOV", "1962-10-29", AT_PREC_DAY, {"Dean Rusk", NULL, NULL}}};
	at_doc *da = make_doc("cuba_a", "1962-10-22", a, 1), *db = make_doc("cuba_b", "1962-10-23", b, 1);
	at_doc *dc = make_doc("cuba_c", "1962-10-30", c, 1);
	at_linker *l = at_linker_new();
	assert_int_equal(at_linker_add_doc(l, da), 0);
	assert_int_equal(at_linker_add_doc(l, db), 0);
	assert_int_equal(at_linker_add_doc(l, dc), 0);
	assert_string_equal(da->events[0].cluster, db->events[0].cluster);
	assert_string_not_equal(dc->events[0].cluster, da->events[0].cluster);
	at_linker_free(l);
	at_doc_free(da);
	at_doc_free(db);
	at_doc_free(dc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(scorer_matches_textbook_example),
		cmocka_unit_test(scorer_handles_singletons),
		cmocka_unit_test(scorer_ceafe_alignment_is_optimal),
		cmocka_unit_test(agglomerative_merges_above_threshold),
		cmocka_unit_test(stemmer_joins_inflections),
		cmocka_unit_test(linker_joins_the_2021_dialogue_and_keeps_2023_apart),
		cmocka_unit_test(linker_is_deterministic_and_rerun_changes_nothing),
		cmocka_unit_test(linker_links_new_batch_to_loaded_clusters),
		cmocka_unit_test(linker_forgets_old_weeks_and_loads_them_again),
		cmocka_unit_test(new_cluster_ids_avoid_stored_ones),
		cmocka_unit_test(linker_keeps_other_dyads_apart),
		cmocka_unit_test(linker_links_events_before_1970),
		cmocka_unit_test(link_item_dates_follow_precision),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
