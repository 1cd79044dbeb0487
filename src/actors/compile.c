#include "actors/compile.h"
#include "actors/codes.h"
#include "actors/dict.h"
#include "actors/norm.h"
#include "core/buf.h"
#include "core/grow.h"
#include "core/hash.h"
#include "core/modelfile.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LINE 4096
#define MAX_RECORD_PHRASES 512
#define MAX_RECORD_ROLES 64
#define MAX_SUBST 16

/* A phrase being collected: where it was seen, for conflict reports. */
typedef struct phrase_info {
	char *key;
	uint32_t value;       /* as in ad_slot.value */
	const char *file;
	int line;
} phrase_info;

/* Roles are collected with their entry and sorted by it at the end, since a
 * later file may add roles to an earlier record. */
typedef struct tagged_role {
	uint32_t entry, seq;
	ad_role role;
} tagged_role;

typedef struct compiler {
	FILE *report;
	const ad_codeset *codes;
	at_actor_compile_stats *stats;
	at_buf strings;
	phrase_info *map;     /* open addressing, power of two */
	size_t map_cap, map_len;
	ad_entry *entries;
	size_t nentries, entries_cap;
	tagged_role *roles;
	size_t nroles, roles_cap;
	int oom;
	const char *file;
	int line;
	/* The actor record being read. */
	struct {
		char *phrases[MAX_RECORD_PHRASES];
		int lines[MAX_RECORD_PHRASES];
		size_t nphrases;
		ad_role roles[MAX_RECORD_ROLES];
		size_t nroles;
		uint32_t code;
		int start_line;
		int rejected;     /* a code or restriction was already reported */
	} rec;
	/* Agent substitution sets: !NAME! = a, b, c */
	struct {
		char name[32];
		char *items;  /* NUL-separated, ending with an empty string */
	} subst[MAX_SUBST];
	size_t nsubst;
} compiler;

static void problem(compiler *c, int line, size_t *counter, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void problem(compiler *c, int line, size_t *counter, const char *fmt, ...)
{
	if (counter)
		(*counter)++;
	if (!c->report)
		return;
	va_list ap;
	fprintf(c->report, "%s:%d: ", c->file, line);
	va_start(ap, fmt);
	vfprintf(c->report, fmt, ap);
	va_end(ap);
	fputc('\n', c->report);
}

static uint32_t add_string(compiler *c, const char *s)
{
	uint32_t off = (uint32_t)c->strings.len;
	at_buf_put(&c->strings, s, strlen(s) + 1);
	return off;
}

/* ---- the phrase map ---- */

static phrase_info *map_find(compiler *c, const char *key)
{
	size_t mask = c->map_cap - 1;
	size_t i = (size_t)at_hash_bytes(key, strlen(key)) & mask;
	while (c->map[i].key && strcmp(c->map[i].key, key) != 0)
		i = (i + 1) & mask;
	return &c->map[i];
}

static int map_grow(compiler *c)
{
	phrase_info *old = c->map;
	size_t old_cap = c->map_cap;
	c->map_cap = old_cap ? old_cap * 2 : 1 << 16;
	c->map = calloc(c->map_cap, sizeof *c->map);
	if (!c->map) {
		c->oom = 1;
		c->map = old;
		c->map_cap = old_cap;
		return -1;
	}
	for (size_t i = 0; i < old_cap; i++)
		if (old[i].key)
			*map_find(c, old[i].key) = old[i];
	free(old);
	return 0;
}

/* The slot of key, created empty (value AD_NO_ENTRY) when missing. */
static phrase_info *map_slot(compiler *c, const char *key)
{
	if ((c->map_len + 1) * 2 > c->map_cap && map_grow(c) != 0)
		return NULL;
	phrase_info *p = map_find(c, key);
	if (!p->key) {
		if (!(p->key = strdup(key))) {
			c->oom = 1;
			return NULL;
		}
		p->value = AD_NO_ENTRY;
		p->file = c->file;
		p->line = c->line;
		c->map_len++;
	}
	return p;
}

/* Maps key to entry; reports a conflict when key already names another
 * entry with different codes. Returns 1 when added or already there. */
static int add_phrase(compiler *c, const char *key, uint32_t entry, int plural, int line);

/* ---- entries and roles ---- */

static uint32_t new_entry(compiler *c, const char *name, uint32_t code, uint8_t kind, uint8_t flags)
{
	if (c->nentries == c->entries_cap) {
		ad_entry *e = at_grow(c->entries, &c->entries_cap, sizeof *e, 4096);
		if (!e) {
			c->oom = 1;
			return AD_NO_ENTRY;
		}
		c->entries = e;
	}
	ad_entry *e = &c->entries[c->nentries];
	memset(e, 0, sizeof *e);
	e->name = add_string(c, name);
	e->code = code;
	e->kind = kind;
	e->flags = flags;
	return (uint32_t)c->nentries++;
}

static void add_role(compiler *c, uint32_t entry, const ad_role *r)
{
	if (c->nroles == c->roles_cap) {
		tagged_role *t = at_grow(c->roles, &c->roles_cap, sizeof *t, 4096);
		if (!t) {
			c->oom = 1;
			return;
		}
		c->roles = t;
	}
	c->roles[c->nroles].entry = entry;
	c->roles[c->nroles].seq = (uint32_t)c->nroles;
	c->roles[c->nroles].role = *r;
	c->nroles++;
}

static int same_codes(compiler *c, uint32_t a, uint32_t b)
{
	const ad_entry *ea = &c->entries[a], *eb = &c->entries[b];
	if (ea->kind != eb->kind)
		return 0;
	return strcmp(c->strings.data + ea->code, c->strings.data + eb->code) == 0 &&
	       ea->kind != AD_ACTOR;
}

static int add_phrase(compiler *c, const char *key, uint32_t entry, int plural, int line)
{
	if (!*key)
		return 0;
	phrase_info *p = map_slot(c, key);
	if (!p)
		return 0;
	uint32_t old = p->value & AD_ENTRY_MASK;
	if ((p->value & ~AD_HAS_LONGER) == AD_NO_ENTRY) {
		p->value = (p->value & AD_HAS_LONGER) | entry | (plural ? AD_SLOT_PLURAL : 0);
		p->file = c->file;
		p->line = line;
		c->stats->phrases++;
		return 1;
	}
	if (old == entry || same_codes(c, old, entry))
		return 1;
	/* A regular plural that collides with a real phrase quietly yields. */
	if (plural)
		return 0;
	problem(c, line, &c->stats->conflicts, "'%s' is already %s at %s:%d; left out", key,
		c->strings.data + c->entries[old].name, p->file, p->line);
	return 0;
}

/* The text matcher reads past possessives ("Mexico's foreign ministry" is
 * looked up as "mexico foreign ministry"), so a phrase that has one is also
 * kept without it. */
static void add_phrase_forms(compiler *c, const char *key, uint32_t entry, int plural, int line)
{
	add_phrase(c, key, entry, plural, line);
	if (!strstr(key, "'s"))
		return;
	char bare[MAX_LINE];
	size_t o = 0;
	for (size_t i = 0; key[i] && o + 1 < sizeof bare; i++) {
		if (key[i] == '\'' && key[i + 1] == 's' && (key[i + 2] == ' ' || key[i + 2] == '\0')) {
			i++;
			continue;
		}
		bare[o++] = key[i];
	}
	bare[o] = '\0';
	phrase_info *p = c->map_cap ? map_find(c, bare) : NULL;
	if (!p || !p->key || (p->value & ~AD_HAS_LONGER) == AD_NO_ENTRY)
		add_phrase(c, bare, entry, plural, line);
}

/* ---- actor files ---- */

static char *trim(char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	return s;
}

/* Cuts the comment (# or ;) off a line; TABARI's discard code [###] is
 * not one. */
static void strip_comment(char *s)
{
	int in_code = 0;
	for (char *p = s; *p; p++) {
		if (*p == '[')
			in_code = 1;
		else if (*p == ']')
			in_code = 0;
		else if ((*p == '#' || *p == ';') && !in_code) {
			*p = '\0';
			return;
		}
	}
}

/* Checks a code; returns its string offset, or 0 after reporting it. */
static uint32_t checked_code(compiler *c, const char *code, int line)
{
	char why[160];
	if (!ad_code_valid(c->codes, code, why, sizeof why)) {
		problem(c, line, &c->stats->bad_codes, "%s; left out", why);
		return 0;
	}
	return add_string(c, code);
}

/* Parses "CODE", "CODE <date", "CODE >date", "CODE date-date" (the text
 * between brackets). Returns 1 with r filled, 0 after reporting. */
static int parse_restriction(compiler *c, char *text, int line, ad_role *r)
{
	char *s = trim(text);
	char *sp = s;
	while (*sp && !isspace((unsigned char)*sp))
		sp++;
	char *rest = sp;
	if (*sp)
		*rest++ = '\0';
	rest = trim(rest);
	r->from = 0;
	r->to = 99999999u;
	if (*rest) {
		char *dash = strchr(rest, '-');
		if (*rest == '<' || *rest == '>') {
			char *d = trim(rest + 1);
			uint32_t v = ad_parse_date(d, strlen(d));
			if (!v) {
				problem(c, line, &c->stats->bad_dates, "'%s' is not a date; restriction left out", d);
				return 0;
			}
			if (*rest == '<')
				r->to = v;
			else
				r->from = v;
		} else if (dash) {
			*dash = '\0';
			char *a = trim(rest), *b = trim(dash + 1);
			r->from = ad_parse_date(a, strlen(a));
			r->to = ad_parse_date(b, strlen(b));
			if (!r->from || !r->to) {
				problem(c, line, &c->stats->bad_dates, "'%s-%s' is not a date range; restriction left out", a, b);
				return 0;
			}
			if (r->from > r->to) {
				problem(c, line, &c->stats->bad_dates,
					"impossible date range %s-%s (ends before it starts); restriction left out", a, b);
				return 0;
			}
		} else {
			problem(c, line, &c->stats->bad_dates, "'%s' is not a date restriction; left out", rest);
			return 0;
		}
	}
	if (!(r->code = checked_code(c, s, line)))
		return 0;
	return 1;
}

/* "ANDRES_MANUEL_LOPEZ_OBRADOR_" → "Andres Manuel Lopez Obrador". */
static void display_name(const char *phrase, char *out, size_t outlen)
{
	size_t o = 0;
	int word_start = 1;
	for (const char *p = phrase; *p && o + 1 < outlen; p++) {
		char ch = *p;
		if (ch == '_' || ch == ' ') {
			if (o && out[o - 1] != ' ')
				out[o++] = ' ';
			word_start = 1;
			continue;
		}
		out[o++] = word_start ? (char)toupper((unsigned char)ch) : (char)tolower((unsigned char)ch);
		word_start = ch == '-' || ch == '.' || ch == '\'' || ch == '(';
	}
	while (o && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
}

static void fold_phrase(const char *phrase, char *out)
{
	ad_fold(phrase, strlen(phrase), out, 0);
}

static void clear_record(compiler *c)
{
	for (size_t i = 0; i < c->rec.nphrases; i++)
		free(c->rec.phrases[i]);
	c->rec.nphrases = 0;
	c->rec.nroles = 0;
	c->rec.code = 0;
	c->rec.rejected = 0;
}

/* Phoenix nests roles freely (an elite for decades, in government for some
 * of them: the narrowest role wins at lookup), but the same dates with two
 * different codes leave no way to choose. */
static int clash(compiler *c, const ad_role *a, const ad_role *b)
{
	if (ad_role_open(a) || ad_role_open(b))
		return 0;
	if (strcmp(c->strings.data + a->code, c->strings.data + b->code) == 0)
		return 0;
	return a->from == b->from && a->to == b->to;
}

/* Reports and returns 1 when role i of the record clashes with an earlier
 * one, or with a role the entry already had (merged records only). */
static int overlaps(compiler *c, uint32_t entry, int merged, size_t i)
{
	const ad_role *r = &c->rec.roles[i];
	const ad_role *other = NULL;
	for (size_t j = 0; j < i && !other; j++)
		if (clash(c, r, &c->rec.roles[j]))
			other = &c->rec.roles[j];
	for (size_t j = 0; merged && j < c->nroles && !other; j++)
		if (c->roles[j].entry == entry && clash(c, r, &c->roles[j].role))
			other = &c->roles[j].role;
	if (!other)
		return 0;
	problem(c, c->rec.start_line, &c->stats->conflicts,
		"%s %u-%u has the same dates as %s of the same actor; left out", c->strings.data + r->code,
		r->from, r->to, c->strings.data + other->code);
	return 1;
}

static void flush_record(compiler *c)
{
	if (!c->rec.nphrases)
		return;
	if (!c->rec.code && !c->rec.nroles) {
		if (!c->rec.rejected)
			problem(c, c->rec.start_line, &c->stats->uncoded, "'%s' has no code; left out",
				c->rec.phrases[0]);
		clear_record(c);
		return;
	}
	char key[MAX_LINE];
	fold_phrase(c->rec.phrases[0], key);
	/* A record whose first phrase is already an actor adds to it: this is
	 * how the supplement brings old records up to date. */
	phrase_info *known = c->map_cap ? map_find(c, key) : NULL;
	uint32_t entry;
	int merged = 0;
	if (known && known->key && (known->value & ~AD_HAS_LONGER) != AD_NO_ENTRY &&
	    c->entries[known->value & AD_ENTRY_MASK].kind == AD_ACTOR) {
		entry = known->value & AD_ENTRY_MASK;
		merged = 1;
		if (c->rec.code && !c->entries[entry].code)
			c->entries[entry].code = c->rec.code;
	} else {
		char name[MAX_LINE];
		display_name(c->rec.phrases[0], name, sizeof name);
		entry = new_entry(c, name, c->rec.code, AD_ACTOR, 0);
		if (entry == AD_NO_ENTRY)
			return;
		c->stats->records++;
	}
	for (size_t i = 0; i < c->rec.nroles; i++)
		if (!overlaps(c, entry, merged, i))
			add_role(c, entry, &c->rec.roles[i]);
	for (size_t i = 0; i < c->rec.nphrases; i++) {
		fold_phrase(c->rec.phrases[i], key);
		add_phrase_forms(c, key, entry, 0, c->rec.lines[i]);
	}
	clear_record(c);
}

static void record_phrase(compiler *c, const char *phrase)
{
	if (c->rec.nphrases == MAX_RECORD_PHRASES) {
		problem(c, c->line, NULL, "too many synonyms in one record; '%s' left out", phrase);
		return;
	}
	char *copy = strdup(phrase);
	if (!copy) {
		c->oom = 1;
		return;
	}
	c->rec.lines[c->rec.nphrases] = c->line;
	c->rec.phrases[c->rec.nphrases++] = copy;
}

/* The codes in brackets after a primary phrase, if any (TABARI puts
 * several there: "ENT [### <890101] [ENT]"); cuts them off. */
static void primary_code(compiler *c, char *s)
{
	char *open = strchr(s, '[');
	if (!open)
		return;
	*open = '\0';
	while (open) {
		char *close = strchr(open + 1, ']');
		if (!close) {
			problem(c, c->line, &c->stats->bad_codes, "unclosed '[': code left out");
			c->rec.rejected = 1;
			return;
		}
		*close = '\0';
		ad_role r;
		if (!parse_restriction(c, open + 1, c->line, &r))
			c->rec.rejected = 1;
		else if (ad_role_open(&r))
			c->rec.code = r.code;
		else if (c->rec.nroles < MAX_RECORD_ROLES)
			c->rec.roles[c->rec.nroles++] = r;
		open = strchr(close + 1, '[');
	}
}

static void actor_line(compiler *c, char *raw)
{
	int indented = raw[0] == '\t' || raw[0] == ' ';
	strip_comment(raw);
	char *s = trim(raw);
	/* Blank, or an XML-style comment of the validation files. */
	if (!*s || *s == '<')
		return;
	if (*s == '[' && (indented || c->rec.nphrases)) {
		char *close = strchr(s, ']');
		if (!close) {
			problem(c, c->line, &c->stats->bad_codes, "unclosed '[': restriction left out");
			return;
		}
		*close = '\0';
		ad_role r;
		if (!c->rec.nphrases) {
			problem(c, c->line, NULL, "restriction outside a record; left out");
			return;
		}
		if (!parse_restriction(c, s + 1, c->line, &r))
			c->rec.rejected = 1;
		else if (c->rec.nroles < MAX_RECORD_ROLES)
			c->rec.roles[c->rec.nroles++] = r;
		return;
	}
	if (*s == '+') {
		if (!c->rec.nphrases) {
			problem(c, c->line, NULL, "synonym outside a record; left out");
			return;
		}
		primary_code(c, s + 1);
		record_phrase(c, trim(s + 1));
		return;
	}
	/* Primary lines with no code yet share the codes that follow them
	 * (PETRARCH groups "MIKHAIL_GORBACHEV_" with the variants listed after
	 * it, then their restrictions). */
	int pending = c->rec.nphrases && !c->rec.code && !c->rec.nroles && !c->rec.rejected;
	if (!pending) {
		flush_record(c);
		c->rec.start_line = c->line;
	}
	primary_code(c, s);
	record_phrase(c, trim(s));
}

/* ---- agent files ---- */

static void define_subst(compiler *c, char *s)
{
	char *eq = strchr(s, '=');
	char *name = trim(s);
	*eq = '\0';
	name = trim(name);
	if (c->nsubst == MAX_SUBST || strlen(name) >= sizeof c->subst[0].name) {
		problem(c, c->line, NULL, "substitution set '%s' left out", name);
		return;
	}
	char *list = trim(eq + 1);
	size_t n = strlen(list);
	char *items = malloc(n + 2);
	if (!items) {
		c->oom = 1;
		return;
	}
	size_t o = 0;
	for (char *tok = strtok(list, ","); tok; tok = strtok(NULL, ",")) {
		char *t = trim(tok);
		size_t k = strlen(t);
		memcpy(items + o, t, k + 1);
		o += k + 1;
	}
	items[o] = '\0';
	snprintf(c->subst[c->nsubst].name, sizeof c->subst[0].name, "%s", name);
	c->subst[c->nsubst++].items = items;
}

/* Regular English plural of a folded phrase's last word. */
static void regular_plural(const char *key, char *out, size_t outlen)
{
	size_t n = strlen(key);
	if (n >= 2 && key[n - 1] == 'y' && !strchr("aeiou", key[n - 2]))
		snprintf(out, outlen, "%.*sies", (int)(n - 1), key);
	else if (n >= 2 && (key[n - 1] == 's' || key[n - 1] == 'x' || (key[n - 1] == 'h' && strchr("cs", key[n - 2]))))
		snprintf(out, outlen, "%ses", key);
	else
		snprintf(out, outlen, "%ss", key);
}

static void add_agent_phrase(compiler *c, const char *phrase, const char *plurals, int auto_plural,
			     uint32_t entry)
{
	char key[MAX_LINE], plural[MAX_LINE + 4];
	fold_phrase(phrase, key);
	add_phrase_forms(c, key, entry, 0, c->line);
	if (plurals) {
		char buf[MAX_LINE];
		snprintf(buf, sizeof buf, "%s", plurals);
		for (char *tok = strtok(buf, " \t"); tok; tok = strtok(NULL, " \t")) {
			fold_phrase(tok, key);
			add_phrase(c, key, entry, 1, c->line);
		}
	} else if (auto_plural) {
		regular_plural(key, plural, sizeof plural);
		add_phrase(c, plural, entry, 1, c->line);
	}
}

static void agent_line(compiler *c, char *raw)
{
	strip_comment(raw);
	char *s = trim(raw);
	if (!*s || s[0] == '<')
		return;
	if (s[0] == '!' && strchr(s, '=')) {
		define_subst(c, s);
		return;
	}
	char *open = strchr(s, '[');
	if (!open) {
		problem(c, c->line, &c->stats->uncoded, "agent '%s' has no code; left out", s);
		return;
	}
	char *close = open + strcspn(open, "]}");
	*close = '\0';
	*open = '\0';
	char *code = trim(open + 1);
	uint8_t flags = 0;
	if (code[0] == '~') {
		code++;
	} else if (*code && code[strlen(code) - 1] == '~') {
		code[strlen(code) - 1] = '\0';
		flags = AD_AGENT_PREFIX;
	} else {
		problem(c, c->line, &c->stats->bad_codes, "agent code '%s' has no '~'; left out", code);
		return;
	}
	uint32_t code_off = checked_code(c, code, c->line);
	if (!code_off)
		return;
	char *plurals = NULL;
	char *brace = strchr(s, '{');
	int auto_plural = 1;
	if (brace) {
		char *end = strchr(brace, '}');
		*brace = '\0';
		if (end) {
			*end = '\0';
			plurals = trim(brace + 1);
			if (!*plurals) {
				plurals = NULL;
				auto_plural = 0;
			}
		}
	}
	char *phrase = trim(s);
	char name[MAX_LINE];
	fold_phrase(phrase, name);
	uint32_t entry = new_entry(c, name, code_off, AD_AGENT, flags);
	if (entry == AD_NO_ENTRY)
		return;
	c->stats->agents++;
	char *bang = strchr(phrase, '!');
	char *bang2 = bang ? strchr(bang + 1, '!') : NULL;
	if (!bang2) {
		add_agent_phrase(c, phrase, plurals, auto_plural, entry);
		return;
	}
	/* !SET! expands to each of its items, with no plural formed. */
	for (size_t i = 0; i < c->nsubst; i++) {
		size_t nl = strlen(c->subst[i].name);
		if ((size_t)(bang2 - bang + 1) != nl || strncmp(bang, c->subst[i].name, nl) != 0)
			continue;
		for (const char *it = c->subst[i].items; *it; it += strlen(it) + 1) {
			char expanded[MAX_LINE];
			snprintf(expanded, sizeof expanded, "%.*s%s%s", (int)(bang - phrase), phrase, it, bang2 + 1);
			add_agent_phrase(c, expanded, NULL, 0, entry);
		}
		return;
	}
	problem(c, c->line, NULL, "unknown substitution set in '%s'; left out", phrase);
}

/* ---- discard files ---- */

static void discard_line(compiler *c, char *raw)
{
	strip_comment(raw);
	char *s = trim(raw);
	if (!*s || s[0] == '<')
		return;
	uint8_t flags = 0;
	if (*s == '+') {
		flags = AD_STORY;
		s = trim(s + 1);
	}
	char key[MAX_LINE];
	fold_phrase(s, key);
	uint32_t entry = new_entry(c, key, 0, AD_DISCARD, flags);
	if (entry == AD_NO_ENTRY)
		return;
	c->stats->discards++;
	add_phrase(c, key, entry, 0, c->line);
}

/* ---- driver ---- */

enum file_kind { FILE_ACTORS, FILE_AGENTS, FILE_DISCARDS };

static enum file_kind kind_of(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	if (strstr(base, "agents"))
		return FILE_AGENTS;
	if (strstr(base, "discards"))
		return FILE_DISCARDS;
	return FILE_ACTORS;
}

static int read_file(compiler *c, const char *path, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		snprintf(err, errlen, "%s: cannot open the dictionary", path);
		return -1;
	}
	enum file_kind kind = kind_of(path);
	c->file = path;
	c->line = 0;
	c->nsubst = 0;
	char line[MAX_LINE];
	while (fgets(line, sizeof line, f) && !c->oom) {
		c->line++;
		if (kind == FILE_ACTORS)
			actor_line(c, line);
		else if (kind == FILE_AGENTS)
			agent_line(c, line);
		else
			discard_line(c, line);
	}
	if (kind == FILE_ACTORS)
		flush_record(c);
	for (size_t i = 0; i < c->nsubst; i++)
		free(c->subst[i].items);
	c->nsubst = 0;
	fclose(f);
	if (c->oom) {
		snprintf(err, errlen, "%s: out of memory", path);
		return -1;
	}
	return 0;
}

static int is_word_char(unsigned char ch)
{
	return isalnum(ch) || ch >= 0x80;
}

/* Marks every proper prefix of each phrase that ends where the text could
 * split it into tokens (a space, or a change between word characters and
 * punctuation). */
static void mark_prefixes(compiler *c)
{
	size_t n = c->map_cap;
	char **keys = malloc((c->map_len + 1) * sizeof *keys);
	if (!keys) {
		c->oom = 1;
		return;
	}
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (c->map[i].key && (c->map[i].value & ~AD_HAS_LONGER) != AD_NO_ENTRY)
			keys[k++] = c->map[i].key;
	char buf[MAX_LINE];
	for (size_t i = 0; i < k && !c->oom; i++) {
		const char *key = keys[i];
		size_t len = strlen(key);
		for (size_t p = 1; p < len; p++) {
			int boundary = key[p] == ' ' ||
				       (key[p - 1] != ' ' && is_word_char((unsigned char)key[p - 1]) !=
								     is_word_char((unsigned char)key[p]));
			if (!boundary)
				continue;
			memcpy(buf, key, p);
			buf[p] = '\0';
			phrase_info *pi = map_slot(c, buf);
			if (pi)
				pi->value |= AD_HAS_LONGER;
		}
	}
	free(keys);
}

static int cmp_role(const void *a, const void *b)
{
	const tagged_role *x = a, *y = b;
	if (x->entry != y->entry)
		return x->entry < y->entry ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The sections of the image, owned by the caller. */
typedef struct image {
	ad_meta meta;
	ad_role *roles;
	ad_slot *slots;
} image;

static int build_image(compiler *c, image *im)
{
	mark_prefixes(c);
	if (c->oom)
		return -1;
	qsort(c->roles, c->nroles, sizeof *c->roles, cmp_role);
	im->roles = malloc((c->nroles + 1) * sizeof *im->roles);
	size_t nslots = 1;
	while (nslots < c->map_len * 2)
		nslots <<= 1;
	im->slots = calloc(nslots, sizeof *im->slots);
	if (!im->roles || !im->slots)
		return -1;
	for (size_t i = 0; i < c->nroles; i++) {
		ad_entry *e = &c->entries[c->roles[i].entry];
		if (!e->role_count)
			e->role_first = (uint32_t)i;
		e->role_count++;
		im->roles[i] = c->roles[i].role;
	}
	uint32_t max_units = 0;
	for (size_t i = 0; i < c->map_cap; i++) {
		const phrase_info *p = &c->map[i];
		if (!p->key)
			continue;
		size_t len = strlen(p->key);
		size_t h = (size_t)at_hash_bytes(p->key, len) & (nslots - 1);
		while (im->slots[h].key)
			h = (h + 1) & (nslots - 1);
		im->slots[h].key = add_string(c, p->key);
		im->slots[h].value = p->value;
		uint32_t units = 1;
		for (size_t j = 1; j < len; j++)
			units += p->key[j] == ' ' ||
				 (p->key[j - 1] != ' ' && is_word_char((unsigned char)p->key[j - 1]) !=
								is_word_char((unsigned char)p->key[j]));
		if (units > max_units)
			max_units = units;
	}
	im->meta.nentries = (uint32_t)c->nentries;
	im->meta.nroles = (uint32_t)c->nroles;
	im->meta.nslots = (uint32_t)nslots;
	im->meta.max_units = max_units;
	return c->strings.data ? 0 : -1;
}

static void compiler_free(compiler *c)
{
	for (size_t i = 0; i < c->map_cap; i++)
		free(c->map[i].key);
	free(c->map);
	free(c->entries);
	free(c->roles);
	clear_record(c);
	at_buf_free(&c->strings);
}

/* Whether each entry has a role bounded by dates: people have terms. */
static uint8_t *dated_entries(const compiler *c)
{
	uint8_t *dated = calloc(c->nentries + 1, 1);
	if (!dated)
		return NULL;
	for (size_t i = 0; i < c->nroles; i++) {
		const ad_role *r = &c->roles[i].role;
		if (!ad_role_open(r))
			dated[c->roles[i].entry] = 1;
	}
	return dated;
}

/* The surname keys of dict.h: for each dated actor whose name has two
 * words or more and does not end like an institution's. */
static void add_surnames(compiler *c)
{
	uint8_t *dated = dated_entries(c);
	if (!dated) {
		c->oom = 1;
		return;
	}
	char folded[MAX_LINE], key[MAX_LINE];
	for (uint32_t e = 0; e < c->nentries && !c->oom; e++) {
		const char *name = c->strings.data + c->entries[e].name;
		if (c->entries[e].kind != AD_ACTOR || !dated[e] || strlen(name) >= sizeof folded)
			continue;
		ad_fold(name, strlen(name), folded, 0);
		const char *sp = strrchr(folded, ' ');
		if (!sp || ad_institution_word(sp + 1))
			continue;
		for (unsigned k = 0; ad_surname_key(sp + 1, k, key, sizeof key); k++) {
			phrase_info *p = map_slot(c, key);
			if (!p || (p->value & AD_ENTRY_MASK) == e)
				break;
			if ((p->value & ~AD_HAS_LONGER) == AD_NO_ENTRY) {
				p->value = (p->value & AD_HAS_LONGER) | e;
				break;
			}
		}
	}
	free(dated);
}

static int compile_all(compiler *c, const char *const *files, size_t nfiles, image *im,
		       char *err, size_t errlen)
{
	at_buf_init(&c->strings);
	at_buf_putc(&c->strings, '\0');
	for (size_t i = 0; i < nfiles; i++)
		if (read_file(c, files[i], err, errlen) != 0)
			return -1;
	add_surnames(c);
	if (c->oom || build_image(c, im) != 0) {
		snprintf(err, errlen, "out of memory while building the actor dictionary");
		return -1;
	}
	return 0;
}

int at_actor_dict_compile(const char *const *files, size_t nfiles, const char *codes,
			  const char *out_path, FILE *report, at_actor_compile_stats *stats,
			  char *err, size_t errlen)
{
	at_actor_compile_stats local;
	memset(&local, 0, sizeof local);
	compiler c;
	memset(&c, 0, sizeof c);
	c.report = report;
	c.stats = stats ? stats : &local;
	memset(c.stats, 0, sizeof *c.stats);
	ad_codeset *set = NULL;
	if (codes && !(set = ad_codeset_load(codes, err, errlen)))
		return -1;
	c.codes = set;
	image im = {{0, 0, 0, 0}, NULL, NULL};
	int rc = compile_all(&c, files, nfiles, &im, err, errlen);
	if (rc == 0) {
		at_model_writer *w = at_model_writer_new(AD_KIND, AD_VERSION);
		rc = !w ||
		     at_model_writer_add(w, "meta", &im.meta, sizeof im.meta) ||
		     at_model_writer_add(w, "strings", c.strings.data, c.strings.len) ||
		     at_model_writer_add(w, "entries", c.entries, c.nentries * sizeof *c.entries) ||
		     at_model_writer_add(w, "roles", im.roles, im.meta.nroles * sizeof *im.roles) ||
		     at_model_writer_add(w, "phrases", im.slots, im.meta.nslots * sizeof *im.slots);
		if (rc)
			snprintf(err, errlen, "%s: out of memory", out_path);
		else
			rc = at_model_writer_save(w, out_path, err, errlen);
		at_model_writer_free(w);
	}
	free(im.roles);
	free(im.slots);
	compiler_free(&c);
	ad_codeset_free(set);
	return rc ? -1 : 0;
}

/* An in-memory dictionary owns one block holding all its sections. */
at_actor_dict *at_actor_dict_compile_mem(const char *const *files, size_t nfiles, FILE *report,
					 char *err, size_t errlen)
{
	at_actor_compile_stats stats;
	memset(&stats, 0, sizeof stats);
	compiler c;
	memset(&c, 0, sizeof c);
	c.report = report;
	c.stats = &stats;
	image im = {{0, 0, 0, 0}, NULL, NULL};
	at_actor_dict *d = NULL;
	if (compile_all(&c, files, nfiles, &im, err, errlen) == 0) {
		size_t sizes[5] = {sizeof im.meta, c.strings.len, c.nentries * sizeof *c.entries,
				   im.meta.nroles * sizeof *im.roles, im.meta.nslots * sizeof *im.slots};
		const void *parts[5] = {&im.meta, c.strings.data, c.entries, im.roles, im.slots};
		size_t total = 0, offs[5];
		for (int i = 0; i < 5; i++) {
			offs[i] = total;
			total += (sizes[i] + 15) & ~(size_t)15;
		}
		unsigned char *block = malloc(total ? total : 1);
		d = calloc(1, sizeof *d);
		if (!block || !d) {
			free(block);
			free(d);
			d = NULL;
			snprintf(err, errlen, "out of memory while building the actor dictionary");
		} else {
			for (int i = 0; i < 5; i++)
				memcpy(block + offs[i], parts[i], sizes[i]);
			d->owned = block;
			ad_attach(d, block + offs[0], sizes[0], block + offs[1], sizes[1], block + offs[2],
				  sizes[2], block + offs[3], sizes[3], block + offs[4], sizes[4]);
		}
	}
	free(im.roles);
	free(im.slots);
	compiler_free(&c);
	return d;
}
