/* Jack-knifed tags for parser training: the treebank is cut into folds and
 * each fold is tagged by a tagger trained on the others, so that the parser
 * learns from tags as wrong as the ones it will see in use. */
#ifndef ATTACHE_PARSE_JACKKNIFE_H
#define ATTACHE_PARSE_JACKKNIFE_H

#include <stdio.h>

#include "core/doc.h"
#include "tag/train.h"

/* train was read from the CoNLL-U text conllu (len bytes). Sentence i goes
 * to fold i % folds. Fold files and taggers go in workdir (which must
 * exist); base gives the tagger's training options (its train, dev and out
 * are set here). Replaces the tags and lemmas of train's words. Returns 0,
 * or -1 with err set. */
int at_parser_jackknife(at_doc *train, const char *conllu, size_t len, int folds,
			const at_tagger_train_options *base, const char *workdir,
			char *err, size_t errlen);

#endif
