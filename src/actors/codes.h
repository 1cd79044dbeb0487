/* CAMEO actor codes and the dates of the dictionaries' role restrictions. */
#ifndef ATTACHE_ACTORS_CODES_H
#define ATTACHE_ACTORS_CODES_H

#include <stddef.h>
#include <stdint.h>

/* The set of valid three-character code segments (countries, regions,
 * roles, religions, organisations), read from a list such as
 * dict/src/cameo-actor-codes.txt: one segment first on each line, '#'
 * comments. */
typedef struct ad_codeset ad_codeset;

ad_codeset *ad_codeset_load(const char *path, char *err, size_t errlen);
void ad_codeset_free(ad_codeset *s);

/* 1 when code is a CAMEO actor code: "---" (the null code), or upper-case
 * three-character segments each in set. Without a set (test suites with
 * codes of their own), any non-empty code. On failure why names the
 * problem. */
int ad_code_valid(const ad_codeset *set, const char *code, char *why, size_t whylen);

/* Parses YYMMDD or YYYYMMDD (two-digit years below 30 are 20xx, the
 * PETRARCH convention) into YYYYMMDD; 0 when it is not a real date. */
uint32_t ad_parse_date(const char *s, size_t n);

/* YYYY-MM-DD → YYYYMMDD, 0 when s is NULL or malformed. */
uint32_t ad_iso_date(const char *s);

#endif
