#include "cli/cli.h"

static const char usage_text[] =
	"usage: attache actors [OPTIONS] PATH...\n\n"
	"Finds the people, governments and groups in articles and prints one JSON\n"
	"line per mention: doc, sent, start and end (bytes), text, entity,\n"
	"entity_id, code (CAMEO actor code valid on the document's date), how it\n"
	"was coded (dictionary, title, coreference, agent, country, place,\n"
	"surname) and whether it is a person.\n\n"
	"  --format jsonl    output format (the only one)\n"
	"  --threads N       worker threads (output is the same for any N)\n"
	"  --date YYYY-MM-DD date of documents that carry none\n"
	"  --dict DIR        folder with actors.atm, or with PETRARCH text\n"
	"                    dictionaries (*.actors.txt, *.agents.txt,\n"
	"                    *.discards.txt) compiled on the fly\n"
	"  --models DIR      folder with tagger.atm and parser.atm\n";

int cmd_actors(int argc, char **argv)
{
	cli_docs_spec spec = {"actors", usage_text,
			      ATTACHE_STAGE_TOKENIZE | ATTACHE_STAGE_TAG | ATTACHE_STAGE_PARSE |
				      ATTACHE_STAGE_ACTORS,
			      ATTACHE_FORMAT_ACTORS_JSONL, 0, 0, 0};
	return cli_docs(&spec, argc, argv);
}
