/* Place names as a tagger feature: whether a word is (part of) the name of
 * a country, a first-level division or a city in the gazetteer of
 * ../shared (GeoNames, CC BY 4.0). Compiled into the tagger model at
 * training time (section "names": table from the lowercased word's hash to
 * TAG_NAME_* bits), so nothing reads the gazetteer at run time. */
#ifndef ATTACHE_TAG_NAMES_H
#define ATTACHE_TAG_NAMES_H

#include <stddef.h>

#include "tag/sink.h"

enum {
	TAG_NAME_COUNTRY = 1, TAG_NAME_REGION = 2, TAG_NAME_CITY = 4, TAG_NAME_PART = 8
};

/* Reads the gazetteer TSV (kind, geonameid, name, asciiname, altnames, ...;
 * .zst allowed) and hands the "names" section to sink. Returns -1 with err
 * set when the file cannot be read. */
int tag_names_build(const char *path, tag_section_sink sink, void *ctx, char *err, size_t errlen);

#endif
