/* The first day of an ISO 8601 event date of any precision. */
#ifndef ATTACHE_PERIOD_H
#define ATTACHE_PERIOD_H

/* 2021-10-08 → itself, 2023-W38 → 2023-09-18 (its Monday), 2024-01 →
 * 2024-01-01, 2024 → 2024-01-01, 2024-Q2 → 2024-04-01. Returns -1 for
 * values that are not dates (durations, PRESENT_REF, XXXX-10-08). */
int at_period_start(const char *date, char out[11]);

#endif
