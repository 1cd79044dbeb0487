/* Calendar arithmetic for normalising dates: proleptic Gregorian day
 * numbers, weekdays, ISO weeks, quarters. */
#ifndef ATTACHE_TIMEX_CALENDAR_H
#define ATTACHE_TIMEX_CALENDAR_H

typedef struct tx_date {
	int y, m, d;
} tx_date;

/* Days since 1970-01-01 (negative before). */
long tx_days(tx_date date);
tx_date tx_from_days(long days);
/* 0 = Monday ... 6 = Sunday. */
int tx_weekday(tx_date date);
int tx_days_in_month(int y, int m);
/* ISO 8601 week: fills *iso_year and returns the week number 1..53. */
int tx_iso_week(tx_date date, int *iso_year);
tx_date tx_add_days(tx_date date, long n);
/* Adds n months, clamping the day to the month's length. */
tx_date tx_add_months(tx_date date, int n);
/* Parses "YYYY-MM-DD"; 0 on success. */
int tx_parse_date(const char *s, tx_date *out);

#endif
