/* The product linker: events from different documents (and repeated
 * mentions within one) that report the same real-world event get the same
 * cluster id (12 hex digits) and at_event.sources, the number of distinct
 * documents reporting it.
 *
 * Evidence: the same CAMEO root (a visit 042 and a meeting 043 can be one
 * event), the same source and target actors' countries (either direction
 * for consultations, root 04), compatible dates (overlapping ranges given
 * each date's precision, one day of slack for reports across time zones),
 * compatible places, shared named participants, and the tf-idf similarity of
 * the two sentences' lemmas (document frequencies counted as documents
 * arrive). Candidates come from a blocking index keyed by week and actor
 * country, so linking stays near-linear in the number of events.
 *
 * Incremental and deterministic: the linker copies the few fields it needs
 * (it never holds a document), loads the clusters already stored for the
 * weeks it links (never the whole store), and gives the same ids for the
 * same input in the same order; an event already seen (same event id) keeps
 * its cluster, so re-running a batch changes nothing. */
#ifndef ATTACHE_LINK_LINKER_H
#define ATTACHE_LINK_LINKER_H

#include <stddef.h>
#include <stdint.h>

#include "core/doc.h"

enum { AT_LINK_NAMES = 8, AT_LINK_WORDS = 32 };

/* The day of an event whose date is unknown: any other day number is a
 * date, 1962's included. */
#define AT_LINK_UNDATED INT32_MIN

/* What the linker keeps of one event. */
typedef struct at_link_item {
	char event_id[13];
	uint64_t doc;                    /* hash of the document id */
	char code[5];                    /* CAMEO event code */
	char source[4], target[4];       /* first three letters of the actor codes, "" for none */
	int32_t day_from, day_to;        /* days since 1970-01-01 (before it: negative);
					  * AT_LINK_UNDATED when undated */
	int32_t geonames;                /* 0 when unplaced */
	char country2[3];                /* of the place, "" when unplaced */
	uint64_t names[AT_LINK_NAMES];   /* hashes of participants' names, sorted */
	uint8_t nnames;
	uint64_t words[AT_LINK_WORDS];   /* hashes of the sentence's content lemmas, sorted */
	uint8_t nwords;
} at_link_item;

/* Fills item from an event of a coded document. */
void at_link_item_from_event(const at_doc *doc, const at_event *ev, at_link_item *item);
/* Helpers for building items from stored records: a date ("2021-10-08",
 * "2021-10", "2021", "2021-W40") as a day range, a name, and a sentence's
 * words (stemmed, stop words dropped). */
void at_link_item_set_date(at_link_item *item, const char *date);
void at_link_item_add_name(at_link_item *item, const char *name);
void at_link_item_set_text(at_link_item *item, const char *text);
/* A day number (days since 1970-01-01) as "YYYY-MM-DD". */
void at_link_day_string(int32_t day, char out[11]);

typedef struct at_linker at_linker;

at_linker *at_linker_new(void);
void at_linker_free(at_linker *l);

/* Adds an event already linked (from a store) to its cluster. Its words do
 * not count again for idf: a store hands its counts over with
 * at_linker_load_count. Returns 0 or -1 when out of memory. */
int at_linker_seed(at_linker *l, const at_link_item *item, const char *cluster);

/* A store holds more than a run can keep in memory, so the linker asks for
 * what it needs: before a dated event is linked, the loader is called once
 * for each of its candidate weeks not asked for before, and seeds (with
 * at_linker_seed) every stored cluster that has an event dated within days
 * [from, to] (days since 1970-01-01). Returns 0, or -1 to fail the link. */
typedef int (*at_link_loader)(void *ctx, at_linker *l, int32_t from, int32_t to);
/* True when a stored cluster has this id, so that a new cluster does not
 * take the id of one the linker has not loaded. Either function may be
 * NULL. */
typedef int (*at_link_taken)(void *ctx, const char *cluster);
void at_linker_set_loader(at_linker *l, at_link_loader fn, at_link_taken taken, void *ctx);
/* With a loader, a long run keeps about max_members events in memory
 * (default 262,144, some 100 MB): past it, after a document, the clusters
 * of all but the last eight weeks are dropped, to be loaded again if an
 * event reaches back; the caller must have stored every earlier document's
 * events by then. */
void at_linker_set_memory(at_linker *l, size_t max_members);

/* idf weights come from the words of every event linked before, stored ones
 * included. A store keeps the counts (word 0 stands for the number of
 * events): at_linker_load_count adds stored counts; at_linker_take_counts
 * calls fn with the counts the linker added since the last call, then
 * forgets them (unless fn fails: it returns fn's first non-zero result). */
typedef int (*at_link_count_fn)(void *ctx, uint64_t word, uint32_t n);
int at_linker_load_count(at_linker *l, uint64_t word, uint32_t n);
int at_linker_take_counts(at_linker *l, at_link_count_fn fn, void *ctx);
/* Links one event; writes its cluster id into cluster. 0 or -1. */
int at_linker_add(at_linker *l, const at_link_item *item, char cluster[13]);
/* Links every event of doc, setting ev->cluster (ev->sources as known so
 * far: call at_linker_update_sources once the batch is in). 0 or -1. */
int at_linker_add_doc(at_linker *l, at_doc *doc);
/* The number of distinct documents reporting a cluster (0 when unknown). */
uint32_t at_linker_sources(const at_linker *l, const char *cluster);
void at_linker_update_sources(const at_linker *l, at_doc *doc);
size_t at_linker_cluster_count(const at_linker *l);

#endif
