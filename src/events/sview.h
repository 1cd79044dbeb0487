/* A sentence seen by the event coder: the dependency tree with children
 * lists, relation roles, lowercased forms and lemmas, and the actor mention
 * each word belongs to. Built once per sentence in the document arena. */
#ifndef ATTACHE_SVIEW_H
#define ATTACHE_SVIEW_H

#include "core/doc.h"
#include "events/verbdict.h"

typedef struct at_sview {
	const at_doc *doc;
	const struct at_verb_dict *dict;
	uint32_t sent;
	uint32_t w0, n;          /* doc index of the first word, word count */
	int32_t *head;           /* local index of the head, -1 for the root */
	uint8_t *role;           /* enum at_role */
	int32_t *first_child, *next_sibling;
	int32_t *mention;        /* doc->mentions index covering the word, -1 */
	const char **form;       /* lowercase */
	const char **lemma;      /* lowercase; the form when untagged */
} at_sview;

/* 0, or -1 when out of memory. */
int at_sview_build(at_sview *sv, const at_doc *doc, const struct at_verb_dict *d, uint32_t sent);

/* The local index of i's first child with role, or -1. */
int32_t at_sview_child(const at_sview *sv, int32_t i, int role);
/* The lowercase lemma of the preposition (case child) of i, or NULL. */
const char *at_sview_case(const at_sview *sv, int32_t i);
/* True when i heads its own clause (ccomp, advcl, relative clause, ...):
 * the words under it do not belong to the clause above. */
int at_sview_is_clause(const at_sview *sv, int32_t i);
/* The head of the clause i belongs to (i itself when it heads one). */
int32_t at_sview_clause_of(const at_sview *sv, int32_t i);
/* The first colon or semicolon after p, or sv->n: what follows explains
 * or lists ("stressed a theme ...: that with 2,000 miles of border ..."),
 * and holds none of p's own words. */
int32_t at_sview_colon_after(const at_sview *sv, int32_t p);
/* True when word i is a form or lemma of w (lowercase), plurals included. */
int at_sview_word_is(const at_sview *sv, int32_t i, const char *w);

#endif
