#include "cli/cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: attache ingest --db FILE [OPTIONS] PATH...\n\n"
	"Codes articles and stores documents, sentences and events in an SQLite\n"
	"store (created if absent). Idempotent: documents already stored with the\n"
	"same content are skipped; changed ones replace their old events. Safe to\n"
	"kill at any moment: a rerun finishes the job.\n\n"
	"  --db FILE          the store (required)\n"
	"  --threads N        worker threads (default 1)\n"
	"  --date YYYY-MM-DD  date of documents that carry none\n"
	"  --batch N          documents per transaction (default 256)\n"
	"  --models DIR, --dict DIR   other models or dictionaries\n";

int cmd_ingest(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"db", required_argument, NULL, 'b'},     {"threads", required_argument, NULL, 't'},
		{"date", required_argument, NULL, 'D'},   {"batch", required_argument, NULL, 'B'},
		{"models", required_argument, NULL, 'm'}, {"dict", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
	};
	attache_options opts;
	attache_options_init(&opts);
	attache_ingest_options io = {1, isatty(STDERR_FILENO), NULL, 0};
	const char *db = NULL;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "b:t:D:B:m:d:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'b': db = optarg; break;
		case 't':
			io.threads = atoi(optarg);
			if (io.threads < 1 || io.threads > 64)
				return cli_usage_error("ingest", "--threads takes 1 to 64");
			break;
		case 'D': io.default_date = optarg; break;
		case 'B':
			if (atol(optarg) < 1)
				return cli_usage_error("ingest", "--batch takes a positive number");
			io.batch_docs = (size_t)atol(optarg);
			break;
		case 'm': opts.model_dir = optarg; break;
		case 'd': opts.dict_dir = optarg; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: return cli_usage_error("ingest", "bad option");
		}
	}
	if (!db)
		return cli_usage_error("ingest", "--db FILE is required");
	if (optind >= argc)
		return cli_usage_error("ingest", "no input (give files, folders or - for stdin)");
	char err[1024];
	attache_engine *engine = attache_engine_new(&opts, err, sizeof err);
	if (!engine) {
		fprintf(stderr, "attache ingest: %s\n", err);
		return EXIT_USAGE;
	}
	attache_store *store = attache_store_open(db, err, sizeof err);
	if (!store) {
		attache_engine_free(engine);
		fprintf(stderr, "attache ingest: %s\n", err);
		return EXIT_SOME_FAILED;
	}
	attache_ingest_stats stats;
	attache_status st = attache_store_ingest(store, engine, (const char *const *)argv + optind,
						 (size_t)(argc - optind), &io, &stats, err, sizeof err);
	attache_store_close(store);
	attache_engine_free(engine);
	if (st != ATTACHE_OK) {
		fprintf(stderr, "attache ingest: %s\n", err);
		return EXIT_SOME_FAILED;
	}
	fprintf(stderr, "attache ingest: %zu documents: %zu stored, %zu unchanged, %zu failed; %zu events\n",
		stats.documents, stats.stored, stats.skipped, stats.failed, stats.events);
	return stats.failed ? EXIT_SOME_FAILED : EXIT_OK;
}
