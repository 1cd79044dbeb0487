#include "cli/cli.h"

static const char usage_text[] =
	"usage: attache parse [OPTIONS] PATH...\n\n"
	"Tokenizes, tags and parses articles and prints CoNLL-U.\n\n"
	"  --format conllu   output format (the only one)\n"
	"  --threads N       worker threads (output is the same for any N)\n"
	"  --date YYYY-MM-DD date of documents that carry none\n"
	"  --models DIR      folder with tagger.atm and parser.atm\n";

int cmd_parse(int argc, char **argv)
{
	cli_docs_spec spec = {"parse", usage_text,
			      ATTACHE_STAGE_TOKENIZE | ATTACHE_STAGE_TAG | ATTACHE_STAGE_PARSE,
			      ATTACHE_FORMAT_CONLLU, 0, 1};
	return cli_docs(&spec, argc, argv);
}
