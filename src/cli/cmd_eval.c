#include "cli/cli.h"

static const cli_command subs[] = {
	{"tokenize", cmd_eval_tokenize, "Tokens and Sentences F1 on a CoNLL-U file (CoNLL 2018)"},
	{"tagger", cmd_eval_tagger, "UPOS, XPOS and lemma accuracy on a CoNLL-U file"},
	{"parser", cmd_eval_parser, "UAS and LAS on a CoNLL-U file"},
	{"timex", cmd_eval_timex, "temporal expressions on a TimeML folder (TempEval-3)"},
	{"events", cmd_eval_events, "event coding on a validation suite"},
	{"link", cmd_eval_link, "cross-document event linking on ECB+"},
};

int cmd_eval(int argc, char **argv)
{
	return cli_subcommand("eval", subs, sizeof subs / sizeof subs[0], argc, argv);
}
