#include "cli/cli.h"

#include <string.h>

static const char usage_text[] =
	"usage: attache stats --db FILE\n\n"
	"Prints one JSON object with the store's counts: documents, sentences,\n"
	"events (mentions) and clusters (real-world events).\n";

int cmd_stats(int argc, char **argv)
{
	if (cli_wants_help(argc, argv)) {
		fputs(usage_text, stdout);
		return EXIT_OK;
	}
	if (argc != 3 || strcmp(argv[1], "--db") != 0)
		return cli_usage_error("stats", "expected --db FILE");
	char err[1024];
	attache_store *store = attache_store_open(argv[2], err, sizeof err);
	char *json = store ? attache_store_stats(store, err, sizeof err) : NULL;
	attache_store_close(store);
	if (!json) {
		fprintf(stderr, "attache stats: %s\n", err);
		return EXIT_SOME_FAILED;
	}
	fputs(json, stdout);
	attache_free(json);
	return EXIT_OK;
}
