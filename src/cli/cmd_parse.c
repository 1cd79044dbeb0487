#include "cli/cli.h"
#include "core/file.h"

#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
	"usage: attache parse [OPTIONS] PATH...\n"
	"       attache parse --pretokenized [--format conllu] [--models DIR] FILE.conllu...\n\n"
	"Tokenizes, tags and parses articles and prints CoNLL-U.\n\n"
	"  --format conllu   output format (the only one)\n"
	"  --threads N       worker threads (output is the same for any N)\n"
	"  --date YYYY-MM-DD date of documents that carry none\n"
	"  --models DIR      folder with tagger.atm and parser.atm\n"
	"  --pretokenized    the inputs are CoNLL-U (.zst allowed): keep their\n"
	"                    sentences, tokens and words, predict UPOS, XPOS, FEATS,\n"
	"                    LEMMA, HEAD and DEPREL\n";

static int has_flag(int argc, char **argv, const char *flag)
{
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], flag) == 0)
			return 1;
	return 0;
}

static int parse_file(const attache_engine *engine, unsigned stages, const char *path)
{
	char err[1024];
	size_t len;
	char *data = at_read_file(path, &len, err, sizeof err);
	if (!data) {
		fprintf(stderr, "attache parse: %s\n", err);
		return -1;
	}
	attache_doc *doc = attache_doc_from_conllu(data, len, path, err, sizeof err);
	free(data);
	if (!doc) {
		fprintf(stderr, "attache parse: %s\n", err);
		return -1;
	}
	int rc = 0;
	if (attache_process(engine, doc, stages, err, sizeof err) != ATTACHE_OK) {
		fprintf(stderr, "attache parse: %s\n", err);
		rc = -1;
	} else {
		char *out = attache_render(engine, doc, ATTACHE_FORMAT_CONLLU, &len);
		if (out)
			fwrite(out, 1, len, stdout);
		attache_free(out);
	}
	attache_doc_free(doc);
	return rc;
}

static int parse_pretokenized(int argc, char **argv)
{
	attache_options opts;
	attache_options_init(&opts);
	opts.stages = ATTACHE_STAGE_TAG | ATTACHE_STAGE_PARSE;
	const char **files = calloc((size_t)argc, sizeof *files);
	size_t nfiles = 0;
	if (!files)
		return EXIT_SOME_FAILED;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--pretokenized") == 0)
			continue;
		if (strcmp(argv[i], "--models") == 0 && i + 1 < argc) {
			opts.model_dir = argv[++i];
		} else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
			if (strcmp(argv[++i], "conllu") != 0) {
				free(files);
				return cli_usage_error("parse", "--pretokenized prints conllu only");
			}
		} else if (argv[i][0] == '-' && argv[i][1]) {
			free(files);
			return cli_usage_error("parse", "option %s does not go with --pretokenized", argv[i]);
		} else {
			files[nfiles++] = argv[i];
		}
	}
	if (!nfiles) {
		free(files);
		return cli_usage_error("parse", "--pretokenized needs CoNLL-U files");
	}
	char err[1024];
	attache_engine *engine = attache_engine_new(&opts, err, sizeof err);
	if (!engine) {
		/* Tags are still worth having without a parser model. */
		fprintf(stderr, "attache parse: %s; HEAD and DEPREL left empty\n", err);
		opts.stages = ATTACHE_STAGE_TAG;
		engine = attache_engine_new(&opts, err, sizeof err);
	}
	if (!engine) {
		fprintf(stderr, "attache parse: %s\n", err);
		free(files);
		return EXIT_SOME_FAILED;
	}
	int failed = 0;
	for (size_t i = 0; i < nfiles; i++)
		failed |= parse_file(engine, opts.stages, files[i]) != 0;
	attache_engine_free(engine);
	free(files);
	return failed ? EXIT_SOME_FAILED : EXIT_OK;
}

int cmd_parse(int argc, char **argv)
{
	if (has_flag(argc, argv, "--pretokenized") && !cli_wants_help(argc, argv))
		return parse_pretokenized(argc, argv);
	cli_docs_spec spec = {"parse", usage_text,
			      ATTACHE_STAGE_TOKENIZE | ATTACHE_STAGE_TAG | ATTACHE_STAGE_PARSE,
			      ATTACHE_FORMAT_CONLLU, 0, 1, 0};
	return cli_docs(&spec, argc, argv);
}
