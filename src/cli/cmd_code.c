#include "cli/cli.h"

#include <string.h>

static const char usage_text[] =
	"usage: attache code [OPTIONS] PATH...\n\n"
	"Codes articles into CAMEO events, one per line (docs/event-record.md).\n\n"
	"  --format jsonl|tsv  output format (default jsonl; tsv columns in docs/event-record.md)\n"
	"  --threads N         worker threads (output is the same for any N)\n"
	"  --date YYYY-MM-DD   date of documents that carry none\n"
	"  --dict DIR          folder with actors.atm, verbs.atm and gazetteer.atm\n"
	"  --models DIR        folder with tagger.atm and parser.atm\n"
	"  --negated           keep negated events, marked \"negated\":true\n"
	"  --min-confidence C  drop events whose confidence is below C (0 to 1; on\n"
	"                      judged wire news 0.6 kept a quarter of the events, 75% of\n"
	"                      them right; all events: 31% right; docs/events.md)\n"
	"  --dedup             link events across documents; print one line per cluster\n"
	"                      with every document and sentence reporting it (docs/link.md)\n";

int cmd_code(int argc, char **argv)
{
	cli_docs_spec spec = {"code", usage_text, ATTACHE_STAGE_ALL, ATTACHE_FORMAT_EVENTS_JSONL, 1, 0, 1};
	int dedup = 0, n = 0;
	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "--dedup") == 0)
			dedup = 1;
		else
			argv[n++] = argv[i];
	}
	if (!dedup)
		return cli_docs(&spec, n, argv);
	cli_dedup *d = cli_dedup_new();
	if (!d) {
		fputs("attache code: out of memory\n", stderr);
		return EXIT_SOME_FAILED;
	}
	int rc = cli_docs_visit(&spec, n, argv, cli_dedup_visit, d);
	if (rc != EXIT_USAGE && cli_dedup_print(d, stdout) != 0) {
		fputs("attache code: out of memory while linking\n", stderr);
		rc = EXIT_SOME_FAILED;
	}
	cli_dedup_free(d);
	return rc;
}
