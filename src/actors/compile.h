/* Compiles PETRARCH-format actor, agent and discard dictionaries (the
 * Phoenix files, the validation suite's, attache's own supplement) into the
 * layout of dict.h. The kind of each file comes from its name: *agents* and
 * *discards* files, everything else an actor file. Problems are reported as
 * FILE:LINE: message and the offending entry is left out. */
#ifndef ATTACHE_ACTORS_COMPILE_H
#define ATTACHE_ACTORS_COMPILE_H

#include <stddef.h>
#include <stdio.h>

#include "actors/actors.h"

typedef struct at_actor_compile_stats {
	size_t records, agents, discards, phrases;
	size_t bad_codes, bad_dates, conflicts, uncoded;
} at_actor_compile_stats;

/* codes: a CAMEO code list (see codes.h) or NULL to check only the form of
 * codes (the validation suite uses made-up ones). report: where problems
 * go, or NULL. Returns 0, or -1 with err set when a file cannot be read or
 * written. */
int at_actor_dict_compile(const char *const *files, size_t nfiles, const char *codes,
			  const char *out_path, FILE *report, at_actor_compile_stats *stats,
			  char *err, size_t errlen);

/* The same, kept in memory instead of written (for --dict on a folder of
 * text dictionaries). */
at_actor_dict *at_actor_dict_compile_mem(const char *const *files, size_t nfiles, FILE *report,
					 char *err, size_t errlen);

#endif
