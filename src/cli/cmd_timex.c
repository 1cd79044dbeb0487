/* attache timex: the temporal expressions of each document, normalised
 * against its date (--date for documents that carry none). */
#include "cli/cli.h"

static const char usage[] =
	"usage: attache timex [--date YYYY-MM-DD] [--format jsonl] [--threads N] FILE...\n"
	"\n"
	"Prints one JSON object per temporal expression: doc, start and end (byte\n"
	"offsets into the input text), sent, text, type (DATE, TIME, DURATION, SET)\n"
	"and value (TimeML: 2021-10-08, 2023-W38, 2024-01, P3Y, PRESENT_REF; null\n"
	"when a relative expression has no date to resolve against). The date of a\n"
	"dateline (\"Dec. 28 (UPI) --\") is marked \"dateline\":true.\n"
	"\n"
	"  --date YYYY-MM-DD   date of documents that carry none\n"
	"  --threads N         documents processed in parallel (output keeps input order)\n";

int cmd_timex(int argc, char **argv)
{
	cli_docs_spec spec = {.name = "timex", .usage = usage,
			      .stages = ATTACHE_STAGE_TOKENIZE | ATTACHE_STAGE_TIMEX,
			      .format = ATTACHE_FORMAT_TIMEX_JSONL};
	return cli_docs(&spec, argc, argv);
}
