/* The speed bench behind `make bench`: per-stage and end-to-end throughput
 * of the library on a corpus, as one JSON line per run. scripts/bench runs
 * it several times and writes bench/results.md.
 *
 *   bench stages CORPUS [THREADS]        every stage, timed apart; with two or
 *                                        more threads each codes a share of
 *                                        the documents, and a stage's time is
 *                                        the longest any thread spent in it
 *   bench e2e CORPUS THREADS             attache_process + render, N threads
 *   bench task CORPUS STAGE[,STAGE...]   attache_process with only these
 *                                        stages (and what they need), one
 *                                        thread: a peer's task, done alone
 *   bench load                           load time of each model, milliseconds
 */
#include "attache.h"
#include "core/doc.h"
#include "core/grow.h"
#include "link/linker.h"
#include "pipeline/batch.h"
#include "pipeline/engine.h"
#include "text/sentsplit.h"
#include "text/tokenize.h"
#include "timex/timex.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

enum { ST_INGEST, ST_TOKENIZE, ST_TAG, ST_PARSE, ST_TIMEX, ST_PLACES, ST_ACTORS, ST_EVENTS, ST_LINK, ST_COUNT };
static const char *const stage_names[ST_COUNT] = {
	"ingest", "tokenize", "tag", "parse", "dates", "places", "actors", "events", "linking",
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long peak_rss_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

typedef struct corpus {
	attache_doc **docs;
	size_t n, cap, bytes;
} corpus;

static int load(const char *path, corpus *c)
{
	char err[1024];
	const char *paths[] = {path};
	attache_reader *r = attache_reader_new(paths, 1, NULL);
	attache_doc *doc;
	attache_status st;
	while ((st = attache_reader_next(r, &doc, err, sizeof err)) != ATTACHE_DONE) {
		if (st != ATTACHE_OK)
			continue;
		if (c->n == c->cap) {
			attache_doc **docs = at_grow(c->docs, &c->cap, sizeof *c->docs, 1024);
			if (!docs) {
				fprintf(stderr, "bench: out of memory reading %s\n", path);
				attache_doc_free(doc);
				break;
			}
			c->docs = docs;
		}
		c->docs[c->n++] = doc;
		c->bytes += ((at_doc *)doc)->len;
	}
	attache_reader_free(r);
	return c->n ? 0 : -1;
}

static void run_stages(const attache_engine *e, at_linker *linker, at_doc *doc, double *t)
{
	double t0 = now();
	at_tokenize_with(e->splitter, doc);
	double t1 = now();
	at_tagger_tag(e->tagger, doc);
	double t2 = now();
	at_parser_parse(e->parser, doc);
	double t3 = now();
	at_timex_find(doc);
	double t4 = now();
	at_places_find(e->gazetteer, doc);
	double t5 = now();
	at_actors_find(e->actors, doc);
	double t6 = now();
	at_events_code(e->verbs, doc, 0);
	at_timex_date_events(doc);
	at_places_locate_events(doc);
	at_events_assign_ids(doc);
	double t7 = now();
	if (linker) {
		at_linker_add_doc(linker, doc);
		t[ST_LINK] += now() - t7;
	}
	t[ST_TOKENIZE] += t1 - t0;
	t[ST_TAG] += t2 - t1;
	t[ST_PARSE] += t3 - t2;
	t[ST_TIMEX] += t4 - t3;
	t[ST_PLACES] += t5 - t4;
	t[ST_ACTORS] += t6 - t5;
	t[ST_EVENTS] += t7 - t6;
}

/* "name":seconds for stages [from, to), comma-separated; their sum. */
static double print_seconds(const double *t, int from, int to)
{
	double total = 0;
	for (int s = from; s < to; s++) {
		printf("%s\"%s\":%.6f", s > from ? "," : "", stage_names[s], t[s]);
		total += t[s];
	}
	return total;
}

typedef struct stage_worker {
	const attache_engine *engine;
	corpus *c;
	atomic_size_t *next;
	double t[ST_COUNT];
	size_t tokens, events;
} stage_worker;

static void *stage_work(void *arg)
{
	stage_worker *w = arg;
	size_t i;
	while ((i = atomic_fetch_add(w->next, 1)) < w->c->n) {
		at_doc *doc = (at_doc *)w->c->docs[i];
		run_stages(w->engine, NULL, doc, w->t);
		w->tokens += doc->nwords;
		w->events += doc->nevents;
		attache_doc_free(w->c->docs[i]);
	}
	return NULL;
}

/* The stages on several threads at once, as `attache code --threads`
 * runs them. Reading the corpus and linking stay serial by design (one
 * compressed stream; one linker fed in document order), so they are left
 * out: the one-thread run measures them. */
static int bench_stages_threads(const attache_engine *e, const char *path, int threads)
{
	corpus c = {0};
	if (load(path, &c) != 0) {
		fprintf(stderr, "bench: no documents in %s\n", path);
		return 1;
	}
	atomic_size_t next = 0;
	stage_worker *w = calloc((size_t)threads, sizeof *w);
	pthread_t *tid = calloc((size_t)threads, sizeof *tid);
	int started = 0;
	for (; w && tid && started < threads; started++) {
		w[started] = (stage_worker){.engine = e, .c = &c, .next = &next};
		if (pthread_create(&tid[started], NULL, stage_work, &w[started]) != 0)
			break;
	}
	for (int k = 0; k < started; k++)
		pthread_join(tid[k], NULL);
	int rc = 0;
	if (started < threads) {
		fprintf(stderr, "bench: could not start %d threads\n", threads);
		rc = 1;
	} else {
		double t[ST_COUNT] = {0};
		size_t tokens = 0, events = 0;
		for (int k = 0; k < threads; k++) {
			for (int s = ST_TOKENIZE; s < ST_LINK; s++)
				t[s] = w[k].t[s] > t[s] ? w[k].t[s] : t[s];
			tokens += w[k].tokens;
			events += w[k].events;
		}
		printf("{\"mode\":\"stages\",\"threads\":%d,\"docs\":%zu,\"tokens\":%zu,\"bytes\":%zu,"
		       "\"events\":%zu,\"seconds\":{",
		       threads, c.n, tokens, c.bytes, events);
		print_seconds(t, ST_TOKENIZE, ST_LINK);
		printf("},\"rss_kb\":%ld}\n", peak_rss_kb());
	}
	free(w);
	free(tid);
	free(c.docs);
	return rc;
}

static int bench_stages(const attache_engine *e, const char *path)
{
	corpus c = {0};
	double t[ST_COUNT] = {0};
	double t0 = now();
	if (load(path, &c) != 0) {
		fprintf(stderr, "bench: no documents in %s\n", path);
		return 1;
	}
	t[ST_INGEST] = now() - t0;
	size_t tokens = 0, events = 0;
	at_linker *linker = at_linker_new();
	for (size_t i = 0; i < c.n; i++) {
		at_doc *doc = (at_doc *)c.docs[i];
		run_stages(e, linker, doc, t);
		tokens += doc->nwords;
		events += doc->nevents;
		attache_doc_free(c.docs[i]);
	}
	printf("{\"mode\":\"stages\",\"docs\":%zu,\"tokens\":%zu,\"bytes\":%zu,\"events\":%zu,\"seconds\":{",
	       c.n, tokens, c.bytes, events);
	double total = print_seconds(t, 0, ST_COUNT);
	printf("},\"total\":%.6f,\"clusters\":%zu,\"rss_kb\":%ld}\n", total, at_linker_cluster_count(linker),
	       peak_rss_kb());
	at_linker_free(linker);
	free(c.docs);
	return 0;
}

typedef struct e2e_ctx {
	const attache_engine *engine;
	size_t tokens, events;
} e2e_ctx;

static int e2e_work(attache_doc *doc, void *arg, at_buf *out, char *err, size_t errlen)
{
	e2e_ctx *ctx = arg;
	if (attache_process(ctx->engine, doc, ATTACHE_STAGE_ALL, err, errlen) != ATTACHE_OK)
		return -1;
	size_t len;
	char *text = attache_render(ctx->engine, doc, ATTACHE_FORMAT_EVENTS_JSONL, &len);
	at_buf_put(out, text, len);
	attache_free(text);
	return 0;
}

static void e2e_emit(attache_doc *doc, const at_buf *out, void *arg)
{
	e2e_ctx *ctx = arg;
	ctx->tokens += attache_doc_word_count(doc);
	ctx->events += attache_doc_event_count(doc);
	(void)out;
}

static int bench_e2e(const attache_engine *e, const char *path, int threads)
{
	const char *paths[] = {path};
	attache_reader *r = attache_reader_new(paths, 1, NULL);
	e2e_ctx ctx = {e, 0, 0};
	at_batch_stats stats = {0, 0};
	double t0 = now();
	at_batch_run(r, threads, e2e_work, e2e_emit, &ctx, &stats);
	double secs = now() - t0;
	attache_reader_free(r);
	printf("{\"mode\":\"e2e\",\"threads\":%d,\"docs\":%zu,\"tokens\":%zu,\"events\":%zu,"
	       "\"seconds\":%.6f,\"rss_kb\":%ld}\n",
	       threads, stats.docs, ctx.tokens, ctx.events, secs, peak_rss_kb());
	return 0;
}

static const struct {
	const char *name;
	unsigned stage;
} task_stages[] = {
	{"tokenize", ATTACHE_STAGE_TOKENIZE}, {"tag", ATTACHE_STAGE_TAG},
	{"parse", ATTACHE_STAGE_PARSE},       {"dates", ATTACHE_STAGE_TIMEX},
	{"places", ATTACHE_STAGE_PLACES},     {"actors", ATTACHE_STAGE_ACTORS},
	{"events", ATTACHE_STAGE_EVENTS},
};

/* "tokenize,tag" to a stage mask; 0 for an unknown name. */
static unsigned stage_mask(const char *list)
{
	unsigned mask = 0;
	while (*list) {
		size_t len = strcspn(list, ",");
		unsigned stage = 0;
		for (size_t i = 0; i < sizeof task_stages / sizeof task_stages[0]; i++)
			if (strlen(task_stages[i].name) == len && strncmp(task_stages[i].name, list, len) == 0)
				stage = task_stages[i].stage;
		if (!stage)
			return 0;
		mask |= stage;
		list += len + (list[len] == ',');
	}
	return mask;
}

/* The peers are timed on text already in memory doing only their task, so
 * attache is too: stage timings inside the whole pipeline would charge the
 * tagger for the cache the parser's model takes. */
static int bench_task(const attache_engine *e, const char *path, const char *stages)
{
	unsigned mask = stage_mask(stages);
	if (!mask) {
		fprintf(stderr, "bench: unknown stage in \"%s\"\n", stages);
		return 2;
	}
	corpus c = {0};
	if (load(path, &c) != 0) {
		fprintf(stderr, "bench: no documents in %s\n", path);
		return 1;
	}
	char err[1024];
	size_t tokens = 0, failed = 0;
	double t0 = now();
	for (size_t i = 0; i < c.n; i++) {
		if (attache_process(e, c.docs[i], mask, err, sizeof err) != ATTACHE_OK)
			failed++;
		tokens += attache_doc_word_count(c.docs[i]);
	}
	double secs = now() - t0;
	for (size_t i = 0; i < c.n; i++)
		attache_doc_free(c.docs[i]);
	printf("{\"mode\":\"task\",\"stages\":\"%s\",\"docs\":%zu,\"failed\":%zu,\"tokens\":%zu,"
	       "\"seconds\":%.6f}\n",
	       stages, c.n, failed, tokens, secs);
	free(c.docs);
	return 0;
}

/* Each model file alone, from a cold start of this process: map, verify
 * the checksum, set up the tables. */
static int bench_load(void)
{
	char err[1024];
	double t0, t[6];
	t0 = now();
	at_sentsplit *ss = at_sentsplit_load("models/sentsplit.atm", err, sizeof err);
	t[0] = now() - t0;
	t0 = now();
	at_tagger *tg = at_tagger_load("models/tagger.atm", err, sizeof err);
	t[1] = now() - t0;
	t0 = now();
	at_parser *ps = at_parser_load("models/parser.atm", err, sizeof err);
	t[2] = now() - t0;
	t0 = now();
	at_gazetteer *gz = at_gazetteer_load("dict/gazetteer.atm", err, sizeof err);
	t[3] = now() - t0;
	t0 = now();
	at_actor_dict *ad = at_actor_dict_load("dict/actors.atm", err, sizeof err);
	t[4] = now() - t0;
	t0 = now();
	at_verb_dict *vd = at_verb_dict_load("dict/verbs.atm", err, sizeof err);
	t[5] = now() - t0;
	int ok = ss && tg && ps && gz && ad && vd;
	printf("{\"mode\":\"load\",\"ok\":%s,\"ms\":{\"sentsplit\":%.2f,\"tagger\":%.2f,\"parser\":%.2f,"
	       "\"gazetteer\":%.2f,\"actors\":%.2f,\"verbs\":%.2f}}\n",
	       ok ? "true" : "false", t[0] * 1e3, t[1] * 1e3, t[2] * 1e3, t[3] * 1e3, t[4] * 1e3, t[5] * 1e3);
	at_sentsplit_free(ss);
	at_tagger_free(tg);
	at_parser_free(ps);
	at_gazetteer_free(gz);
	at_actor_dict_free(ad);
	at_verb_dict_free(vd);
	return ok ? 0 : 1;
}

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "load") == 0)
		return bench_load();
	if (argc < 3) {
		fputs("usage: bench stages CORPUS [THREADS] | bench e2e CORPUS THREADS | bench task CORPUS STAGES | bench load\n",
		      stderr);
		return 2;
	}
	char err[1024];
	attache_engine *e = attache_engine_new(NULL, err, sizeof err);
	if (!e) {
		fprintf(stderr, "bench: %s\n", err);
		return 2;
	}
	int rc;
	if (strcmp(argv[1], "stages") == 0 && argc > 3 && atoi(argv[3]) > 1)
		rc = bench_stages_threads(e, argv[2], atoi(argv[3]));
	else if (strcmp(argv[1], "stages") == 0)
		rc = bench_stages(e, argv[2]);
	else if (strcmp(argv[1], "e2e") == 0 && argc > 3)
		rc = bench_e2e(e, argv[2], atoi(argv[3]));
	else if (strcmp(argv[1], "task") == 0 && argc > 3)
		rc = bench_task(e, argv[2], argv[3]);
	else
		rc = 2;
	attache_engine_free(e);
	return rc;
}
