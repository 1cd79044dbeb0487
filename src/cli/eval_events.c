/* attache eval events SUITE: the peers' validation suites, coded from their
 * raw text by attache's own pipeline with the suite's own dictionaries. */
#include "actors/compile.h"
#include "cli/cli.h"
#include "eval/events_eval.h"
#include "events/events.h"
#include "events/verbdict.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: attache eval events [OPTIONS] SUITE\n\n"
	"Codes a validation suite's sentences from their raw text (tokenizer,\n"
	"tagger, parser, actors, events) with the suite's own actor and verb\n"
	"dictionaries and reports records fully correct (every expected event with\n"
	"its code, source and target, and nothing more) and event precision and\n"
	"recall over dyadic events. SUITE: petrarch2, petrarch-classic, universal,\n"
	"tabari.\n\n"
	"  --data DIR      the events data folder (default $SHARED/data/events,\n"
	"                  else ../shared/data/events)\n"
	"  --models DIR    folder with the tagger and parser models\n"
	"  --verbose       print every record that is not fully correct\n";

typedef struct category {
	char name[32];
	size_t records, correct;
} category;

typedef struct tally {
	category cats[64];
	size_t ncats, records, correct, produced, expected, matched;
} tally;

static void count(tally *t, const char *name, const at_ev_result *res)
{
	category *c = NULL;
	for (size_t i = 0; i < t->ncats; i++)
		if (strcmp(t->cats[i].name, name) == 0)
			c = &t->cats[i];
	if (!c && t->ncats < 64) {
		c = &t->cats[t->ncats++];
		snprintf(c->name, sizeof c->name, "%s", name);
	}
	if (c) {
		c->records++;
		c->correct += res->correct != 0;
	}
	t->records++;
	t->correct += res->correct != 0;
	t->produced += res->produced;
	t->expected += res->expected;
	t->matched += res->matched;
}

static void print_failure(const at_ev_record *r, const at_doc *doc)
{
	printf("FAIL %s: %s\n  expected:", r->id, r->text);
	for (size_t k = 0; k < r->nevents; k++)
		printf(" %s/%s/%s", r->events[k].source, r->events[k].target, r->events[k].code);
	printf(r->nevents ? "\n  got:" : " none\n  got:");
	for (size_t i = 0; i < doc->nevents; i++) {
		const at_event *e = &doc->events[i];
		printf(" %s/%s/%s", e->source_code, e->target_code ? e->target_code : "-", e->code);
	}
	putchar('\n');
}

/* Compiles the suite's verb dictionary into a temporary file and loads it. */
static at_verb_dict *load_verbs(const at_ev_suite *s, char *err, size_t errlen)
{
	char tmp[] = "/tmp/attache-verbs-XXXXXX";
	int fd = mkstemp(tmp);
	if (fd < 0) {
		snprintf(err, errlen, "cannot create a temporary file");
		return NULL;
	}
	close(fd);
	size_t n = 0;
	while (n < 4 && s->verb_files[n])
		n++;
	at_verb_dict *d = NULL;
	if (at_verb_dict_compile((const char *const *)s->verb_files, n, tmp, err, errlen) == 0)
		d = at_verb_dict_load(tmp, err, errlen);
	unlink(tmp);  /* the mapping stays valid */
	return d;
}

static int code_record(const attache_engine *engine, const at_actor_dict *actors, const at_verb_dict *verbs,
		       const at_ev_record *r, int verbose, tally *t)
{
	char err[512];
	attache_doc *d = attache_doc_new(r->id, r->text, strlen(r->text));
	if (!d)
		return -1;
	if (r->date[0])
		attache_doc_set_date(d, r->date);
	at_doc *doc = (at_doc *)d;
	int rc = attache_process(engine, d, ATTACHE_STAGE_PARSE, err, sizeof err) == ATTACHE_OK &&
			 at_actors_find(actors, doc) == 0 && at_events_code(verbs, doc, 0) == 0
		 ? 0 : -1;
	if (rc == 0) {
		at_ev_result res;
		at_ev_score(r, doc, &res);
		count(t, r->category ? r->category : "-", &res);
		if (verbose && !res.correct)
			print_failure(r, doc);
	} else {
		fprintf(stderr, "attache eval events: %s: %s\n", r->id, err);
	}
	attache_doc_free(d);
	return rc;
}

static void report(const tally *t)
{
	printf("%-12s %8s %8s\n", "category", "records", "correct");
	for (size_t i = 0; i < t->ncats; i++)
		printf("%-12s %8zu %8zu\n", t->cats[i].name, t->cats[i].records, t->cats[i].correct);
	printf("events: %zu expected, %zu produced, %zu matched\n", t->expected, t->produced, t->matched);
	double p = t->produced ? (double)t->matched / (double)t->produced : 0.0;
	double r = t->expected ? (double)t->matched / (double)t->expected : 0.0;
	printf("records %zu/%zu fully correct, precision %.2f, recall %.2f\n", t->correct, t->records, p, r);
}

static int run(const char *data, const char *models, const char *name, int verbose)
{
	char err[1024];
	at_ev_suite suite;
	if (at_ev_suite_read(data, name, &suite, err, sizeof err) != 0) {
		fprintf(stderr, "attache eval events: %s\n", err);
		return EXIT_USAGE;
	}
	size_t nactor = 0;
	while (nactor < 6 && suite.actor_files[nactor])
		nactor++;
	at_actor_dict *actors = at_actor_dict_compile_mem((const char *const *)suite.actor_files, nactor, NULL,
							  err, sizeof err);
	at_verb_dict *verbs = actors ? load_verbs(&suite, err, sizeof err) : NULL;
	attache_options opts;
	attache_options_init(&opts);
	opts.stages = ATTACHE_STAGE_PARSE;
	opts.model_dir = models;
	attache_engine *engine = verbs ? attache_engine_new(&opts, err, sizeof err) : NULL;
	int rc = EXIT_OK;
	if (!engine) {
		fprintf(stderr, "attache eval events: %s\n", err);
		rc = EXIT_USAGE;
	} else {
		tally *t = calloc(1, sizeof *t);
		for (size_t i = 0; t && i < suite.nrecords; i++)
			if (code_record(engine, actors, verbs, &suite.records[i], verbose, t) != 0)
				rc = EXIT_SOME_FAILED;
		if (t)
			report(t);
		free(t);
	}
	attache_engine_free(engine);
	at_verb_dict_free(verbs);
	at_actor_dict_free(actors);
	at_ev_suite_free(&suite);
	return rc;
}

int cmd_eval_events(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"data", required_argument, NULL, 'D'}, {"models", required_argument, NULL, 'm'},
		{"verbose", no_argument, NULL, 'v'},    {"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	char data[4096];
	const char *shared = getenv("SHARED");
	snprintf(data, sizeof data, "%s/data/events", shared && *shared ? shared : "../shared");
	const char *models = NULL;
	int verbose = 0, c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "D:m:vh", longopts, NULL)) != -1) {
		switch (c) {
		case 'D': snprintf(data, sizeof data, "%s", optarg); break;
		case 'm': models = optarg; break;
		case 'v': verbose = 1; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: return cli_usage_error("eval events", "bad option");
		}
	}
	if (optind != argc - 1)
		return cli_usage_error("eval events", "give one suite: %s", at_ev_suite_names);
	return run(data, models, argv[optind], verbose);
}
