/* The sample articles of ../shared/seeds through the whole pipeline: the
 * meetings, visits, phone calls, agreements to talk, sanctions,
 * deportations, appeals and praise they report come out with the right
 * dyad, code, modality and date; the meeting that was not announced and the
 * policy that was not discussed give nothing, and nothing comes out without
 * a party on the other end. */
#include "helpers.h"

#include "attache.h"
#include "core/doc.h"

#define MAX_DOCS 8

typedef struct seeds {
	attache_engine *engine;
	attache_doc *docs[MAX_DOCS];
	size_t ndocs;
} seeds;

static int have_models(void)
{
	const char *needed[] = {"models/tagger.atm", "models/parser.atm", "dict/actors.atm", "dict/verbs.atm",
				"dict/gazetteer.atm"};
	struct stat st;
	for (size_t i = 0; i < sizeof needed / sizeof needed[0]; i++)
		if (stat(needed[i], &st) != 0) {
			fprintf(stderr, "skipped: %s is absent (make models dicts gazetteer)\n", needed[i]);
			return 0;
		}
	return 1;
}

/* Reads and codes every seed article; NULL when the data is absent. */
static seeds *code_seeds(int keep_negated)
{
	char path[4096];
	if (!test_shared_path("seeds/seeds.jsonl", path, sizeof path) || !have_models())
		return NULL;
	seeds *s = calloc(1, sizeof *s);
	assert_non_null(s);
	attache_options opts;
	attache_options_init(&opts);
	opts.keep_negated = keep_negated;
	char err[512];
	s->engine = attache_engine_new(&opts, err, sizeof err);
	if (!s->engine) {
		/* a model of another format than this build's: the models are
		 * being retrained, which is no fault of event coding */
		fprintf(stderr, "skipped: the models do not load: %s\n", err);
		free(s);
		return NULL;
	}
	const char *paths[] = {path};
	attache_reader *r = attache_reader_new(paths, 1, NULL);
	attache_doc *doc;
	attache_status st;
	while ((st = attache_reader_next(r, &doc, err, sizeof err)) != ATTACHE_DONE) {
		assert_int_equal(st, ATTACHE_OK);
		assert_int_equal(attache_process(s->engine, doc, ATTACHE_STAGE_ALL, err, sizeof err), ATTACHE_OK);
		assert_true(s->ndocs < MAX_DOCS);
		s->docs[s->ndocs++] = doc;
	}
	attache_reader_free(r);
	assert_int_equal(s->ndocs, 4);
	return s;
}

static void free_seeds(seeds *s)
{
	for (size_t i = 0; i < s->ndocs; i++)
		attache_doc_free(s->docs[i]);
	attache_engine_free(s->engine);
	free(s);
}

static const at_doc *doc_starting(const seeds *s, const char *prefix)
{
	for (size_t i = 0; i < s->ndocs; i++) {
		const at_doc *d = (const at_doc *)s->docs[i];
		if (strncmp(d->id, prefix, strlen(prefix)) == 0)
			return d;
	}
	fail_msg("no seed document %s", prefix);
	return NULL;
}

static int has_prefix(const char *code, const char *prefix)
{
	return code && strncmp(code, prefix, strlen(prefix)) == 0;
}

static void dump_events(const at_doc *d)
{
	for (size_t i = 0; i < d->nevents; i++)
		fprintf(stderr, "  %s: sent %u %s %s -> %s %s\n", d->id, d->events[i].sent, d->events[i].code,
			d->events[i].source_code, d->events[i].target_code ? d->events[i].target_code : "-",
			d->events[i].date ? d->events[i].date : "-");
}

/* The sentence of d holding text. */
static uint32_t sentence_of(const at_doc *d, const char *text)
{
	const char *at = strstr(d->text, text);
	if (!at)
		fail_msg("%s: no sentence holds '%s'", d->id, text);
	size_t off = (size_t)(at - d->text);
	for (uint32_t s = 0; s < d->nsents; s++)
		if (d->sents[s].start <= off && off < d->sents[s].end)
			return s;
	fail_msg("%s: '%s' is in no sentence", d->id, text);
	return 0;
}

/* One event an article reports: in the sentence holding text, the exact
 * CAMEO code, source and target starting with the given actor codes (NULL
 * target: none), the modality (-1: any) and the date (NULL: any). */
typedef struct seed_event {
	const char *doc, *text, *code, *src, *tgt;
	int modality;
	const char *date;
} seed_event;

static int matches(const at_event *e, const seed_event *x)
{
	return strcmp(e->code, x->code) == 0 && has_prefix(e->source_code, x->src) &&
	       (x->tgt ? has_prefix(e->target_code, x->tgt) : e->target_code == NULL) &&
	       (x->modality < 0 || e->modality == x->modality) &&
	       (!x->date || (e->date && strcmp(e->date, x->date) == 0));
}

static void expect_seed_event(const seeds *s, const seed_event *x)
{
	const at_doc *d = doc_starting(s, x->doc);
	uint32_t sent = sentence_of(d, x->text);
	for (size_t i = 0; i < d->nevents; i++)
		if (d->events[i].sent == sent && matches(&d->events[i], x))
			return;
	dump_events(d);
	fail_msg("%s sentence %u: no %s %s -> %s (modality %d, date %s)", d->id, sent, x->code, x->src,
		 x->tgt ? x->tgt : "-", x->modality, x->date ? x->date : "any");
}

/* The events of the sentence holding text (code_prefix NULL: all). */
static size_t events_in_sentence_coded(const at_doc *d, const char *text, const char *code_prefix)
{
	uint32_t sent = sentence_of(d, text);
	size_t n = 0;
	for (size_t i = 0; i < d->nevents; i++)
		n += d->events[i].sent == sent && (!code_prefix || has_prefix(d->events[i].code, code_prefix));
	return n;
}

static size_t asserted_in_sentence(const at_doc *d, const char *text, const char *code_prefix)
{
	uint32_t sent = sentence_of(d, text);
	size_t n = 0;
	for (size_t i = 0; i < d->nevents; i++)
		n += d->events[i].sent == sent && has_prefix(d->events[i].code, code_prefix) &&
		     d->events[i].modality == AT_MOD_ASSERTED;
	return n;
}

static size_t events_in_sentence(const at_doc *d, const char *text)
{
	return events_in_sentence_coded(d, text, NULL);
}

/* The events of the sentence holding text with an actor whose code starts
 * with prefix on either end. */
static size_t events_with_actor(const at_doc *d, const char *text, const char *prefix)
{
	uint32_t sent = sentence_of(d, text);
	size_t n = 0;
	for (size_t i = 0; i < d->nevents; i++)
		n += d->events[i].sent == sent &&
		     (has_prefix(d->events[i].source_code, prefix) || has_prefix(d->events[i].target_code, prefix));
	return n;
}

enum { ANY = -1, ASSERTED = AT_MOD_ASSERTED, FUTURE = AT_MOD_FUTURE, HYPOTHETICAL = AT_MOD_HYPOTHETICAL };

/* What the four articles report, read by a person: meetings, visits, phone
 * calls, agreements to talk, sanctions, deportations, appeals and praise. A
 * meeting, phone call or negotiation comes out both ways; an intent to meet
 * (036) is the one side's unless both agreed. */
static const seed_event reported[] = {
	{"000", "will hold two top-level meetings", "046", "USA", "MEX", FUTURE, NULL},
	{"000", "will hold two top-level meetings", "046", "MEX", "USA", FUTURE, NULL},
	{"000", "are holding talks on Friday", "046", "USAGOV", "MEXGOV", ASSERTED, "2023-09-29"},
	{"000", "are holding talks on Friday", "046", "MEXGOV", "USAGOV", ASSERTED, "2023-09-29"},
	{"000", "will travel to Mexico City", "042", "USAGOV", "MEX", FUTURE, "2023-10-05"},
	{"000", "wants to meet with US President", "036", "MEXGOV", "USAGOV", FUTURE, NULL},
	{"000", "She appealed for help", "023", "MEX", NULL, ASSERTED, NULL},
	{"000", "deport asylum seekers", "174", "MEX", "MEXREF", FUTURE, NULL},
	{"000", "has imposed sanctions on cartels", "163", "USA", "USACRM", ASSERTED, NULL},
	{"001", "called the bilateral meetings", "040", "USAGOV", "MEXGOV", ASSERTED, "2023-12-27"},
	{"001", "called the bilateral meetings", "040", "MEXGOV", "USAGOV", ASSERTED, "2023-12-27"},
	{"001", "as the sides agreed to continue talks", "036", "USAGOV", "MEXGOV", FUTURE, NULL},
	{"001", "as the sides agreed to continue talks", "036", "MEXGOV", "USAGOV", FUTURE, NULL},
	{"001", "agreed to keep talking", "036", "USAGOV", "MEXGOV", FUTURE, NULL},
	{"001", "agreed to keep talking", "036", "MEXGOV", "USAGOV", FUTURE, NULL},
	{"001", "will travel to Washington in January", "042", "MEXGOV", "USA", FUTURE, "2024-01"},
	{"001", "will travel to Washington in January", "040", "MEXGOV", "USAGOV", FUTURE, "2024-01"},
	{"001", "will travel to Washington in January", "040", "USAGOV", "MEXGOV", FUTURE, "2024-01"},
	{"001", "we appreciate Mexico's commitment", "051", "USAGOV", "MEX", ASSERTED, NULL},
	{"001", "started by Biden's phone call", "041", "USAGOV", "MEXGOV", ASSERTED, "2023-W51"},
	{"001", "started by Biden's phone call", "041", "MEXGOV", "USAGOV", ASSERTED, "2023-W51"},
	{"002", "were in Mexico to meet with President", "040", "USAGOV", "MEXGOV", ASSERTED, "2021-10-08"},
	{"002", "were in Mexico to meet with President", "040", "MEXGOV", "USAGOV", ASSERTED, "2021-10-08"},
	{"002", "was his third trip to Mexico City", "042", "USAGOV", "MEX", ANY, "2021-10-08"},
	{"003", "shifting his focus to security talks", "040", "USAGOV", "MEX", ASSERTED, NULL},
	{"003", "shifting his focus to security talks", "040", "MEX", "USAGOV", ASSERTED, NULL},
	{"003", "Blinken met with French President", "040", "USAGOV", "FRAGOV", ASSERTED, "2021-10-07"},
	{"003", "Blinken met with French President", "040", "FRAGOV", "USAGOV", ASSERTED, "2021-10-07"},
	{"003", "when they talk later this month", "040", "USAGOV", "FRAGOV", HYPOTHETICAL, NULL},
	{"003", "when they talk later this month", "040", "FRAGOV", "USAGOV", HYPOTHETICAL, NULL},
	{"003", "Biden and Macron talked by phone", "041", "USAGOV", "FRAGOV", ASSERTED, NULL},
	{"003", "Biden and Macron talked by phone", "041", "FRAGOV", "USAGOV", ASSERTED, NULL},
	/* joining colleagues in Mexico City for a dialogue is visiting Mexico */
	{"003", "Blinken is joining U.S. Homeland", "042", "USAGOV", "MEX", ASSERTED, NULL},
};

static void diplomacy_comes_out_with_its_dyads(void **state)
{
	(void)state;
	seeds *s = code_seeds(0);
	if (!s)
		return;
	for (size_t i = 0; i < sizeof reported / sizeof reported[0]; i++)
		expect_seed_event(s, &reported[i]);
	free_seeds(s);
}

/* What the articles do not report: a bare "stressed" or "took action" with
 * nobody on the other end, a place taken for a party, a call to meet read
 * into praise of a meeting, a hypothetical read as fact. */
static void no_event_without_a_party(void **state)
{
	(void)state;
	seeds *s = code_seeds(0);
	if (!s)
		return;
	for (size_t k = 0; k < s->ndocs; k++) {
		const at_doc *d = (const at_doc *)s->docs[k];
		for (size_t i = 0; i < d->nevents; i++) {
			const at_event *e = &d->events[i];
			int unilateral = (has_prefix(e->code, "02") && strcmp(e->code, "020") != 0) ||
					 has_prefix(e->code, "16");
			if (!e->target_code && !unilateral) {
				dump_events(d);
				fail_msg("%s sentence %u: %s without a target", d->id, e->sent, e->code);
			}
			/* Rome is where they talk, not whom with */
			assert_false(has_prefix(e->target_code, "ITA"));
			/* containing China is what collaboration could do */
			if (has_prefix(e->target_code, "CHN"))
				assert_int_equal(e->modality, AT_MOD_HYPOTHETICAL);
		}
	}
	const at_doc *d0 = doc_starting(s, "000"), *d1 = doc_starting(s, "001"), *d2 = doc_starting(s, "002");
	assert_int_equal(events_in_sentence_coded(d0, "agreed to take further action", "171"), 0);
	/* a meeting, a phone call, a negotiation is both parties' */
	for (size_t k = 0; k < s->ndocs; k++) {
		const at_doc *d = (const at_doc *)s->docs[k];
		for (size_t i = 0; i < d->nevents; i++) {
			const at_event *e = &d->events[i];
			if (strcmp(e->code, "040") != 0 && strcmp(e->code, "041") != 0 && strcmp(e->code, "046") != 0)
				continue;
			int back = 0;
			for (size_t j = 0; j < d->nevents; j++)
				back |= d->events[j].sent == e->sent && strcmp(d->events[j].code, e->code) == 0 &&
					d->events[j].target_code &&
					strcmp(d->events[j].source_code, e->target_code) == 0 &&
					strcmp(d->events[j].target_code, e->source_code) == 0;
			if (!back) {
				dump_events(d);
				fail_msg("%s sentence %u: %s %s -> %s but not back", d->id, e->sent, e->code,
					 e->source_code, e->target_code);
			}
		}
	}
	/* calling the meetings productive is no call to meet (036 asserted);
	 * the sides' agreement to continue talks is, in the future */
	assert_int_equal(asserted_in_sentence(d1, "called the bilateral meetings", "03"), 0);
	assert_int_equal(events_in_sentence_coded(d1, "called the Mexico City meeting", "03"), 0);
	assert_int_equal(events_in_sentence_coded(d2, "since taking on the job", "17"), 0);
	/* "were in Mexico": Mexico is where they met, not one of the party */
	uint32_t in_mexico = sentence_of(d2, "were in Mexico to meet");
	for (size_t i = 0; i < d2->nevents; i++)
		if (d2->events[i].sent == in_mexico)
			assert_true(strcmp(d2->events[i].source_code, "MEX") != 0 &&
				    strcmp(d2->events[i].source_code, "USA") != 0);
	/* what Ebrard wants to see the United States do is not done */
	assert_int_equal(asserted_in_sentence(doc_starting(s, "003"), "he wants to see the United States", "0"), 0);
	assert_int_equal(events_in_sentence(d2, "Blinken stressed that"), 0);
	free_seeds(s);
}

/* Junk the coder once emitted, each for a reason of its own: an intention
 * coded by its bare verb with the intended act's target (SEEK 030), a bare
 * verb the dictionary codes as disapproval (EXPRESS 110), the controller of
 * "allow us to set" taken from the sentence's subject, a pattern word and
 * a target past a colon, a name hyphened to a noun taken for a party
 * ("Trump-era policy"), a verb's source promoted from its targets
 * ("collaboration between Washington and Paris"), a list item read as a
 * predicate ("named as priorities ... protecting our people") and a wish
 * read as a statement (SEE 010), a wait read as a prediction (AWAIT 010)
 * and a noun the parser made a verb ("extradite suspects"). */
static void junk_gives_nothing(void **state)
{
	(void)state;
	seeds *s = code_seeds(0);
	if (!s)
		return;
	const at_doc *d0 = doc_starting(s, "000"), *d1 = doc_starting(s, "001"), *d2 = doc_starting(s, "002"),
		     *d3 = doc_starting(s, "003");
	assert_int_equal(events_with_actor(d0, "keep migrants as they seek to enter", "USA"), 0);
	/* waiting is no statement (AWAIT is under PREDICT, 010, in CAMEO.2.0) */
	assert_int_equal(events_with_actor(d0, "as they await decisions", "USA"), 0);
	assert_int_equal(events_in_sentence(d1, "expressed the need to tackle"), 0);
	assert_int_equal(events_in_sentence(d2, "sketched the basic parameters"), 0);
	assert_int_equal(events_in_sentence(d2, "as they have discussed this trip"), 0);
	assert_int_equal(events_with_actor(d2, "to revive the Trump-era border policy", "USAELI"), 0);
	assert_int_equal(events_in_sentence_coded(d2, "protecting our people", "07"), 0);
	assert_int_equal(events_in_sentence_coded(d3, "could lead to new collaboration", "03"), 0);
	/* pulling out of a deal is no trip to France */
	assert_int_equal(events_in_sentence_coded(d3, "pulled out of an earlier deal", "04"), 0);
	/* what Ebrard wants the United States to do is at most his appeal
	 * to it, still to come; never a statement */
	uint32_t wants = sentence_of(d3, "he wants to see the United States");
	for (size_t i = 0; i < d3->nevents; i++) {
		const at_event *e = &d3->events[i];
		if (e->sent != wants)
			continue;
		assert_true(has_prefix(e->code, "02") || has_prefix(e->code, "10"));
		assert_true(has_prefix(e->source_code, "MEX") && has_prefix(e->target_code, "USA"));
		assert_int_equal(e->modality, AT_MOD_FUTURE);
	}
	free_seeds(s);
}

static void traps_give_nothing(void **state)
{
	(void)state;
	seeds *s = code_seeds(0);
	if (!s)
		return;
	assert_int_equal(events_in_sentence(doc_starting(s, "000"), "No meeting was immediately announced"), 0);
	assert_int_equal(events_in_sentence(doc_starting(s, "002"), "did not discuss the"), 0);
	free_seeds(s);
	/* with --negated the discussion that did not happen is there, marked */
	s = code_seeds(1);
	assert_non_null(s);
	const at_doc *d2 = doc_starting(s, "002");
	int negated = 0;
	for (size_t i = 0; i < d2->nevents; i++)
		negated |= d2->events[i].negated && has_prefix(d2->events[i].code, "04");
	assert_true(negated);
	/* and so is the meeting that was not announced */
	const at_doc *d0 = doc_starting(s, "000");
	assert_true(events_in_sentence(d0, "No meeting was immediately announced") > 0);
	free_seeds(s);
}

/* Shapes of wire-news sentences that gave junk events (sentences written
 * for this test): a list of donors split by the parser, a denied attack,
 * a city naming an agreement, talks (met first by the name's first word)
 * and a creditors' club, a city naming where
 * ministers met, a court ruling "in favor of", a figure "according to"
 * someone, an actor found past the verb's own phrase, the one a statement
 * is about read as the one it is made to, the agency a minister speaks to. */
static void news_shapes_give_no_junk(void **state)
{
	(void)state;
	char path[4096];
	if (!test_shared_path("seeds/seeds.jsonl", path, sizeof path) || !have_models())
		return;
	static const char text[] =
		"The World Bank, the European Union, Canada, Belgium, Sweden, Italy and Denmark had contributed "
		"to the fund, he said.\n\n"
		"Iran denied that it had attacked the tanker.\n\n"
		"Ministers of Japan, Canada and Italy reaffirmed the Paris accord.\n\n"
		"Peru said it stood by the Paris agreement.\n\n"
		"Peru reached an accord with the Paris Club.\n\n"
		"Peru praised the New Delhi talks.\n\n"
		"Peru's finance minister told Reuters in an interview the creditor banks had agreed to consider "
		"the offer.\n\n"
		"A Peruvian spokesman contacted by Reuters said the report was a rumour.\n\n"
		"The foreign ministers of Peru and Chile met today in an elegant Moscow mansion.\n\n"
		"A district court ruled in favor of Canada.\n\n"
		"Exports rose to Japan, according to Canada.\n\n"
		"Argentina rejected its quota and demanded a share equal to the quota set for Chile.\n\n"
		"The Canadian agency noted Chile's losses.\n\n"
		"Peru's minister was asked by reporters if the offer stood.\n\n"
		"India and Egypt bought white sugar this week.\n\n"
		"Peru attended the semi-annual meetings of the International Monetary Fund and the World Bank.\n\n"
		"After travelling this week to France, Russia, Switzerland and India, the Peruvian minister hopes to "
		"visit Canada and Japan next week before starting negotiations with banks.\n";
	char err[512];
	attache_engine *e = attache_engine_new(NULL, err, sizeof err);
	if (!e) {
		fprintf(stderr, "skipped: the models do not load: %s\n", err);
		return;
	}
	attache_doc *doc = attache_doc_new("news", text, sizeof text - 1);
	assert_non_null(doc);
	assert_int_equal(attache_doc_set_date(doc, "2024-03-01"), ATTACHE_OK);
	assert_int_equal(attache_process(e, doc, ATTACHE_STAGE_ALL, err, sizeof err), ATTACHE_OK);
	const at_doc *d = (const at_doc *)doc;
	/* only Peru's accord with its creditors and its meeting with Chile may
	 * come out, never with France, Russia, India or the press (nor the
	 * press's questions), nor Argentina's demand with Chile, who is only
	 * named further on, nor India's and Egypt's purchases with each other,
	 * nor talks between the IMF and the World Bank, nor the places of a
	 * journey before the one who made it */
	size_t junk = 0;
	for (size_t i = 0; i < d->nevents; i++) {
		const at_event *ev = &d->events[i];
		const char *target = ev->target_code ? ev->target_code : "";
		junk += !(has_prefix(ev->source_code, "PER") || has_prefix(target, "PER")) ||
			has_prefix(ev->source_code, "FRA") || has_prefix(target, "FRA") ||
			has_prefix(ev->source_code, "RUS") || has_prefix(target, "RUS") ||
			has_prefix(ev->source_code, "IND") || has_prefix(target, "IND") || strstr(target, "MED") ||
			strstr(ev->source_code, "MED");
	}
	if (junk)
		dump_events(d);
	assert_int_equal(junk, 0);
	attache_doc_free(doc);
	attache_engine_free(e);
}

static void ids_are_unique_and_stable(void **state)
{
	(void)state;
	seeds *a = code_seeds(0);
	if (!a)
		return;
	seeds *b = code_seeds(0);
	assert_non_null(b);
	for (size_t k = 0; k < a->ndocs; k++) {
		const at_doc *x = (const at_doc *)a->docs[k], *y = (const at_doc *)b->docs[k];
		assert_int_equal(x->nevents, y->nevents);
		for (size_t i = 0; i < x->nevents; i++) {
			assert_string_equal(x->events[i].id, y->events[i].id);
			for (size_t j = 0; j < i; j++)
				assert_string_not_equal(x->events[i].id, x->events[j].id);
		}
	}
	free_seeds(a);
	free_seeds(b);
}

/* The line of the rendered clusters that names both documents, or NULL. */
static char *cluster_line_with(char *clusters, const char *doc_a, const char *doc_b)
{
	for (char *line = strtok(clusters, "\n"); line; line = strtok(NULL, "\n"))
		if (strstr(line, doc_a) && strstr(line, doc_b))
			return line;
	return NULL;
}

/* Through the public linker, as `attache code --dedup` runs it: the two
 * reports of the October 2021 security dialogue (002 and 003) are one
 * event with two sources, and the 2023 meetings (000, 001) stay apart. */
static void the_public_linker_joins_reports_of_one_event(void **state)
{
	(void)state;
	seeds *s = code_seeds(0);
	if (!s)
		return;
	attache_linker *linker = attache_linker_new(1);
	assert_non_null(linker);
	char err[256];
	for (size_t i = 0; i < s->ndocs; i++)
		assert_int_equal(attache_linker_add(linker, s->docs[i], err, sizeof err), ATTACHE_OK);
	size_t len = 0;
	char *clusters = attache_linker_render(linker, &len);
	assert_non_null(clusters);
	assert_int_equal(strlen(clusters), len);
	char *copy = strdup(clusters);
	assert_non_null(copy);
	const char *dialogue = cluster_line_with(clusters, "\"doc\":\"002_", "\"doc\":\"003_");
	assert_non_null(dialogue);
	assert_non_null(strstr(dialogue, "\"sources\":2,"));
	assert_null(cluster_line_with(copy, "\"doc\":\"000_", "\"doc\":\"001_"));
	/* each record names its cluster, the one the rendered line gives */
	char id[13];
	assert_int_equal(sscanf(dialogue, "{\"cluster\":\"%12[0-9a-f]\"", id), 1);
	const at_doc *d = doc_starting(s, "003");
	int found = 0;
	for (size_t i = 0; i < d->nevents; i++)
		found |= strcmp(d->events[i].cluster, id) == 0;
	assert_true(found);
	free(copy);
	attache_free(clusters);
	attache_linker_free(linker);
	free_seeds(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(diplomacy_comes_out_with_its_dyads),
		cmocka_unit_test(no_event_without_a_party),
		cmocka_unit_test(junk_gives_nothing),
		cmocka_unit_test(traps_give_nothing),
		cmocka_unit_test(news_shapes_give_no_junk),
		cmocka_unit_test(ids_are_unique_and_stable),
		cmocka_unit_test(the_public_linker_joins_reports_of_one_event),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
