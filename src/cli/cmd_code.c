#include "cli/cli.h"

#include <stdio.h>
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

/* --dedup: every document linked as it comes, in input order. */
static void link_doc(attache_doc *doc, void *arg)
{
	char err[256];
	if (attache_linker_add(arg, doc, err, sizeof err) != ATTACHE_OK)
		fprintf(stderr, "attache code: %s\n", err);
}

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
	attache_linker *linker = attache_linker_new(1);
	if (!linker) {
		fputs("attache code: out of memory\n", stderr);
		return EXIT_SOME_FAILED;
	}
	int rc = cli_docs_visit(&spec, n, argv, link_doc, linker);
	size_t len = 0;
	char *clusters = rc == EXIT_USAGE ? NULL : attache_linker_render(linker, &len);
	if (clusters)
		fwrite(clusters, 1, len, stdout);
	else if (rc != EXIT_USAGE) {
		fputs("attache code: out of memory while linking\n", stderr);
		rc = EXIT_SOME_FAILED;
	}
	attache_free(clusters);
	attache_linker_free(linker);
	return rc;
}
