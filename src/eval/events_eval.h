/* The peers' event-coding validation suites (PETRARCH2, PETRARCH classic,
 * UniversalPetrarch, TABARI): reading their records and dictionaries, and
 * scoring attache's events against the expected ones. */
#ifndef ATTACHE_EVENTS_EVAL_H
#define ATTACHE_EVENTS_EVAL_H

#include <stddef.h>

#include "core/doc.h"

typedef struct at_ev_expect {
	char source[48], target[48], code[8];
} at_ev_expect;

typedef struct at_ev_record {
	char *id, *category;
	char date[11];           /* YYYY-MM-DD, "" when the record has none */
	char *text;              /* the raw sentence text, whitespace collapsed */
	at_ev_expect *events;
	size_t nevents;
} at_ev_record;

typedef struct at_ev_suite {
	char name[32];
	at_ev_record *records;
	size_t nrecords;
	char *verb_files[4];     /* the suite's own dictionaries, NULL-terminated */
	char *actor_files[6];
} at_ev_suite;

/* The suite names `attache eval events` knows, for messages. */
extern const char *const at_ev_suite_names;

/* Reads suite name ("petrarch2", "petrarch-classic", "universal",
 * "tabari") from events_dir (../shared/data/events). Records the suite
 * marks as not evaluated, or as input errors, are left out. 0, or -1 with
 * err naming the file. */
int at_ev_suite_read(const char *events_dir, const char *name, at_ev_suite *s, char *err, size_t errlen);
void at_ev_suite_free(at_ev_suite *s);

typedef struct at_ev_result {
	size_t produced, expected, matched;
	int correct;             /* every expected event and nothing else */
} at_ev_result;

/* Compares the dyadic events of doc (source and target both coded: the
 * suites, like PETRARCH's require_dyad, expect no others) with the record. */
void at_ev_score(const at_ev_record *r, const at_doc *doc, at_ev_result *res);

#endif
