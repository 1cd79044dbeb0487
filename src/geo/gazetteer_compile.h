/* Compiles the GeoNames table in ../shared/data/gazetteer (and optional name
 * lists) into dict/gazetteer.atm (see gazetteer.h for the layout). */
#ifndef ATTACHE_GEO_GAZETTEER_COMPILE_H
#define ATTACHE_GEO_GAZETTEER_COMPILE_H

#include <stddef.h>

typedef struct at_gazetteer_sources {
	const char *table;          /* gazetteer.tsv(.zst): kind, geonameid, name, ... */
	const char *demonyms;       /* optional: "nationality,alpha_3_code" CSV */
	const char *us_states;      /* optional: python-us states TSV (AP abbreviations) */
	const char *country_names;  /* optional: "alpha2<TAB>name" TSV */
	const char *common_words;   /* optional: CoNLL-U text whose lowercase words mark common words */
} at_gazetteer_sources;

/* Writes the compiled gazetteer to out. 0, or -1 with err naming the file
 * and the problem. */
int at_gazetteer_compile(const at_gazetteer_sources *src, const char *out, char *err, size_t errlen);

#endif
