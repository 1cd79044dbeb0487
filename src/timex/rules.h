/* The recogniser's rules, split by what they recognise (rules_dates.c,
 * rules_periods.c, rules_durations.c) with the helpers they share
 * (rules_common.c). A rule looks at the pieces from position i and, when
 * an expression starts there, fills m and returns 1. */
#ifndef ATTACHE_TIMEX_RULES_H
#define ATTACHE_TIMEX_RULES_H

#include "timex/normalise.h"

typedef int (*tx_rule)(const tx_scan *s, size_t i, tx_match *m);

int tx_day_number(const tx_scan *s, size_t i);

/* A four-digit year, 1000..2099. */
int tx_year_number(const tx_scan *s, size_t i);

/* "st", "nd", "rd", "th" glued to a number. */
int tx_ordinal_suffix(const tx_scan *s, size_t i);

/* Nothing glued after a number but its ordinal suffix: "8th", not "8am" or "10x". */
int tx_number_ends(const tx_scan *s, size_t i);

/* A month name that can stand here: abbreviations need a number after,
 * words that are also verbs (may, march) need a capital and a cue. */
int tx_month_ok(const tx_scan *s, size_t i, int followed_by_number);

/* A unit that this/last/next can point at, from the piece. */
int tx_calendar_unit(const tx_scan *s, size_t i);

/* Where the day number sits after a month name: "Oct. 8", "Oct 8", "October 8". */
size_t tx_after_month(const tx_scan *s, size_t i);

/* Pieces of an approximator at i ("nearly", "more than"), 0 for none. */
size_t tx_approximator(const tx_scan *s, size_t i);

int tx_rule_anaphoric(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_approximate(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_bare_plural(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_coming(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_second_day(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_spoken_year(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_century(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_day_month(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_decade(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_duration(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_earlier(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_edge(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_holiday(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_month_date(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_numeric_date(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_quarter(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_recent(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_ref(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_relative(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_relday(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_season(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_set(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_the_unit(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_time(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_weekday(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_year(const tx_scan *s, size_t i, tx_match *m);
int tx_rule_year_adjective(const tx_scan *s, size_t i, tx_match *m);
/* What can follow early/late/the end of. */
int tx_rule_inner(const tx_scan *s, size_t i, tx_match *m);

#endif
