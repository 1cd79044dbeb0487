#include "cli/cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
	"usage: attache query --db FILE [FILTERS] [--by PERIOD] [--format F]\n\n"
	"Filters (all optional, combined with AND):\n"
	"  --source CODE      source actor: country (USA) or code prefix (USAGOV)\n"
	"  --target CODE      target actor, the same way\n"
	"  --dyad A,B         A→B or B→A\n"
	"  --code CODE        CAMEO event code or prefix (04, 042)\n"
	"  --quad N           QuadClass 1-4\n"
	"  --from DATE --to DATE   event dates, YYYY[-MM[-DD]], inclusive\n"
	"  --place NAME       place name or ISO alpha-3 country of the location\n"
	"  --text WORDS       the sentence contains WORDS\n"
	"  --min-confidence C events at least this confident (0 to 1; docs/events.md)\n"
	"Output:\n"
	"  --by day|week|month|year   counts, mean Goldstein and QuadClass mix\n"
	"  --sentences        show the sentence (or doc:sentence refs) of each row\n"
	"  --format table|csv|jsonl   (default table)\n"
	"  --limit N          at most N rows\n";

static int parse_format(const char *s, attache_table_format *f)
{
	if (strcmp(s, "table") == 0)
		*f = ATTACHE_TABLE_ALIGNED;
	else if (strcmp(s, "csv") == 0)
		*f = ATTACHE_TABLE_CSV;
	else if (strcmp(s, "jsonl") == 0)
		*f = ATTACHE_TABLE_JSONL;
	else
		return -1;
	return 0;
}

int cmd_query(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"db", required_argument, NULL, 'b'},     {"source", required_argument, NULL, 's'},
		{"target", required_argument, NULL, 't'}, {"dyad", required_argument, NULL, 'y'},
		{"code", required_argument, NULL, 'c'},   {"quad", required_argument, NULL, 'q'},
		{"from", required_argument, NULL, 'F'},   {"to", required_argument, NULL, 'T'},
		{"place", required_argument, NULL, 'p'},  {"text", required_argument, NULL, 'x'},
		{"by", required_argument, NULL, 'g'},     {"format", required_argument, NULL, 'f'},
		{"sentences", no_argument, NULL, 'S'},    {"limit", required_argument, NULL, 'l'},
		{"min-confidence", required_argument, NULL, 'C'},
		{"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
	};
	attache_query q;
	memset(&q, 0, sizeof q);
	attache_table_format format = ATTACHE_TABLE_ALIGNED;
	const char *db = NULL;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "b:s:t:y:c:q:F:T:p:x:g:f:Sl:C:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'b': db = optarg; break;
		case 's': q.source = optarg; break;
		case 't': q.target = optarg; break;
		case 'y': q.dyad = optarg; break;
		case 'c': q.code = optarg; break;
		case 'q':
			q.quad = atoi(optarg);
			if (q.quad < 1 || q.quad > 4)
				return cli_usage_error("query", "--quad takes 1, 2, 3 or 4");
			break;
		case 'F': q.from = optarg; break;
		case 'T': q.to = optarg; break;
		case 'p': q.place = optarg; break;
		case 'x': q.text = optarg; break;
		case 'C':
			if (cli_parse_confidence(optarg, &q.min_confidence) != 0)
				return cli_usage_error("query", "--min-confidence takes a number from 0 to 1");
			break;
		case 'g': q.by = optarg; break;
		case 'f':
			if (parse_format(optarg, &format) != 0)
				return cli_usage_error("query", "unknown format '%s'", optarg);
			break;
		case 'S': q.sentences = 1; break;
		case 'l': q.limit = atol(optarg); break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: return cli_usage_error("query", "bad option");
		}
	}
	if (!db)
		return cli_usage_error("query", "--db FILE is required");
	if (optind < argc)
		return cli_usage_error("query", "unexpected argument '%s'", argv[optind]);
	char err[1024];
	attache_store *store = attache_store_open(db, err, sizeof err);
	if (!store) {
		fprintf(stderr, "attache query: %s\n", err);
		return EXIT_SOME_FAILED;
	}
	attache_status st = attache_store_query(store, &q, format, stdout, err, sizeof err);
	attache_store_close(store);
	if (st == ATTACHE_ERR_USAGE)
		return cli_usage_error("query", "%s", err);
	if (st != ATTACHE_OK) {
		fprintf(stderr, "attache query: %s\n", err);
		return EXIT_SOME_FAILED;
	}
	return EXIT_OK;
}
