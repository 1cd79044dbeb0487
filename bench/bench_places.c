/* Places throughput on one core:
 *   build/bench/bench_places [CORPUS.jsonl[.zst]] [GAZETTEER.atm]
 * CORPUS defaults to $SHARED/data/news/reuters21578.jsonl.zst, GAZETTEER to
 * dict/gazetteer.atm. Each document is made and tokenized (not timed), as
 * the pipeline hands it over without tags; then places are found, resolved
 * and marked (timed). Best of 3 passes; also prints the gazetteer's load
 * time. The last line is JSON for scripts/bench. */
#include "attache.h"
#include "core/doc.h"
#include "geo/places.h"
#include "text/tokenize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

typedef struct {
	char **texts;
	size_t n, cap;
} corpus;

static int load(const char *path, corpus *c)
{
	const char *paths[] = {path};
	attache_reader *r = attache_reader_new(paths, 1, NULL);
	char err[512];
	attache_doc *doc;
	attache_status st;
	while ((st = attache_reader_next(r, &doc, err, sizeof err)) != ATTACHE_DONE) {
		if (st != ATTACHE_OK)
			continue;
		if (c->n == c->cap) {
			c->cap = c->cap ? c->cap * 2 : 1024;
			c->texts = realloc(c->texts, c->cap * sizeof *c->texts);
		}
		c->texts[c->n++] = strdup(attache_doc_text(doc));
		attache_doc_free(doc);
	}
	attache_reader_free(r);
	return c->n ? 0 : -1;
}

int main(int argc, char **argv)
{
	char corpus_path[1024], err[512];
	const char *shared = getenv("SHARED");
	snprintf(corpus_path, sizeof corpus_path, "%s/data/news/reuters21578.jsonl.zst",
		 shared && *shared ? shared : "../shared");
	const char *path = argc > 1 ? argv[1] : corpus_path;
	const char *gaz_path = argc > 2 ? argv[2] : "dict/gazetteer.atm";
	double t0 = now();
	at_gazetteer *g = at_gazetteer_load(gaz_path, err, sizeof err);
	double load_ms = (now() - t0) * 1000;
	if (!g) {
		fprintf(stderr, "bench_places: %s\n", err);
		return 1;
	}
	corpus c = {0};
	if (load(path, &c) != 0) {
		fprintf(stderr, "bench_places: no documents in %s\n", path);
		return 1;
	}
	double best = 1e30;
	size_t tokens = 0, places = 0;
	for (int pass = 0; pass < 3; pass++) {
		tokens = places = 0;
		double t = 0;
		for (size_t i = 0; i < c.n; i++) {
			at_doc *doc = at_doc_new("bench", c.texts[i], strlen(c.texts[i]));
			if (!doc || at_tokenize(doc) != 0)
				return 1;
			double s = now();
			if (at_places_find(g, doc) != 0)
				return 1;
			t += now() - s;
			tokens += doc->ntokens;
			places += doc->nplaces;
			at_doc_free(doc);
		}
		if (t < best)
			best = t;
	}
	printf("gazetteer %s loaded in %.1f ms\n", gaz_path, load_ms);
	printf("%zu documents, %zu tokens, %zu places in %.3f s: %.0f tokens/s\n", c.n, tokens, places,
	       best, tokens / best);
	printf("{\"stage\":\"places\",\"docs\":%zu,\"tokens\":%zu,\"seconds\":%.4f,\"tokens_per_s\":%.0f,"
	       "\"gazetteer_load_ms\":%.1f}\n",
	       c.n, tokens, best, tokens / best, load_ms);
	for (size_t i = 0; i < c.n; i++)
		free(c.texts[i]);
	free(c.texts);
	at_gazetteer_free(g);
	return 0;
}
