/* Turns what a rule understood into a TimeML value: resolves weekdays,
 * months and relative units against the reference date and writes the
 * value string with its type and precision. */
#ifndef ATTACHE_TIMEX_NORMALISE_H
#define ATTACHE_TIMEX_NORMALISE_H

#include <stddef.h>

#include "timex/scan.h"

typedef struct tx_match {
	size_t first, last;  /* pieces covered */
	int type;            /* enum at_timex_type */
	int precision;       /* enum at_precision */
	char value[64];
} tx_match;

void tx_set_day(tx_match *m, tx_date d);
void tx_set_month(tx_match *m, int y, int month);
void tx_set_year(tx_match *m, int y);
void tx_set_week(tx_match *m, tx_date d);
void tx_set_quarter(tx_match *m, int y, int q);
void tx_set_decade(tx_match *m, int y);
void tx_set_century(tx_match *m, int century_index);
void tx_set_ref(tx_match *m, int ref);
/* P3Y, PT2H, PXD (count < 0 is unknown); decimal, when not NULL, is the
 * count as written ("1.5"). */
void tx_set_duration(tx_match *m, int count, const char *decimal, int unit);
/* Makes a duration of count units one half unit longer: P2Y → P2Y6M. */
void tx_add_half(tx_match *m, int count, int unit);
/* Appends a part of day (TMO, TAF, TEV, TNI) to a day value and makes it a TIME. */
void tx_add_partday(tx_match *m, int partday);
/* The same for a named day ("Friday night"), which stays a DATE as
 * TimeBank has it. */
void tx_add_day_part(tx_match *m, int partday);

/* Resolution against the reference date; dir is the tense (tx_tense:
 * < 0 past, > 0 future, 0 by nearness). Without a reference they write an
 * underspecified value. */
void tx_resolve_weekday(const tx_scan *s, tx_match *m, int weekday, int dir, int strict);
void tx_resolve_month(const tx_scan *s, tx_match *m, int month, int dir, int strict);
void tx_resolve_month_day(const tx_scan *s, tx_match *m, int month, int day, int dir);
void tx_resolve_season(const tx_scan *s, tx_match *m, int season, int year, int dir);
/* this/last/next unit: dir -1, 0, 1 units from the reference. */
void tx_resolve_unit(const tx_scan *s, tx_match *m, int unit, int dir);
/* n units before (sign -1) or after (1) the reference, at the unit's precision. */
void tx_resolve_offset(const tx_scan *s, tx_match *m, int unit, int n, int sign);
void tx_resolve_relday(const tx_scan *s, tx_match *m, int offset);
/* "that day", "the following year": offset units from the last calendar
 * date found (the reference date when none was). */
void tx_resolve_anaphor(const tx_scan *s, tx_match *m, int unit, int offset);
/* A quarter (1..4) or half (5, 6) of a given year, or of the year that
 * ended it last before the reference when year is 0. */
void tx_resolve_quarter(const tx_scan *s, tx_match *m, int q, int year);

#endif
