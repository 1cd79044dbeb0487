/* The attache command line: one file per command, each a thin layer over
 * the library. Exit codes: 0 ok, 1 some documents failed, 2 usage error. */
#ifndef ATTACHE_CLI_H
#define ATTACHE_CLI_H

#include <stdio.h>

#include "attache.h"

enum { EXIT_OK = 0, EXIT_SOME_FAILED = 1, EXIT_USAGE = 2 };

typedef struct cli_command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
} cli_command;

/* The document commands share their options and driver (docs.c): read the
 * inputs, run the stages on --threads threads, print in input order. */
typedef struct cli_docs_spec {
	const char *name;        /* command name, for messages */
	const char *usage;       /* the --help text */
	unsigned stages;
	attache_format format;   /* default output format */
	int allow_tsv;           /* --format tsv is allowed (events) */
	int allow_conllu;
	int link_events;         /* give events cluster ids across the documents */
} cli_docs_spec;

int cli_docs(const cli_docs_spec *spec, int argc, char **argv);
/* The same, but visit is called on each processed document, in input
 * order, instead of printing it (code --dedup). */
int cli_docs_visit(const cli_docs_spec *spec, int argc, char **argv,
		   void (*visit)(attache_doc *doc, void *arg), void *visit_arg);

/* Prints "attache CMD: msg" and returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* True when argv holds -h or --help. */
int cli_wants_help(int argc, char **argv);
/* --min-confidence's value: 0, with *out set, for a number from 0 to 1. */
int cli_parse_confidence(const char *s, double *out);

int cmd_parse(int argc, char **argv);
int cmd_code(int argc, char **argv);
int cmd_actors(int argc, char **argv);
int cmd_timex(int argc, char **argv);
int cmd_places(int argc, char **argv);
int cmd_gazetteer(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_train(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_demo(int argc, char **argv);
int cmd_dict(int argc, char **argv);

/* Subcommands of eval and train, one file each (eval_NAME.c, train_NAME.c). */
int cmd_eval_tokenize(int argc, char **argv);
int cmd_eval_tagger(int argc, char **argv);
int cmd_eval_parser(int argc, char **argv);
int cmd_eval_timex(int argc, char **argv);
int cmd_eval_events(int argc, char **argv);
int cmd_dict_verbs(int argc, char **argv);
int cmd_eval_link(int argc, char **argv);
int cmd_train_tagger(int argc, char **argv);
int cmd_train_parser(int argc, char **argv);
int cmd_train_sentsplit(int argc, char **argv);
/* Dispatches argv[1] to one of n subcommands; prints the list for --help. */
int cli_subcommand(const char *cmd, const cli_command *subs, size_t n, int argc, char **argv);

#endif
