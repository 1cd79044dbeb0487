/* The document and its layers. Every stage reads the layers before it and
 * fills its own; all memory lives in doc->arena. Offsets are bytes into
 * doc->text (the NFC-normalised UTF-8 text the user gave: for JSON Lines with
 * a title, title + "\n\n" + text, with body_offset pointing at the text). */
#ifndef ATTACHE_DOC_H
#define ATTACHE_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

/* A surface token; a multiword token (don't) has several words. */
typedef struct at_token {
	uint32_t start, end;
	uint32_t word_first;  /* index into doc->words */
	uint8_t word_count;   /* 1, or 2+ for a multiword token */
	uint8_t space_after;  /* 0 when the next token follows with no space */
} at_token;

typedef struct at_word {
	uint32_t start, end;  /* span of the word, or of its token for MWT parts */
	const char *form;     /* NUL-terminated; "n't" for the second part of don't */
	const char *lemma;    /* NULL until tagged */
	const char *feats;    /* NULL or "Number=Sing|..." */
	uint32_t token;       /* index into doc->tokens */
	int16_t head;         /* 1-based word index in the sentence, 0 root, -1 unparsed */
	uint8_t upos, xpos;   /* core/tags.h ids, 0 = not predicted */
	uint8_t deprel;       /* core/tags.h id, 0 = not parsed */
	uint8_t space_after;
} at_word;

typedef struct at_sentence {
	uint32_t start, end;          /* byte span of the sentence text */
	uint32_t token_first, token_count;
	uint32_t word_first, word_count;
	uint8_t new_par;              /* first sentence of a paragraph */
} at_sentence;

enum at_timex_type { AT_TIMEX_DATE, AT_TIMEX_TIME, AT_TIMEX_DURATION, AT_TIMEX_SET };
enum at_precision { AT_PREC_NONE, AT_PREC_DAY, AT_PREC_WEEK, AT_PREC_MONTH,
		    AT_PREC_QUARTER, AT_PREC_YEAR, AT_PREC_DECADE };

typedef struct at_timex {
	uint32_t start, end;
	uint32_t sent;
	uint32_t word_first, word_last;  /* words covered (inclusive) */
	uint8_t type;                    /* enum at_timex_type */
	uint8_t precision;               /* enum at_precision, for dates */
	const char *value;               /* TimeML value: 2021-10-08, 2023-W38, P3Y, PRESENT_REF */
} at_timex;

typedef struct at_place {
	uint32_t start, end;
	uint32_t sent;
	uint32_t word_first, word_last;
	int32_t geonames;             /* GeoNames id, 0 when unresolved */
	const char *name;             /* the gazetteer's name */
	char country2[3], country3[4];/* ISO 3166 alpha-2 / alpha-3 */
	const char *admin1;           /* first-level division name or NULL */
	const char *admin1_code;      /* its GeoNames code, "US.TX", or NULL */
	const char *feature;          /* GeoNames feature code, e.g. PPLC */
	double lat, lon;
	float score;
	uint8_t is_actor;             /* metonymy: "Washington said" */
	uint8_t from_dateline;
	uint8_t is_demonym;           /* "Mexican" */
	uint8_t is_embedded;          /* inside an organisation's name: "Georgia Tech" */
} at_place;

enum at_code_how { AT_HOW_DICT, AT_HOW_TITLE, AT_HOW_COREF, AT_HOW_AGENT,
		   AT_HOW_COUNTRY, AT_HOW_PLACE, AT_HOW_SURNAME };

typedef struct at_entity {
	const char *name;     /* canonical name, e.g. "Antony Blinken" */
	const char *code;     /* CAMEO actor code valid on the document date */
	uint32_t first_mention;
} at_entity;

typedef struct at_mention {
	uint32_t start, end;
	uint32_t sent;
	uint32_t word_first, word_last, head;  /* words (doc indexes), head of the span */
	int32_t entity;       /* index into doc->entities, -1 for none */
	const char *code;     /* CAMEO actor code, e.g. USAGOV */
	uint8_t how;          /* enum at_code_how */
	uint8_t is_person;
} at_mention;

enum at_modality { AT_MOD_ASSERTED, AT_MOD_FUTURE, AT_MOD_HYPOTHETICAL, AT_MOD_REPORTED };
enum at_loc_how { AT_LOC_NONE, AT_LOC_CLAUSE, AT_LOC_SENTENCE, AT_LOC_DATELINE };

typedef struct at_event {
	uint32_t sent;
	uint32_t anchor;          /* doc word index of the verb or event noun */
	char code[5];             /* CAMEO event code, "042" */
	int32_t source, target;   /* indexes into doc->mentions, -1 for none */
	const char *source_code;  /* may differ from the mention's (compound actors) */
	const char *target_code;
	uint8_t modality;         /* enum at_modality */
	uint8_t negated;
	float confidence;
	const char *date;         /* ISO 8601 or NULL */
	uint8_t date_precision;   /* enum at_precision */
	int32_t date_timex;       /* index into doc->timexes, -1 when from the document */
	int32_t place;            /* index into doc->places, -1 for none */
	uint8_t location_how;     /* enum at_loc_how */
	char id[13];              /* stable id, 12 hex digits */
	char cluster[13];         /* linking: the real-world event, "" until linked */
	uint32_t sources;         /* number of documents reporting the cluster */
} at_event;

typedef struct at_doc {
	at_arena *arena;
	const char *id;
	const char *date;         /* YYYY-MM-DD or NULL */
	const char *title, *source, *url;
	const char *origin;       /* file name (and line) it came from, for errors */
	const char *text;
	size_t len;
	size_t body_offset;       /* where the body starts after a title */

	at_token *tokens;        size_t ntokens;
	at_word *words;          size_t nwords;
	at_sentence *sents;      size_t nsents;
	at_timex *timexes;       size_t ntimexes;
	at_place *places;        size_t nplaces;
	at_entity *entities;     size_t nentities;
	at_mention *mentions;    size_t nmentions;
	at_event *events;        size_t nevents;

	int dateline_timex;       /* index of the dateline's date, -1 when none */
	int dateline_place;       /* index of the dateline's place, -1 when none */
	char warning[256];        /* non-fatal problem found at ingestion (invalid bytes) */
} at_doc;

/* Creates a document owning a copy of text (normalised to NFC, invalid bytes
 * replaced: see text/normalize.h). Returns NULL only on out-of-memory. */
at_doc *at_doc_new(const char *id, const char *text, size_t len);
void at_doc_free(at_doc *doc);

/* The index of sentence sent's first place (mention, timex), or nplaces
 * (nmentions, ntimexes) past the last: all three are kept in text order,
 * so that a long document's sentences look only at their own. */
size_t at_doc_first_place(const at_doc *doc, uint32_t sent);
size_t at_doc_first_mention(const at_doc *doc, uint32_t sent);
size_t at_doc_first_timex(const at_doc *doc, uint32_t sent);
/* The sentence a doc word index belongs to (binary search). */
uint32_t at_doc_word_sentence(const at_doc *doc, uint32_t word);

#endif
