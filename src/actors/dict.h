/* The compiled actor dictionary (dict/actors.atm, kind "actors"): the layout
 * shared by the compiler (compile.c) and the reader (dict.c).
 *
 * Sections:
 *   meta     struct ad_meta
 *   strings  NUL-terminated strings; offset 0 is the empty string
 *   entries  struct ad_entry[]: one per actor record, agent or discard
 *   roles    struct ad_role[]: date-bounded codes of the actor records
 *   phrases  struct ad_slot[]: open-addressing hash table (power of two) of
 *            normalised phrases (see norm.h) and of every prefix of them that
 *            ends at a word or punctuation boundary, so the matcher can stop
 *            as soon as the text it has read starts no phrase. */
#ifndef ATTACHE_ACTORS_DICT_H
#define ATTACHE_ACTORS_DICT_H

#include <stddef.h>
#include <stdint.h>

#include "actors/actors.h"

#define AD_KIND "actors"
#define AD_VERSION 1

enum ad_entry_kind { AD_ACTOR = 1, AD_AGENT, AD_DISCARD };

/* Entry flags. */
enum {
	AD_AGENT_PREFIX = 1,  /* agent code goes before the actor's ([NGO~]) */
	AD_STORY = 2          /* discard: the whole story, not the sentence */
};

/* Slot entry values: the low 31 bits hold the entry index or AD_NO_ENTRY;
 * the top bit says that longer phrases start with this one. */
#define AD_NO_ENTRY 0x7fffffffu
#define AD_HAS_LONGER 0x80000000u

typedef struct ad_meta {
	uint32_t nentries, nroles, nslots;
	uint32_t max_units;    /* the most units a phrase spans, for information */
} ad_meta;

typedef struct ad_entry {
	uint32_t name;        /* display name, e.g. "Antony Blinken" */
	uint32_t code;        /* default code (agent: its code), 0 when none */
	uint32_t role_first;
	uint16_t role_count;
	uint8_t kind;         /* enum ad_entry_kind */
	uint8_t flags;
} ad_entry;

typedef struct ad_role {
	uint32_t code;        /* string offset */
	uint32_t from, to;    /* YYYYMMDD, inclusive; 0 and 99999999 when open */
} ad_role;

/* A role without dates (the record's code at any time); people's roles
 * have dates, their terms. */
static inline int ad_role_open(const ad_role *r)
{
	return r->from == 0 && r->to == 99999999u;
}

typedef struct ad_slot {
	uint32_t key;         /* string offset of the phrase, 0 for an empty slot */
	uint32_t value;       /* entry, AD_SLOT_PLURAL, AD_HAS_LONGER */
} ad_slot;

/* Set in ad_slot.value (below AD_HAS_LONGER) when the phrase is a generated
 * plural of an agent. Entry indexes stay below this bit. */
#define AD_SLOT_PLURAL 0x40000000u
#define AD_ENTRY_MASK 0x3fffffffu

struct at_actor_dict {
	void *model;          /* at_model, or NULL when compiled in memory */
	void *owned;          /* the in-memory image when compiled from text */
	const ad_meta *meta;
	const char *strings;
	size_t strings_size;
	const ad_entry *entries;
	const ad_role *roles;
	const ad_slot *slots;
};

/* Result of looking a phrase up. */
typedef struct ad_hit {
	int found;            /* the phrase is in the dictionary */
	int longer;           /* some phrase is longer and starts with it */
	uint32_t entry;
	int plural;
} ad_hit;

ad_hit ad_lookup(const at_actor_dict *d, const char *key, size_t len, uint64_t hash);
/* The code of an actor entry valid on date (YYYYMMDD, 0 unknown), NULL when
 * the record has none for that date (or its code is the null code ---). */
const char *ad_entry_code(const at_actor_dict *d, uint32_t entry, uint32_t date);
static inline const char *ad_str(const at_actor_dict *d, uint32_t off) { return d->strings + off; }

/* People are often named by their surname alone ("Reagan said"). The
 * compiler keeps each dated person's folded surname under a key no text
 * folds to: AD_SURNAME_MARK, the surname, and for the k-th person of one
 * surname (k >= 1) AD_SURNAME_MARK and k. The matcher never reads them. */
#define AD_SURNAME_MARK '\x01'
/* Writes the key of the k-th person of surname into out (size bytes);
 * returns its length, 0 when it does not fit. */
size_t ad_surname_key(const char *surname, unsigned k, char *out, size_t size);
/* The one person known by this folded surname who held an office (a dated
 * role other than one of the elite, ELI) on date (YYYYMMDD); -1 when there
 * is none, more than one, or no date. */
int32_t ad_office_holder(const at_actor_dict *d, const char *surname, uint32_t date);
/* Words that end the names of institutions, not of people ("Biden
 * Administration"); word is folded. */
int ad_institution_word(const char *word);

/* Fills the views of d from a model image (sections already located). */
int ad_attach(at_actor_dict *d, const void *meta, size_t meta_size, const void *strings,
	      size_t strings_size, const void *entries, size_t entries_size, const void *roles,
	      size_t roles_size, const void *slots, size_t slots_size);

#endif
