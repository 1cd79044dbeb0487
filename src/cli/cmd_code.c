#include "cli/cli.h"

static const char usage_text[] =
	"usage: attache code [OPTIONS] PATH...\n\n"
	"Codes articles into CAMEO events, one per line (docs/event-record.md).\n\n"
	"  --format jsonl|tsv  output format (default jsonl; tsv columns in docs/event-record.md)\n"
	"  --threads N         worker threads (output is the same for any N)\n"
	"  --date YYYY-MM-DD   date of documents that carry none\n"
	"  --dict DIR          folder with actors.atm, verbs.atm and gazetteer.atm\n"
	"  --models DIR        folder with tagger.atm and parser.atm\n"
	"  --negated           keep negated events, marked \"negated\":true\n";

int cmd_code(int argc, char **argv)
{
	cli_docs_spec spec = {"code", usage_text, ATTACHE_STAGE_ALL, ATTACHE_FORMAT_EVENTS_JSONL, 1, 0};
	return cli_docs(&spec, argc, argv);
}
