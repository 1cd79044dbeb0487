#include "cli/cli.h"

static const cli_command subs[] = {
	{"tagger", cmd_train_tagger, "train the tagger and lemmatizer on CoNLL-U"},
	{"parser", cmd_train_parser, "train the dependency parser on CoNLL-U"},
	{"sentsplit", cmd_train_sentsplit, "train the sentence boundary model on CoNLL-U"},
};

int cmd_train(int argc, char **argv)
{
	return cli_subcommand("train", subs, sizeof subs / sizeof subs[0], argc, argv);
}
