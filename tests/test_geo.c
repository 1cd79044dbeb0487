/* Places: the gazetteer compiler and lookups (on a tiny table written
 * here), and recognition, resolution, metonymy and event location with the
 * shipped gazetteer (skipped when dict/gazetteer.atm is absent). */
#include "helpers.h"

#include "core/doc.h"
#include "core/tags.h"
#include "geo/gazetteer.h"
#include "geo/gazetteer_compile.h"
#include "geo/places.h"
#include "text/tokenize.h"

static const char tiny_table[] =
	"kind\tgeonameid\tname\tasciiname\taltnames\tcountry\tiso3\tadmin1\tfeature_code\tpopulation\tlat\tlon\tsource\n"
	"country\t3017382\tFrance\t\tFrench Republic\tFR\tFRA\t\tPCLI\t67000000\t46\t2\tt\n"
	"country\t6252001\tUnited States\t\tU.S.|USA\tUS\tUSA\t\tPCLI\t327000000\t39.76\t-98.5\tt\n"
	"adm1\t4736286\tTexas\tTexas\t\tUS\t\tTX\tADM1\t\t31.25\t-99.25\tt\n"
	"city\t2988507\tParis\tParis\t\tFR\t\t11\tPPLC\t2138551\t48.85\t2.35\tt\n"
	"city\t4717560\tParis\tParis\t\tUS\t\tTX\tPPLA2\t24782\t33.66\t-95.56\tt\n"
	"city\t4407066\tSt. Louis\tSt. Louis\t\tUS\t\tMO\tPPLA2\t315685\t38.63\t-90.2\tt\n"
	"city\t3448439\tSão Paulo\tSao Paulo\t\tBR\t\t27\tPPLA\t10021295\t-23.55\t-46.64\tt\n";

static at_gazetteer *compile_tiny(char *out, size_t outlen)
{
	char table[64] = "/tmp/attache_test_geo_XXXXXX";
	int fd = mkstemp(table);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, tiny_table, sizeof tiny_table - 1), (ssize_t)(sizeof tiny_table - 1));
	close(fd);
	snprintf(out, outlen, "%s.atm", table);
	at_gazetteer_sources src = {table, NULL, NULL, NULL, NULL};
	char err[256];
	assert_int_equal(at_gazetteer_compile(&src, out, err, sizeof err), 0);
	unlink(table);
	at_gazetteer *g = at_gazetteer_load(out, err, sizeof err);
	assert_non_null(g);
	return g;
}

static const gz_entry *first_candidate(const at_gazetteer *g, const char *name, uint32_t *n)
{
	char key[GZ_MAX_KEY];
	size_t len = gz_normalize(name, strlen(name), key, sizeof key);
	gz_match m;
	if (!gz_lookup(g, key, len, &m))
		return NULL;
	*n = m.ncands;
	return gz_entry_at(g, m.cands[0] & GZ_CAND_INDEX);
}

static void normalisation_folds_case_accents_and_abbreviations(void **state)
{
	(void)state;
	char key[GZ_MAX_KEY];
	gz_normalize("St. Louis", 9, key, sizeof key);
	assert_string_equal(key, "saint louis");
	gz_normalize("SAINT-LOUIS", 11, key, sizeof key);
	assert_string_equal(key, "saint louis");
	gz_normalize("São Paulo", strlen("São Paulo"), key, sizeof key);
	assert_string_equal(key, "sao paulo");
	gz_normalize("U.S.", 4, key, sizeof key);
	assert_string_equal(key, "us");
	gz_normalize("Republic of the Congo", 21, key, sizeof key);
	assert_string_equal(key, "republic of congo");
	assert_int_equal(gz_normalize("...", 3, key, sizeof key), 0);
}

static void compiled_table_answers_lookups(void **state)
{
	(void)state;
	char path[80];
	at_gazetteer *g = compile_tiny(path, sizeof path);
	uint32_t n = 0;
	const gz_entry *e = first_candidate(g, "Saint Louis", &n);
	assert_non_null(e);
	assert_int_equal(e->geonames, 4407066);
	e = first_candidate(g, "SAO PAULO", &n);
	assert_non_null(e);
	assert_memory_equal(e->country2, "BR", 2);
	e = first_candidate(g, "U.S.", &n);
	assert_non_null(e);
	assert_int_equal(e->kind, GZ_COUNTRY);
	assert_memory_equal(e->country3, "USA", 3);
	e = first_candidate(g, "paris", &n);
	assert_non_null(e);
	assert_int_equal(n, 2);
	assert_int_equal(e->geonames, 2988507);  /* the capital before the town */
	assert_null(first_candidate(g, "Atlantis", &n));
	const gz_entry *tx_paris = NULL;
	for (uint32_t i = 0; i < gz_entry_count(g); i++)
		if (gz_entry_at(g, i)->geonames == 4717560)
			tx_paris = gz_entry_at(g, i);
	assert_non_null(tx_paris);
	assert_string_equal(gz_string(g, gz_entry_at(g, tx_paris->admin1 - 1)->name), "Texas");
	assert_string_equal(gz_string(g, tx_paris->admin1_code), "US.TX");
	at_gazetteer_free(g);
	unlink(path);
}

static void corrupt_file_is_refused(void **state)
{
	(void)state;
	char path[80], err[256];
	at_gazetteer *g = compile_tiny(path, sizeof path);
	at_gazetteer_free(g);
	FILE *f = fopen(path, "r+b");
	assert_non_null(f);
	fseek(f, -3, SEEK_END);
	fputc('!', f);
	fclose(f);
	assert_null(at_gazetteer_load(path, err, sizeof err));
	assert_non_null(strstr(err, path));
	unlink(path);
}

/* ------------------------------------------- with the shipped gazetteer */

static at_gazetteer *shipped(void)
{
	char err[512];
	if (access("dict/gazetteer.atm", R_OK) != 0) {
		fprintf(stderr, "skipped: dict/gazetteer.atm is absent (make gazetteer builds it)\n");
		return NULL;
	}
	at_gazetteer *g = at_gazetteer_load("dict/gazetteer.atm", err, sizeof err);
	if (!g)
		fprintf(stderr, "%s\n", err);
	assert_non_null(g);
	return g;
}

static at_doc *places_of(const at_gazetteer *g, const char *text)
{
	at_doc *doc = at_doc_new("t", text, strlen(text));
	assert_non_null(doc);
	assert_int_equal(at_tokenize(doc), 0);
	assert_int_equal(at_places_find(g, doc), 0);
	return doc;
}

static const at_place *place_named(const at_doc *doc, const char *surface)
{
	for (size_t i = 0; i < doc->nplaces; i++) {
		const at_place *p = &doc->places[i];
		if (p->end - p->start == strlen(surface) && memcmp(doc->text + p->start, surface, strlen(surface)) == 0)
			return p;
	}
	return NULL;
}

static void paris_is_in_france_unless_texas(void **state)
{
	(void)state;
	at_gazetteer *g = shipped();
	if (!g)
		return;
	at_doc *doc = places_of(g, "The ministers met in Paris on Monday to talk about trade.");
	const at_place *p = place_named(doc, "Paris");
	assert_non_null(p);
	assert_string_equal(p->country2, "FR");
	assert_string_equal(p->country3, "FRA");
	at_doc_free(doc);
	doc = places_of(g, "The fair opened in Paris, Texas, on Saturday. Paris has 25,000 people.");
	p = place_named(doc, "Paris");
	assert_non_null(p);
	assert_string_equal(p->country2, "US");
	assert_string_equal(p->admin1, "Texas");
	assert_string_equal(p->admin1_code, "US.TX");
	assert_float_equal(p->lat, 33.66, 0.1);
	assert_non_null(place_named(doc, "Texas"));
	at_doc_free(doc);
	at_gazetteer_free(g);
}

static void people_organisations_and_demonyms(void **state)
{
	(void)state;
	at_gazetteer *g = shipped();
	if (!g)
		return;
	at_doc *doc = places_of(g, "Jordan Peterson wrote for the Washington Post about Mexican farms.");
	assert_null(place_named(doc, "Jordan"));
	const at_place *post = place_named(doc, "Washington");
	assert_non_null(post);
	assert_true(post->is_embedded);
	const at_place *mex = place_named(doc, "Mexican");
	assert_non_null(mex);
	assert_true(mex->is_demonym);
	assert_string_equal(mex->country3, "MEX");
	at_doc_free(doc);
	at_gazetteer_free(g);
}

static void washington_said_is_an_actor(void **state)
{
	(void)state;
	at_gazetteer *g = shipped();
	if (!g)
		return;
	at_doc *doc = places_of(g, "Washington said the talks would go on. Mexico City rejected the plan.");
	const at_place *w = place_named(doc, "Washington");
	assert_non_null(w);
	assert_true(w->is_actor);
	assert_string_equal(w->feature, "PPLC");
	const at_place *m = place_named(doc, "Mexico City");
	assert_non_null(m);
	assert_true(m->is_actor);
	at_doc_free(doc);
	at_gazetteer_free(g);
}

static void dateline_gives_the_place(void **state)
{
	(void)state;
	at_gazetteer *g = shipped();
	if (!g)
		return;
	at_doc *doc = places_of(g, "MEXICO CITY, Oct 8 (Reuters) - The two governments signed a deal.");
	assert_true(doc->dateline_place >= 0);
	const at_place *p = &doc->places[doc->dateline_place];
	assert_true(p->from_dateline);
	assert_string_equal(p->name, "Mexico City");
	at_doc_free(doc);

	/* A title before the dateline is read too. */
	const char *titled = "Floods hit Texas\n\nHOUSTON (Reuters) - Rain fell all week.";
	doc = at_doc_new("t", titled, strlen(titled));
	doc->body_offset = 18;
	assert_int_equal(at_tokenize(doc), 0);
	assert_int_equal(at_places_find(g, doc), 0);
	assert_non_null(place_named(doc, "Texas"));
	assert_true(doc->dateline_place >= 0);
	assert_string_equal(doc->places[doc->dateline_place].name, "Houston");
	at_doc_free(doc);
	at_gazetteer_free(g);
}

/* "Blinken met officials in Mexico City": with a hand-made tree the place
 * is the clause's; without one it is the sentence's. */
static void events_are_placed_by_clause_sentence_or_dateline(void **state)
{
	(void)state;
	at_gazetteer *g = shipped();
	if (!g)
		return;
	at_doc *doc = places_of(g, "Blinken met officials in Mexico City on Friday.");
	const at_place *p = place_named(doc, "Mexico City");
	assert_non_null(p);
	at_event ev;
	memset(&ev, 0, sizeof ev);
	ev.anchor = 1;  /* met */
	ev.source = ev.target = -1;
	doc->events = &ev;
	doc->nevents = 1;
	at_places_locate_events(doc);
	assert_int_equal(ev.place, p - doc->places);
	assert_int_equal(ev.location_how, AT_LOC_SENTENCE);
	/* Blinken(1) met(2) officials(3) in(4) Mexico(5) City(6) on(7) Friday(8) .(9) */
	static const int heads[] = {2, 0, 2, 6, 6, 2, 8, 2, 2};
	static const char *const rels[] = {"nsubj", "root", "obj", "case", "compound", "obl", "case", "obl", "punct"};
	for (int i = 0; i < 9; i++) {
		doc->words[i].head = (int16_t)heads[i];
		doc->words[i].deprel = (uint8_t)at_deprel_id(rels[i]);
	}
	at_places_locate_events(doc);
	assert_int_equal(ev.place, p - doc->places);
	assert_int_equal(ev.location_how, AT_LOC_CLAUSE);
	doc->events = NULL;
	doc->nevents = 0;
	at_doc_free(doc);

	doc = places_of(g, "WASHINGTON (Reuters) - The two sides signed a deal.");
	memset(&ev, 0, sizeof ev);
	ev.anchor = 7;  /* signed */
	ev.sent = at_doc_word_sentence(doc, 7);
	doc->events = &ev;
	doc->nevents = 1;
	at_places_locate_events(doc);
	assert_int_equal(ev.place, doc->dateline_place);
	assert_int_equal(ev.location_how, AT_LOC_DATELINE);
	doc->events = NULL;
	doc->nevents = 0;
	at_doc_free(doc);
	at_gazetteer_free(g);
}

/* How the event at word anchor of text is located, given a hand-made tree
 * (1-based heads, one relation per word). */
static int located_by(const at_gazetteer *g, const char *text, const int *heads,
		      const char *const *rels, uint32_t anchor)
{
	at_doc *doc = places_of(g, text);
	assert_true(doc->nplaces > 0);
	for (size_t i = 0; i < doc->nwords; i++) {
		doc->words[i].head = (int16_t)heads[i];
		doc->words[i].deprel = (uint8_t)at_deprel_id(rels[i]);
	}
	at_event ev;
	memset(&ev, 0, sizeof ev);
	ev.anchor = anchor;
	ev.source = ev.target = -1;
	doc->events = &ev;
	doc->nevents = 1;
	at_places_locate_events(doc);
	doc->events = NULL;
	doc->nevents = 0;
	at_doc_free(doc);
	return ev.location_how;
}

/* A place on one of the event's participants, or on the word the event is
 * the purpose of, places it; a destination of the participant does not. */
static void events_are_placed_through_participants_and_purpose(void **state)
{
	(void)state;
	at_gazetteer *g = shipped();
	if (!g)
		return;
	static const int met_heads[] = {2, 0, 2, 6, 6, 3, 2};
	static const char *const met_rels[] = {"nsubj", "root", "obj", "case", "compound", "nmod", "punct"};
	assert_int_equal(located_by(g, "Blinken met Obrador in Mexico City.", met_heads, met_rels, 1),
			 AT_LOC_CLAUSE);
	static const int trip_heads[] = {2, 0, 4, 2, 6, 2, 6, 2};
	static const char *const trip_rels[] = {"nsubj", "root", "case", "obl", "mark", "advcl", "obj", "punct"};
	assert_int_equal(located_by(g, "Blinken traveled to Mexico to meet Obrador.", trip_heads, trip_rels, 5),
			 AT_LOC_CLAUSE);
	static const int ext_heads[] = {2, 0, 4, 2, 4, 7, 5, 2};
	static const char *const ext_rels[] = {"nsubj", "root", "mark", "xcomp", "obj", "case", "nmod", "punct"};
	assert_int_not_equal(located_by(g, "Ebrard wants to extradite suspects to Mexico.", ext_heads, ext_rels, 3),
			     AT_LOC_CLAUSE);
	at_gazetteer_free(g);
}

static void jsonl_has_byte_offsets_and_country(void **state)
{
	(void)state;
	at_gazetteer *g = shipped();
	if (!g)
		return;
	at_doc *doc = places_of(g, "Café owners in São Paulo protested.");
	at_buf out;
	at_buf_init(&out);
	at_places_write_jsonl(doc, &out);
	assert_non_null(strstr(out.data, "\"start\":16,\"end\":26,\"text\":\"São Paulo\""));
	assert_non_null(strstr(out.data, "\"country\":\"BR\""));
	at_buf_free(&out);
	at_doc_free(doc);
	at_gazetteer_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(normalisation_folds_case_accents_and_abbreviations),
		cmocka_unit_test(compiled_table_answers_lookups),
		cmocka_unit_test(corrupt_file_is_refused),
		cmocka_unit_test(paris_is_in_france_unless_texas),
		cmocka_unit_test(people_organisations_and_demonyms),
		cmocka_unit_test(washington_said_is_an_actor),
		cmocka_unit_test(dateline_gives_the_place),
		cmocka_unit_test(events_are_placed_by_clause_sentence_or_dateline),
		cmocka_unit_test(events_are_placed_through_participants_and_purpose),
		cmocka_unit_test(jsonl_has_byte_offsets_and_country),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
