/* The engine behind attache.h: the loaded models and the stage runner. */
#ifndef ATTACHE_ENGINE_H
#define ATTACHE_ENGINE_H

#include "attache.h"
#include "actors/actors.h"
#include "events/events.h"
#include "geo/places.h"
#include "parse/parser.h"
#include "tag/tagger.h"
#include "text/sentsplit.h"

struct attache_engine {
	at_sentsplit *splitter; /* NULL when models/sentsplit.atm is absent: rules only */
	at_tagger *tagger;
	at_parser *parser;
	at_gazetteer *gazetteer;
	at_actor_dict *actors;
	at_verb_dict *verbs;
	unsigned stages;       /* the stages whose models are loaded */
	int keep_negated;
	double min_confidence;
};

/* Resolves the folder of models or dictionaries: the option, else the
 * environment variable, else next to the binary, else the source tree. */
void at_default_dir(const char *option, const char *env, const char *sub, char *out, size_t outlen);
/* Adds the stages that the requested ones depend on. */
unsigned at_stage_closure(unsigned stages);

#endif
