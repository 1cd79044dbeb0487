/* Tokenizer + sentence splitter throughput on one core:
 *   build/bench/bench_tokenize [CORPUS.jsonl[.zst]] [MODEL.atm]
 * CORPUS defaults to $SHARED/data/news/reuters21578.jsonl.zst, MODEL to
 * models/sentsplit.atm (rules only when it is absent). The texts are read
 * first; then, as in the pipeline, each document is made (not timed),
 * tokenized and split (timed) and freed. Best of 3 passes.
 * The last line is JSON for scripts/bench. */
#include "attache.h"
#include "core/doc.h"
#include "text/tokenize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* CPU time of this thread: the figure is per core even on a busy machine. */
static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

typedef struct {
	char **texts;
	size_t n, cap, bytes, skipped;
} corpus;

static int load(const char *path, corpus *c)
{
	const char *paths[] = {path};
	attache_reader *r = attache_reader_new(paths, 1, NULL);
	char err[512];
	attache_doc *doc;
	attache_status st;
	while ((st = attache_reader_next(r, &doc, err, sizeof err)) != ATTACHE_DONE) {
		if (st != ATTACHE_OK) {
			if (c->skipped++ == 0)
				fprintf(stderr, "bench_tokenize: skipping bad documents, the first: %s\n", err);
			continue;
		}
		if (c->n == c->cap) {
			c->cap = c->cap ? c->cap * 2 : 1024;
			c->texts = realloc(c->texts, c->cap * sizeof *c->texts);
		}
		c->texts[c->n++] = strdup(attache_doc_text(doc));
		c->bytes += ((at_doc *)doc)->len;
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
	const char *model_path = argc > 2 ? argv[2] : "models/sentsplit.atm";
	at_sentsplit *model = NULL;
	if (access(model_path, F_OK) == 0 && !(model = at_sentsplit_load(model_path, err, sizeof err))) {
		fprintf(stderr, "bench_tokenize: %s\n", err);
		return 1;
	}
	corpus c = {0};
	if (load(path, &c) != 0) {
		fprintf(stderr, "bench_tokenize: no documents in %s\n", path);
		return 1;
	}
	double best = 1e30;
	size_t tokens = 0, sents = 0;
	for (int pass = 0; pass < 3; pass++) {
		tokens = sents = 0;
		double t = 0;
		for (size_t i = 0; i < c.n; i++) {
			at_doc *doc = at_doc_new("bench", c.texts[i], strlen(c.texts[i]));
			double t0 = now();
			if (!doc || at_tokenize_with(model, doc) != 0)
				return 1;
			t += now() - t0;
			tokens += doc->ntokens;
			sents += doc->nsents;
			at_doc_free(doc);
		}
		if (t < best)
			best = t;
	}
	double mb = (double)c.bytes / 1e6;
	printf("%zu documents (%zu skipped), %.2f MB, %zu tokens, %zu sentences (%s)\n", c.n, c.skipped, mb, tokens, sents,
	       model ? model_path : "rules only");
	printf("tokenize+split: %.1f MB/s, %.0f tokens/s on one core\n", mb / best, (double)tokens / best);
	printf("{\"mb\": %.3f, \"seconds\": %.4f, \"mb_per_s\": %.2f, \"tokens\": %zu, \"sentences\": %zu, "
	       "\"model\": %s}\n", mb, best, mb / best, tokens, sents, model ? "true" : "false");
	for (size_t i = 0; i < c.n; i++)
		free(c.texts[i]);
	free(c.texts);
	at_sentsplit_free(model);
	return 0;
}
