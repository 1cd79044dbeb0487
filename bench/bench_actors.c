/* Actor dictionary load time and mention finding + coding throughput on one
 * core:
 *   build/bench/bench_actors [CORPUS.jsonl[.zst]] [N] [DICT.atm]
 * CORPUS defaults to $SHARED/data/news/reuters21578.jsonl.zst, N (stories)
 * to 1000, DICT to dict/actors.atm. The stories are tokenized, tagged and
 * parsed first (not timed, when models/ has the tagger and parser; tokens
 * only otherwise); then at_actors_find runs over all of them (timed), best
 * of 3 passes. Loading is timed as open + checksum + free, best of 5.
 * The last line is JSON for scripts/bench. */
#include "actors/actors.h"
#include "attache.h"
#include "core/doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double load_ms(const char *path)
{
	char err[512];
	double best = 1e30;
	for (int i = 0; i < 5; i++) {
		double t0 = now();
		at_actor_dict *d = at_actor_dict_load(path, err, sizeof err);
		double t = now() - t0;
		if (!d) {
			fprintf(stderr, "bench_actors: %s\n", err);
			exit(1);
		}
		at_actor_dict_free(d);
		if (t < best)
			best = t;
	}
	return best * 1e3;
}

/* Up to n documents of path, processed up to the parser. */
static attache_doc **prepare(const char *path, size_t n, size_t *count, int *tagged)
{
	attache_options opts;
	attache_options_init(&opts);
	opts.stages = ATTACHE_STAGE_PARSE;
	char err[512];
	unsigned stages = ATTACHE_STAGE_PARSE;
	attache_engine *e = attache_engine_new(&opts, err, sizeof err);
	if (!e) {
		fprintf(stderr, "bench_actors: %s; tokens only\n", err);
		opts.stages = stages = ATTACHE_STAGE_TOKENIZE;
		if (!(e = attache_engine_new(&opts, err, sizeof err)))
			return NULL;
	}
	*tagged = stages == ATTACHE_STAGE_PARSE;
	const char *paths[] = {path};
	attache_reader *r = attache_reader_new(paths, 1, NULL);
	attache_doc **docs = calloc(n, sizeof *docs);
	attache_doc *doc;
	attache_status st;
	*count = 0;
	while (*count < n && (st = attache_reader_next(r, &doc, err, sizeof err)) != ATTACHE_DONE) {
		if (st != ATTACHE_OK)
			continue;
		if (attache_process(e, doc, stages, err, sizeof err) != ATTACHE_OK) {
			attache_doc_free(doc);
			continue;
		}
		docs[(*count)++] = doc;
	}
	attache_reader_free(r);
	attache_engine_free(e);
	return docs;
}

int main(int argc, char **argv)
{
	char corpus_path[1024], err[512];
	const char *shared = getenv("SHARED");
	snprintf(corpus_path, sizeof corpus_path, "%s/data/news/reuters21578.jsonl.zst",
		 shared && *shared ? shared : "../shared");
	const char *path = argc > 1 ? argv[1] : corpus_path;
	size_t n = argc > 2 ? (size_t)atol(argv[2]) : 1000;
	const char *dict_path = argc > 3 ? argv[3] : "dict/actors.atm";
	double ms = load_ms(dict_path);
	at_actor_dict *dict = at_actor_dict_load(dict_path, err, sizeof err);
	if (!dict) {
		fprintf(stderr, "bench_actors: %s\n", err);
		return 1;
	}
	size_t count = 0;
	int tagged = 0;
	attache_doc **docs = prepare(path, n, &count, &tagged);
	if (!docs || !count) {
		fprintf(stderr, "bench_actors: no documents in %s\n", path);
		return 1;
	}
	size_t tokens = 0, mentions = 0;
	for (size_t i = 0; i < count; i++)
		tokens += ((at_doc *)docs[i])->ntokens;
	double best = 1e30;
	for (int pass = 0; pass < 3; pass++) {
		mentions = 0;
		double t0 = now();
		for (size_t i = 0; i < count; i++) {
			at_doc *doc = (at_doc *)docs[i];
			if (at_actors_find(dict, doc) != 0)
				return 1;
			mentions += doc->nmentions;
		}
		double t = now() - t0;
		if (t < best)
			best = t;
	}
	printf("actor dictionary %s: loaded in %.1f ms\n", dict_path, ms);
	printf("%zu documents, %zu tokens (%s), %zu mentions\n", count, tokens,
	       tagged ? "tagged and parsed" : "tokens only", mentions);
	printf("mentions + coding: %.0f tokens/s on one core\n", (double)tokens / best);
	printf("{\"load_ms\": %.2f, \"documents\": %zu, \"tokens\": %zu, \"mentions\": %zu, \"seconds\": %.4f, "
	       "\"tokens_per_s\": %.0f, \"tagged\": %s}\n",
	       ms, count, tokens, mentions, best, (double)tokens / best, tagged ? "true" : "false");
	for (size_t i = 0; i < count; i++)
		attache_doc_free(docs[i]);
	free(docs);
	at_actor_dict_free(dict);
	return 0;
}
