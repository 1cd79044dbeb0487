/* The compiled gazetteer (kind "gazettr"): GeoNames places and the names
 * that lead to them, laid out so that lookups run straight from the mmap.
 *
 * Sections:
 *   "entries"  gz_entry[], one per place (countries, ADM1s, cities)
 *   "strings"  NUL-terminated display strings (names, feature codes)
 *   "slots"    gz_slot[], an open-addressing hash table (power of two, linear
 *              probing) from a normalised name to its candidates
 *   "keys"     the normalised names the slots point at
 *   "cands"    uint32 lists: entry index | GZ_CAND_* bits, best prior first
 *   "meta"     gz_meta
 *   "words"    uint32[] hash set (power of two): offsets + 1 into "wordstr"
 *              of common lowercase English words ("council", "mayor"), which
 *              tell an organisation's name from a person's ("Dublin City
 *              Council" against "Jordan Peterson")
 *   "wordstr"  those words, NUL-terminated
 * A name is normalised by gz_normalize (gazetteer_norm.c) on both sides. */
#ifndef ATTACHE_GEO_GAZETTEER_H
#define ATTACHE_GEO_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#include "geo/places.h"

#define GZ_KIND "gazettr"
#define GZ_VERSION 2u
#define GZ_MAX_KEY 96
#define GZ_MAX_CANDS 48

enum gz_place_kind { GZ_COUNTRY = 1, GZ_ADM1 = 2, GZ_CITY = 3, GZ_REGION = 4 };

typedef struct gz_entry {
	uint32_t geonames;
	uint32_t population;
	float lat, lon;
	uint32_t name;        /* offset in "strings" */
	uint32_t feature;     /* offset in "strings" ("" when unknown) */
	uint32_t admin1;      /* entry index + 1 of the place's ADM1, 0 for none */
	uint32_t admin1_code; /* offset in "strings" of its GeoNames "CC.code", or 0 */
	char country2[2];
	char country3[3];
	uint8_t kind;         /* enum gz_place_kind */
	uint8_t pad[2];
} gz_entry;

/* Flags of a name. */
enum {
	GZ_KEY_COMMON = 1,    /* also a common lowercase English word */
	GZ_KEY_ACRONYM = 2,   /* only ever written in capitals (US, UAE) */
	GZ_KEY_DEMONYM = 4,   /* only an adjective or demonym (Mexican) */
	GZ_KEY_ABBREV = 8,    /* an abbreviation ending in '.' (Calif.) */
	GZ_KEY_HAS_ACRONYM = 16, /* some place is written so in capitals (US, EU) */
	GZ_KEY_ORG = 32       /* names an organisation named after a place (EU) */
};

/* Bits on a candidate: how the name points at it. */
#define GZ_CAND_INDEX 0x0fffffffu
#define GZ_CAND_DEMONYM 0x80000000u
#define GZ_CAND_ALTNAME 0x40000000u

typedef struct gz_slot {
	uint32_t key;         /* offset in "keys" + 1; 0 = empty slot */
	uint32_t cands;       /* first candidate in "cands" */
	uint16_t ncands;
	uint8_t keylen;
	uint8_t flags;        /* GZ_KEY_* */
} gz_slot;

typedef struct gz_meta {
	uint32_t nentries, nslots, nkeys, reserved;
} gz_meta;

/* A lookup result: pointers into the mmap. */
typedef struct gz_match {
	const uint32_t *cands;
	uint32_t ncands;
	uint8_t flags;
} gz_match;

/* Normalises a name into out (lowercase, no accents, no dots or
 * apostrophes, other punctuation as single spaces, "st" → "saint", "mt" →
 * "mount", "ft" → "fort"). Returns the length, or 0 when the name is empty or
 * does not fit in outcap - 1 bytes. out is NUL-terminated. */
size_t gz_normalize(const char *s, size_t n, char *out, size_t outcap);

/* Candidates of a normalised name; 0 when the name is unknown. */
int gz_lookup(const at_gazetteer *g, const char *key, size_t keylen, gz_match *m);
const gz_entry *gz_entry_at(const at_gazetteer *g, uint32_t index);
size_t gz_entry_count(const at_gazetteer *g);
const char *gz_string(const at_gazetteer *g, uint32_t offset);
/* True when word (lowercase) is a common English word. */
int gz_is_common_word(const at_gazetteer *g, const char *word, size_t n);

static inline uint64_t gz_hash(const char *key, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)key[i];
		h *= 1099511628211ULL;
	}
	return h ^ (h >> 29);
}

#endif
