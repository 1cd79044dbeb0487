/* Tagger + lemmatizer throughput on one core:
 *   build/bench/bench_tagger [TREEBANK.conllu[.zst]] [MODEL.atm]
 * TREEBANK defaults to $SHARED/data/corpora/UD_English-EWT/en_ewt-ud-dev.conllu.zst,
 * MODEL to models/tagger.atm. The treebank's own words are tagged (gold
 * tokenization), so only tagging is timed: thread CPU time, best of 5
 * passes. The last line is JSON for scripts/bench. */
#include "core/doc.h"
#include "core/file.h"
#include "tag/tagger.h"
#include "text/conllu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* CPU time of this thread: the figure is per core even on a busy machine. */
static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
	char path[1024], err[512];
	const char *shared = getenv("SHARED");
	snprintf(path, sizeof path, "%s/data/corpora/UD_English-EWT/en_ewt-ud-dev.conllu.zst",
		 shared && *shared ? shared : "../shared");
	const char *treebank = argc > 1 ? argv[1] : path;
	const char *model = argc > 2 ? argv[2] : "models/tagger.atm";
	at_tagger *t = at_tagger_load(model, err, sizeof err);
	if (!t) {
		fprintf(stderr, "bench_tagger: %s\n", err);
		return 1;
	}
	size_t len;
	char *data = at_read_file(treebank, &len, err, sizeof err);
	if (!data) {
		fprintf(stderr, "bench_tagger: %s\n", err);
		return 1;
	}
	double best = 0;
	size_t words = 0;
	for (int pass = 0; pass < 5; pass++) {
		at_doc *d = at_conllu_read(data, len, treebank, err, sizeof err);
		if (!d) {
			fprintf(stderr, "bench_tagger: %s: %s\n", treebank, err);
			return 1;
		}
		words = d->nwords;
		double start = now();
		at_tagger_tag(t, d);
		double elapsed = now() - start;
		if (pass == 0 || elapsed < best)
			best = elapsed;
		at_doc_free(d);
	}
	free(data);
	at_tagger_free(t);
	printf("tagger: %zu words, best of 5: %.3f s, %.0f words/s\n", words, best, (double)words / best);
	printf("{\"bench\":\"tagger\",\"words\":%zu,\"seconds\":%.4f,\"words_per_s\":%.0f}\n", words, best,
	       (double)words / best);
	return 0;
}
