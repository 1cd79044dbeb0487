/* Internal interfaces between the stages of places: recognise toponyms,
 * resolve them, spot metonymy. Each stage works on doc->places plus the
 * candidates kept beside them in a geo_work. */
#ifndef ATTACHE_GEO_GEO_H
#define ATTACHE_GEO_GEO_H

#include "core/doc.h"
#include "core/wordlist.h"
#include "geo/gazetteer.h"

/* What recognition found for each place, parallel to doc->places. */
typedef struct geo_found {
	gz_match match;       /* candidates; ncands 0 for a name outside the gazetteer */
	uint64_t key_hash;    /* of the normalised name: one sense per document */
	int32_t qualifier;    /* index of the place after a comma ("Paris, Texas"), -1 */
	uint8_t county;       /* "X County" found through the town X */
} geo_found;

typedef struct geo_work {
	const at_gazetteer *g;
	at_doc *doc;
	geo_found *found;     /* parallel to doc->places */
	size_t cap;
	uint64_t *person_keys;   /* names seen as part of a person's name */
	size_t npersons, persons_cap;
} geo_work;

/* Appends a place covering words w0..w1 (doc indexes). NULL on OOM. */
at_place *geo_add_place(geo_work *w, uint32_t w0, uint32_t w1, const gz_match *m, uint64_t key_hash);

/* Finds the dateline place, then the toponyms of every sentence. 0 or -1. */
int geo_recognize(geo_work *w);
/* Chooses every place's GeoNames entry and fills its fields. */
void geo_resolve(geo_work *w);
/* Marks places that act as the subject of a speech or action verb. */
void geo_mark_metonymy(at_doc *doc);

/* Word lists (words.c). */
extern const char *const geo_stop_names[];
extern const char *const geo_function_words[];
extern const char *const geo_connectors[];
extern const char *const geo_place_suffixes[];
extern const char *const geo_not_place_after[];
extern const char *const geo_street_suffixes[];
extern const char *const geo_place_prefixes[];
extern const char *const geo_titles[];
extern const char *const geo_org_heads[];
extern const char *const geo_media[];
extern const char *const geo_modifier_heads[];
extern const char *const geo_speech_verbs[];
extern const char *const geo_locatives[];
extern const char *const geo_place_preps[];
extern const char *const geo_place_nouns[];
extern const char *const geo_dateline_ends[];

/* Word helpers shared by the stages. */
/* The place's word whose head lies outside the place: what attaches it to
 * the tree (locate.c). */
uint32_t geo_place_head(const at_doc *doc, const at_place *p);

#endif
