/* The working state of at_actors_find, shared by its steps:
 *   units.c    words split into matchable units, folded
 *   match.c    longest dictionary matches over the units
 *   chunk.c    runs of names, titles, countries and agents → chunks
 *   code.c     a CAMEO code for each chunk (dictionary, title, agent, country)
 *   coref.c    surnames, titles alone and pronouns → earlier entities
 * Everything lives in the document's arena. */
#ifndef ATTACHE_ACTORS_FIND_H
#define ATTACHE_ACTORS_FIND_H

#include <stdint.h>

#include "actors/dict.h"
#include "core/doc.h"

/* A word, or part of a hyphenated word ("US-Mexico" → US, Mexico). */
typedef struct af_unit {
	uint32_t start, end;
	uint32_t word, sent;
	const char *key;      /* folded (norm.h) */
	uint16_t len;
	uint8_t gap;          /* space or hyphen before it: keys join with ' ' */
	uint8_t cap;          /* starts with a capital letter */
	uint8_t alpha;        /* has a letter */
	uint8_t upos;
} af_unit;

enum af_piece_kind { AF_COUNTRY = 1, AF_ACTOR, AF_AGENT, AF_NAME };

/* A dictionary match, or a name the dictionary does not know. */
typedef struct af_piece {
	uint32_t first, last; /* units, inclusive */
	uint32_t entry;
	uint8_t kind;         /* enum af_piece_kind */
	uint8_t plural;
	const char *code;     /* actors: the code valid on the document date */
} af_piece;

typedef struct af_chunk {
	uint32_t first, last; /* units, inclusive, determiners left out */
	uint32_t piece_first, piece_count;
	uint32_t sent;
	uint8_t definite;     /* "the" right before it */
	int32_t mention;      /* index into doc->mentions, -1 when none */
} af_chunk;

/* What coreference needs to know about an entity besides at_entity. */
typedef struct af_entity {
	int32_t entry;        /* dictionary entry, -1 for names and groups */
	const char *key;      /* folded full name, NULL for groups */
	const char *surname;  /* folded last word of a person's name */
	const char *title;    /* folded title head ("secretary of state") */
	uint8_t is_person;
	uint8_t plural;
} af_entity;

typedef struct af_state {
	const at_actor_dict *dict;
	at_doc *doc;
	uint32_t date;        /* YYYYMMDD, 0 unknown */
	af_unit *units;       size_t nunits;
	af_piece *pieces;     size_t npieces, pieces_cap;
	af_chunk *chunks;     size_t nchunks, chunks_cap;
	af_entity *ents;      /* parallel to doc->entities, same capacity */
	size_t mentions_cap, entities_cap;
	char dominant[4];     /* the document's main country, "" when none */
} af_state;

int af_build_units(af_state *st);
int af_match(af_state *st);
int af_chunk_sentences(af_state *st);
void af_find_dominant(af_state *st);
int af_code_chunks(af_state *st);
int af_pronouns(af_state *st);

/* Helpers shared by the steps. */
int af_add_mention(af_state *st, const af_chunk *c, uint32_t first, uint32_t last,
		   const char *code, int how, int is_person, int32_t entity);
int32_t af_new_entity(af_state *st, const char *name, const char *code, int32_t entry);
/* Country part of a code ("USAGOV" → "USA"), "" when it starts with an
 * organisation type (IGO, NGO, ...). */
void af_country_of(const char *code, char out[4]);
/* base + role, without repeating a role base already has. */
const char *af_compose(af_state *st, const char *base, const char *role, int role_first);

#endif
