#include "pipeline/engine.h"
#include "core/doc.h"
#include "text/tokenize.h"
#include "timex/timex.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *attache_version(void)
{
	return ATTACHE_VERSION;
}

void attache_options_init(attache_options *opts)
{
	memset(opts, 0, sizeof *opts);
	opts->stages = ATTACHE_STAGE_ALL;
}

unsigned at_stage_closure(unsigned s)
{
	if (s & ATTACHE_STAGE_EVENTS)
		s |= ATTACHE_STAGE_ACTORS | ATTACHE_STAGE_TIMEX | ATTACHE_STAGE_PLACES;
	if (s & (ATTACHE_STAGE_ACTORS | ATTACHE_STAGE_PLACES))
		s |= ATTACHE_STAGE_PARSE;
	if (s & ATTACHE_STAGE_PARSE)
		s |= ATTACHE_STAGE_TAG;
	/* Dates need only tokens; they use tags and the tree when present. */
	if (s & (ATTACHE_STAGE_TAG | ATTACHE_STAGE_TIMEX))
		s |= ATTACHE_STAGE_TOKENIZE;
	return s;
}

/* Replaces path by its canonical form when it names a folder. */
static int is_dir(char *path, size_t len)
{
	struct stat st;
	char canon[PATH_MAX];
	if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
		return 0;
	if (realpath(path, canon))
		snprintf(path, len, "%s", canon);
	return 1;
}

void at_default_dir(const char *option, const char *env, const char *sub, char *out, size_t outlen)
{
	const char *from_env = getenv(env);
	if (option) {
		snprintf(out, outlen, "%s", option);
		return;
	}
	if (from_env && *from_env) {
		snprintf(out, outlen, "%s", from_env);
		return;
	}
	/* Installed layout: PREFIX/bin/attache → PREFIX/share/attache/SUB;
	 * source tree: build/attache → SUB. */
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			snprintf(out, outlen, "%s/../share/attache/%s", exe, sub);
			if (is_dir(out, outlen))
				return;
			snprintf(out, outlen, "%s/../%s", exe, sub);
			if (is_dir(out, outlen))
				return;
			snprintf(out, outlen, "%s/../../%s", exe, sub);
			if (is_dir(out, outlen))
				return;
		}
	}
	snprintf(out, outlen, "%s", sub);
}

static int load_models(attache_engine *e, const attache_options *o, char *err, size_t errlen)
{
	char models[PATH_MAX], dict[PATH_MAX], path[PATH_MAX + 32];
	at_default_dir(o->model_dir, "ATTACHE_MODELS", "models", models, sizeof models);
	at_default_dir(o->dict_dir, "ATTACHE_DICT", "dict", dict, sizeof dict);
	snprintf(path, sizeof path, "%s/sentsplit.atm", models);
	if ((e->stages & ATTACHE_STAGE_TOKENIZE) && access(path, F_OK) == 0 &&
	    !(e->splitter = at_sentsplit_load(path, err, errlen)))
		return -1;
	if (e->stages & ATTACHE_STAGE_TAG) {
		snprintf(path, sizeof path, "%s/tagger.atm", models);
		if (!(e->tagger = at_tagger_load(path, err, errlen)))
			return -1;
	}
	if (e->stages & ATTACHE_STAGE_PARSE) {
		snprintf(path, sizeof path, "%s/parser.atm", models);
		if (!(e->parser = at_parser_load(path, err, errlen)))
			return -1;
	}
	if (e->stages & ATTACHE_STAGE_PLACES) {
		snprintf(path, sizeof path, "%s/gazetteer.atm", dict);
		if (!(e->gazetteer = at_gazetteer_load(path, err, errlen)))
			return -1;
	}
	if (e->stages & ATTACHE_STAGE_ACTORS) {
		snprintf(path, sizeof path, "%s/actors.atm", dict);
		if (!(e->actors = at_actor_dict_load(path, err, errlen)))
			return -1;
	}
	if (e->stages & ATTACHE_STAGE_EVENTS) {
		snprintf(path, sizeof path, "%s/verbs.atm", dict);
		if (!(e->verbs = at_verb_dict_load(path, err, errlen)))
			return -1;
	}
	return 0;
}

attache_engine *attache_engine_new(const attache_options *opts, char *err, size_t errlen)
{
	attache_options defaults;
	if (!opts) {
		attache_options_init(&defaults);
		opts = &defaults;
	}
	attache_engine *e = calloc(1, sizeof *e);
	if (!e) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	e->stages = at_stage_closure(opts->stages);
	e->keep_negated = opts->keep_negated;
	e->min_confidence = opts->min_confidence;
	if (load_models(e, opts, err, errlen) != 0) {
		attache_engine_free(e);
		return NULL;
	}
	return e;
}

void attache_engine_free(attache_engine *e)
{
	if (!e)
		return;
	at_sentsplit_free(e->splitter);
	at_tagger_free(e->tagger);
	at_parser_free(e->parser);
	at_gazetteer_free(e->gazetteer);
	at_actor_dict_free(e->actors);
	at_verb_dict_free(e->verbs);
	free(e);
}

static attache_status fail(char *err, size_t errlen, const at_doc *doc, const char *what)
{
	snprintf(err, errlen, "%s: %s", doc->id, what);
	return ATTACHE_ERR_NOMEM;
}

attache_status attache_process(const attache_engine *e, attache_doc *d, unsigned stages,
			       char *err, size_t errlen)
{
	at_doc *doc = (at_doc *)d;
	stages = at_stage_closure(stages);
	if ((stages & e->stages) != stages) {
		snprintf(err, errlen, "%s: a stage was asked for whose model the engine did not load", doc->id);
		return ATTACHE_ERR_USAGE;
	}
	if ((stages & ATTACHE_STAGE_TOKENIZE) && !doc->sents && at_tokenize_with(e->splitter, doc) != 0)
		return fail(err, errlen, doc, "out of memory while tokenizing");
	if ((stages & ATTACHE_STAGE_TAG) && at_tagger_tag(e->tagger, doc) != 0)
		return fail(err, errlen, doc, "out of memory while tagging");
	if ((stages & ATTACHE_STAGE_PARSE) && at_parser_parse(e->parser, doc) != 0)
		return fail(err, errlen, doc, "out of memory while parsing");
	if ((stages & ATTACHE_STAGE_TIMEX) && at_timex_find(doc) != 0)
		return fail(err, errlen, doc, "out of memory while finding dates");
	if ((stages & ATTACHE_STAGE_PLACES) && at_places_find(e->gazetteer, doc) != 0)
		return fail(err, errlen, doc, "out of memory while finding places");
	if ((stages & ATTACHE_STAGE_ACTORS) && at_actors_find(e->actors, doc) != 0)
		return fail(err, errlen, doc, "out of memory while finding actors");
	if (stages & ATTACHE_STAGE_EVENTS) {
		if (at_events_code(e->verbs, doc, e->keep_negated) != 0)
			return fail(err, errlen, doc, "out of memory while coding events");
		at_events_keep_confident(doc, e->min_confidence);
		at_timex_date_events(doc);
		at_places_locate_events(doc);
		at_events_assign_ids(doc);
	}
	return ATTACHE_OK;
}
