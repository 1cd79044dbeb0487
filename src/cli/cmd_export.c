#include "cli/cli.h"

#include <getopt.h>
#include <string.h>

static const char usage_text[] =
	"usage: attache export --db FILE --format gdelt|csv|jsonl\n\n"
	"  jsonl   the event records exactly as `attache code` prints them\n"
	"  csv     flat columns with a header line, for R and pandas\n"
	"  gdelt   the 61 columns of the GDELT 2.0 event table, tab-separated\n"
	"          (docs/store.md lists the columns attache fills)\n";

int cmd_export(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"db", required_argument, NULL, 'b'},
		{"format", required_argument, NULL, 'f'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *db = NULL, *format = NULL;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "b:f:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'b': db = optarg; break;
		case 'f': format = optarg; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: return cli_usage_error("export", "bad option");
		}
	}
	if (!db || !format)
		return cli_usage_error("export", "--db FILE and --format are required");
	attache_export_format f;
	if (strcmp(format, "jsonl") == 0)
		f = ATTACHE_EXPORT_JSONL;
	else if (strcmp(format, "csv") == 0)
		f = ATTACHE_EXPORT_CSV;
	else if (strcmp(format, "gdelt") == 0)
		f = ATTACHE_EXPORT_GDELT;
	else
		return cli_usage_error("export", "unknown format '%s'", format);
	char err[1024];
	attache_store *store = attache_store_open(db, err, sizeof err);
	attache_status st = store ? attache_store_export(store, f, stdout, err, sizeof err) : ATTACHE_ERR_IO;
	attache_store_close(store);
	if (st != ATTACHE_OK) {
		fprintf(stderr, "attache export: %s\n", err);
		return EXIT_SOME_FAILED;
	}
	return EXIT_OK;
}
