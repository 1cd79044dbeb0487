/* The sample articles of ../shared/seeds through the real pipeline (tagger,
 * parser, compiled dictionary): every named official and every country
 * gets the country and role valid on the article's date. */
#include "helpers.h"

#include "attache.h"
#include "core/doc.h"

#include <jansson.h>

typedef struct expect {
	const char *doc;      /* id prefix */
	const char *text;     /* mention text, exactly */
	const char *code;
} expect;

static const expect expected[] = {
	{"000", "Secretary of State Antony Blinken", "USAGOV"},
	{"000", "Mexican Foreign Secretary Alicia Barcena", "MEXGOV"},
	{"000", "Attorney General Merrick Garland", "USAGOV"},
	{"000", "Homeland Security Secretary Alejandro Mayorkas", "USAGOV"},
	{"000", "Mexican President Andres Manuel Lopez Obrador", "MEXGOV"},
	{"000", "US President Joe Biden", "USAGOV"},
	{"000", "Donald Trump", "USAELI"},
	{"000", "Blinken", "USAGOV"},
	{"000", "Barcena", "MEXGOV"},
	{"000", "Lopez Obrador", "MEXGOV"},
	{"000", "Mexico", "MEX"},
	{"000", "Venezuela", "VEN"},
	{"000", "China", "CHN"},
	{"000", "top US trade officials", "USAGOVBUS"},
	{"000", "State Department officials", "USAGOV"},
	{"000", "Mexican drug cartels", "MEXCRM"},
	{"001", "Secretary of State Antony Blinken", "USAGOV"},
	{"001", "Homeland Security Secretary Alejandro Mayorkas", "USAGOV"},
	{"001", "Mayorkas", "USAGOV"},
	{"001", "President Joe Biden", "USAGOV"},
	{"001", "Mexican President Andres Manuel Lopez Obrador", "MEXGOV"},
	{"001", "Lopez Obrador", "MEXGOV"},
	{"001", "senior White House official", "USAGOV"},
	{"001", "Mexican officials", "MEXGOV"},
	{"001", "Mexico", "MEX"},
	{"002", "Secretary of State Antony Blinken", "USAGOV"},
	{"002", "Attorney General Merrick Garland", "USAGOV"},
	{"002", "Homeland Security Secretary Alejandro Mayorkas", "USAGOV"},
	{"002", "President Andres Manuel Lopez Obrador", "MEXGOV"},
	{"002", "Foreign Minister Marcelo Ebrard", "MEXGOV"},
	{"002", "Ebrard", "MEXGOV"},
	{"002", "Garland", "USAGOV"},
	{"002", "Trump", "USAELI"},
	{"002", "Mexico", "MEX"},
	{"003", "U.S. Secretary of State Antony Blinken", "USAGOV"},
	{"003", "Foreign Secretary Marcelo Ebrard", "MEXGOV"},
	{"003", "French President Emmanuel Macron", "FRAGOV"},
	{"003", "Foreign Minister Jean-Yves Le Drian", "FRAGOV"},
	{"003", "U.S. President Joe Biden", "USAGOV"},
	{"003", "Macron", "FRAGOV"},
	{"003", "Biden", "USAGOV"},
	{"003", "France", "FRA"},
	{"003", "Britain", "GBR"},
	{"003", "Australia", "AUS"},
	{"003", "Mexico", "MEX"},
};

/* Coreference: pronouns and titles alone resolve to the person named. */
typedef struct expect_link {
	const char *doc, *text, *entity;
} expect_link;

static const expect_link links[] = {
	{"000", "She", "Alicia Barcena"},
	{"002", "he", "Antony Blinken"},
	{"003", "top U.S. diplomat", "Antony Blinken"},
	{"003", "he", "Marcelo Ebrard"},
};

typedef struct fixture {
	attache_engine *engine;
	json_t *docs[8];
	size_t ndocs;
} fixture;

static int setup(void **state)
{
	char path[1024];
	struct stat st;
	if (!test_shared_path("seeds/seeds.jsonl", path, sizeof path))
		return 0;
	if (stat("models/tagger.atm", &st) != 0 || stat("models/parser.atm", &st) != 0 ||
	    stat("dict/actors.atm", &st) != 0) {
		fprintf(stderr, "skipped: models/tagger.atm, models/parser.atm or dict/actors.atm is absent "
				"(make models, make dicts)\n");
		return 0;
	}
	fixture *f = calloc(1, sizeof *f);
	attache_options opts;
	attache_options_init(&opts);
	opts.stages = ATTACHE_STAGE_ACTORS;
	char err[512];
	f->engine = attache_engine_new(&opts, err, sizeof err);
	if (!f->engine) {
		/* A model from an older build of its trainer: rebuild it (make models). */
		fprintf(stderr, "skipped: the models do not load (%s)\n", err);
		free(f);
		return 0;
	}
	FILE *in = fopen(path, "r");
	char line[1 << 16];
	while (in && f->ndocs < 8 && fgets(line, sizeof line, in))
		f->docs[f->ndocs++] = json_loads(line, 0, NULL);
	if (in)
		fclose(in);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	if (!f)
		return 0;
	for (size_t i = 0; i < f->ndocs; i++)
		json_decref(f->docs[i]);
	attache_engine_free(f->engine);
	free(f);
	return 0;
}

static attache_doc *process(fixture *f, const char *prefix)
{
	for (size_t i = 0; i < f->ndocs; i++) {
		const char *id = json_string_value(json_object_get(f->docs[i], "id"));
		if (strncmp(id, prefix, strlen(prefix)) != 0)
			continue;
		const char *text = json_string_value(json_object_get(f->docs[i], "text"));
		attache_doc *d = attache_doc_new(id, text, strlen(text));
		assert_int_equal(attache_doc_set_date(d, json_string_value(json_object_get(f->docs[i], "date"))),
				 ATTACHE_OK);
		char err[512];
		assert_int_equal(attache_process(f->engine, d, ATTACHE_STAGE_ACTORS, err, sizeof err), ATTACHE_OK);
		return d;
	}
	fail_msg("no seed document %s", prefix);
	return NULL;
}

static int mention_is(const at_doc *doc, const at_mention *m, const char *text)
{
	return strlen(text) == m->end - m->start && memcmp(doc->text + m->start, text, m->end - m->start) == 0;
}

static void test_codes(void **state)
{
	fixture *f = *state;
	if (!f)
		skip();
	for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
		const expect *x = &expected[i];
		attache_doc *d = process(f, x->doc);
		const at_doc *doc = (const at_doc *)d;
		int found = 0, right = 0;
		for (size_t k = 0; k < doc->nmentions; k++) {
			const at_mention *m = &doc->mentions[k];
			if (!mention_is(doc, m, x->text))
				continue;
			found = 1;
			right |= m->code && strcmp(m->code, x->code) == 0;
		}
		if (!found || !right)
			fail_msg("seed %s: '%s' should be a mention coded %s (%s)", x->doc, x->text, x->code,
				 found ? "wrong code" : "not found");
		attache_doc_free(d);
	}
}

static void test_every_country_coded(void **state)
{
	fixture *f = *state;
	if (!f)
		skip();
	for (size_t i = 0; i < f->ndocs; i++) {
		const char *id = json_string_value(json_object_get(f->docs[i], "id"));
		char prefix[4] = {id[0], id[1], id[2], 0};
		attache_doc *d = process(f, prefix);
		const at_doc *doc = (const at_doc *)d;
		for (size_t k = 0; k < doc->nmentions; k++) {
			const at_mention *m = &doc->mentions[k];
			if (m->how == AT_HOW_DICT && m->entity >= 0 && !doc->mentions[k].is_person)
				assert_non_null(m->code);
			if (mention_is(doc, m, "Mexico") || mention_is(doc, m, "Mexican"))
				assert_memory_equal(m->code, "MEX", 3);
			if (mention_is(doc, m, "U.S.") || mention_is(doc, m, "United States") ||
			    mention_is(doc, m, "American") || mention_is(doc, m, "Washington"))
				assert_memory_equal(m->code, "USA", 3);
			if (mention_is(doc, m, "France") || mention_is(doc, m, "French") || mention_is(doc, m, "Paris"))
				assert_memory_equal(m->code, "FRA", 3);
		}
		attache_doc_free(d);
	}
}

static void test_coreference(void **state)
{
	fixture *f = *state;
	if (!f)
		skip();
	for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
		attache_doc *d = process(f, links[i].doc);
		const at_doc *doc = (const at_doc *)d;
		int seen = 0;
		for (size_t k = 0; k < doc->nmentions; k++) {
			const at_mention *m = &doc->mentions[k];
			if (!mention_is(doc, m, links[i].text))
				continue;
			assert_true(m->entity >= 0);
			seen |= strcmp(doc->entities[m->entity].name, links[i].entity) == 0;
		}
		if (!seen)
			fail_msg("seed %s: no '%s' resolves to %s", links[i].doc, links[i].text, links[i].entity);
		attache_doc_free(d);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_codes),
		cmocka_unit_test(test_every_country_coded),
		cmocka_unit_test(test_coreference),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
