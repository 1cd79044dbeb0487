/* Compiles PETRARCH2 and TABARI verb dictionaries into dict/verbs.atm
 * (layout in events/verbdict.h). Build-time code: clarity over speed. */
#include "events/verbdict.h"
#include "events/modality.h"
#include "core/buf.h"
#include "core/file.h"
#include "core/grow.h"
#include "core/modelfile.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A growable array of fixed-size items. */
typedef struct vec {
	char *data;
	size_t n, cap, elem;
} vec;

static void *vec_push(vec *v)
{
	if (v->n == v->cap) {
		char *p = at_grow(v->data, &v->cap, v->elem, 64);
		if (!p)
			return NULL;
		v->data = p;
	}
	void *slot = v->data + v->n * v->elem;
	memset(slot, 0, v->elem);
	v->n++;
	return slot;
}

typedef struct synset_name {
	char name[64];
	uint32_t index;
} synset_name;

typedef struct builder {
	at_buf strings;
	vec verbs, blocks, patterns, elems, terms, synsets, sphrases, names;
	vec pending_phrases;     /* u32 phrases of the synset being read */
	char pending_name[64];
	int in_synset;
	int in_other_section;    /* TABARI's <TIME>, <NOUN>, <ADJECTIVE> lists */
	int tabari;              /* the file is TABARI's: words are stems */
	int last_was_pattern;
	uint32_t block;          /* current block, UINT32_MAX before the first */
	char block_code[8], block_rcode[8];
	const char *path;
	size_t line;
	char *err;
	size_t errlen;
} builder;

static uint32_t intern(builder *b, const char *s)
{
	if (!*s)
		return 0;
	uint32_t off = (uint32_t)b->strings.len;
	at_buf_put(&b->strings, s, strlen(s) + 1);
	return off;
}

static void lower(char *s)
{
	for (; *s; s++)
		*s = (char)tolower((unsigned char)*s);
}

/* TABARI: a word not ended by '_' is a stem ("ABUS" matches "abuses",
 * "RESOLUTION_" only "resolution"); stems get a trailing '*' that the
 * matcher reads as "any ending". */
static void mark_stems(const builder *b, const char *in, char *out, size_t outlen)
{
	size_t n = 0;
	const char *word = in;
	for (const char *p = in; *p && n + 2 < outlen; p++) {
		int sep = isspace((unsigned char)*p) || *p == '_';
		if (sep)
			word = p + 1;
		out[n++] = *p;
		int ends = p[1] == '\0' || isspace((unsigned char)p[1]);
		if (b->tabari && !sep && ends && isalpha((unsigned char)*word))
			out[n++] = '*';
	}
	out[n] = '\0';
}

static int fail(builder *b, const char *what)
{
	snprintf(b->err, b->errlen, "%s:%zu: %s", b->path, b->line, what);
	return -1;
}

/* One code of a bracket: digits up to ':' or ']'. "---" is kept: the
 * dictionary says "no event", which a later dictionary uses to override an
 * earlier one's code for the bare verb; "" is no code given. */
static const char *parse_one_code(const char *p, char code[8])
{
	code[0] = '\0';
	size_t n = 0;
	while (p[n] && p[n] != ':' && p[n] != ']' && !isspace((unsigned char)p[n]))
		n++;
	if (n > 0 && n <= 7 && (p[0] != '-' || strncmp(p, "---", 3) == 0)) {
		memcpy(code, p, n);
		code[n] = '\0';
	}
	return p + n;
}

/* "[042:043]": 042 for the source's act, 043 for the target's act back
 * (X visits Y, Y hosts X); "[:173]" has only the reverse; "[---]" neither. */
static void parse_codes(const char *s, char code[8], char rcode[8])
{
	const char *p = parse_one_code(s, code);
	rcode[0] = '\0';
	if (*p == ':')
		parse_one_code(p + 1, rcode);
}

/* ------------------------------------------------------------ synsets */

static void flush_synset(builder *b)
{
	if (!b->in_synset)
		return;
	at_vd_synset *s = vec_push(&b->synsets);
	synset_name *nm = vec_push(&b->names);
	if (!s || !nm)
		return;
	s->first = (uint32_t)b->sphrases.n;
	s->count = (uint32_t)b->pending_phrases.n;
	for (size_t i = 0; i < b->pending_phrases.n; i++) {
		uint32_t *dst = vec_push(&b->sphrases);
		if (dst)
			*dst = ((uint32_t *)b->pending_phrases.data)[i];
	}
	b->pending_phrases.n = 0;
	snprintf(nm->name, sizeof nm->name, "%s", b->pending_name);
	nm->index = (uint32_t)(b->synsets.n - 1);
	b->in_synset = 0;
}

/* A synset name without its leading '&' and trailing '_'. */
static void synset_key(const char *s, char out[64])
{
	size_t n = 0;
	if (*s == '&')
		s++;
	while (s[n] && !isspace((unsigned char)s[n]) && s[n] != '*' && n < 63)
		n++;
	memcpy(out, s, n);
	out[n] = '\0';
	while (n > 0 && out[n - 1] == '_')
		out[--n] = '\0';
	lower(out);
}

static int find_synset(const builder *b, const char *key, uint32_t *index)
{
	const synset_name *names = (const synset_name *)b->names.data;
	for (size_t i = b->names.n; i-- > 0;)
		if (strcmp(names[i].name, key) == 0) {
			*index = names[i].index;
			return 1;
		}
	return 0;
}

/* "+YUM YENNYEN" or "+GOLDEN_GOBLIN_GALLEONS": a phrase of lowercase words
 * separated by single spaces. */
static void normalize_phrase(const char *s, char *out, size_t outlen)
{
	size_t n = 0;
	int space = 0;
	for (; *s && n + 2 < outlen; s++) {
		char c = *s == '_' ? ' ' : *s;
		if (isspace((unsigned char)c)) {
			space = n > 0;
			continue;
		}
		if (space)
			out[n++] = ' ';
		space = 0;
		out[n++] = (char)tolower((unsigned char)c);
	}
	out[n] = '\0';
}

static void add_synset_member(builder *b, const char *s)
{
	char marked[256], phrase[256];
	mark_stems(b, s, marked, sizeof marked);
	normalize_phrase(marked, phrase, sizeof phrase);
	if (!*phrase)
		return;
	uint32_t *dst = vec_push(&b->pending_phrases);
	if (dst)
		*dst = intern(b, phrase);
}

/* -------------------------------------------------------------- verbs */

static void new_block(builder *b, const char *name, const char *code)
{
	at_vd_block *blk = vec_push(&b->blocks);
	if (!blk)
		return;
	char nm[128];
	normalize_phrase(name, nm, sizeof nm);
	blk->name = intern(b, nm);
	blk->first = (uint32_t)b->patterns.n;
	b->block = (uint32_t)(b->blocks.n - 1);
	parse_codes(code, b->block_code, b->block_rcode);
	b->last_was_pattern = 0;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int is_vowel(char c)
{
	return strchr("aeiou", c) != NULL;
}

static void add_form(builder *b, const char *word, uint32_t before, uint32_t after, const char *code,
		     const char *rcode)
{
	at_vd_verb *v = vec_push(&b->verbs);
	if (!v)
		return;
	v->word = intern(b, word);
	v->block = b->block;
	v->before = before;
	v->after = after;
	snprintf(v->code, sizeof v->code, "%s", code);
	snprintf(v->rcode, sizeof v->rcode, "%s", rcode);
}

/* The regular inflections of an English verb; over-generating is harmless
 * since only real words are ever looked up. */
static void add_regular_forms(builder *b, const char *base, uint32_t before, uint32_t after,
			      const char *code, const char *rcode)
{
	char f[160];
	size_t n = strlen(base);
	if (n == 0 || n > 80)
		return;
	add_form(b, base, before, after, code, rcode);
	char last = base[n - 1], prev = n > 1 ? base[n - 2] : 'a';
	int cy = last == 'y' && !is_vowel(prev);
	if (cy)
		snprintf(f, sizeof f, "%.*sies", (int)n - 1, base);
	else if (ends_with(base, "s") || ends_with(base, "x") || ends_with(base, "z") ||
		 ends_with(base, "ch") || ends_with(base, "sh") || ends_with(base, "o"))
		snprintf(f, sizeof f, "%ses", base);
	else
		snprintf(f, sizeof f, "%ss", base);
	add_form(b, f, before, after, code, rcode);
	if (last == 'e')
		snprintf(f, sizeof f, "%sd", base);
	else if (cy)
		snprintf(f, sizeof f, "%.*sied", (int)n - 1, base);
	else
		snprintf(f, sizeof f, "%sed", base);
	add_form(b, f, before, after, code, rcode);
	if (last == 'e' && prev != 'e' && n > 2)
		snprintf(f, sizeof f, "%.*sing", (int)n - 1, base);
	else
		snprintf(f, sizeof f, "%sing", base);
	add_form(b, f, before, after, code, rcode);
	if (!is_vowel(last) && is_vowel(prev) && !strchr("wxy", last) && (n < 3 || !is_vowel(base[n - 3]))) {
		snprintf(f, sizeof f, "%s%ced", base, last);
		add_form(b, f, before, after, code, rcode);
		snprintf(f, sizeof f, "%s%cing", base, last);
		add_form(b, f, before, after, code, rcode);
	}
}

/* Splits "WIRE_+TAP" into before "wire", verb "tap", after ""; a phrase
 * without '+' has the verb first. */
static void split_multiword(const char *s, char *before, char *verb, char *after, size_t len)
{
	char phrase[128];
	normalize_phrase(s, phrase, sizeof phrase);
	before[0] = verb[0] = after[0] = '\0';
	char *plus = strchr(phrase, '+');
	char *start = plus ? plus + 1 : phrase;
	char *end = strchr(start, ' ');
	if (plus && plus > phrase) {
		size_t bn = (size_t)(plus - phrase);
		while (bn > 0 && phrase[bn - 1] == ' ')
			bn--;
		snprintf(before, len, "%.*s", (int)bn, phrase);
	}
	if (end) {
		snprintf(verb, len, "%.*s", (int)(end - start), start);
		snprintf(after, len, "%s", end + 1);
	} else {
		snprintf(verb, len, "%s", start);
	}
	for (char *p = before; *p; p++)
		if (*p == '+')
			*p = ' ';
}

static void parse_verb_line(builder *b, char *line)
{
	if (b->block == UINT32_MAX || b->last_was_pattern)
		new_block(b, line, "---");
	char code[8], rcode[8];
	snprintf(code, sizeof code, "%s", b->block_code);
	snprintf(rcode, sizeof rcode, "%s", b->block_rcode);
	char *bracket = strchr(line, '[');
	if (bracket) {
		parse_codes(bracket + 1, code, rcode);
		*bracket = '\0';
	}
	char *forms = strchr(line, '{');
	if (forms) {
		*forms++ = '\0';
		char *close = strchr(forms, '}');
		if (close)
			*close = '\0';
	}
	char word[128] = "", main_word[256];
	sscanf(line, "%127s", word);
	if (!*word)
		return;
	mark_stems(b, word, main_word, sizeof main_word);
	char before[128], verb[128], after[128];
	split_multiword(main_word, before, verb, after, sizeof verb);
	uint32_t bo = intern(b, before), ao = intern(b, after);
	if (!forms && verb[0] && verb[strlen(verb) - 1] == '*') {
		add_form(b, verb, bo, ao, code, rcode);
		return;
	}
	if (!forms) {
		add_regular_forms(b, verb, bo, ao, code, rcode);
		return;
	}
	add_form(b, verb, bo, ao, code, rcode);
	char *save = NULL;
	for (char *tok = strtok_r(forms, " \t", &save); tok; tok = strtok_r(NULL, " \t", &save)) {
		char fb[128], fv[128], fa[128];
		split_multiword(tok, fb, fv, fa, sizeof fv);
		add_form(b, fv, intern(b, fb), intern(b, fa), code, rcode);
	}
}

/* ----------------------------------------------------------- patterns */

/* Appends one element: the words of text (a word, "a_b" or a brace
 * phrase), each a literal or a &SET. Returns the words added, or -1 when a
 * synset is unknown (the pattern is dropped, as PETRARCH does). */
/* A word that says the act did not happen: a negation, or a refusal or
 * failure ("declined to urge", "failed to agree"), which the modality
 * would otherwise read as negating what the pattern codes. */
static int is_negator(const char *w)
{
	return at_is_unrealising(w) || strcmp(w, "not") == 0 || strcmp(w, "never") == 0 || strcmp(w, "no") == 0 ||
	       strcmp(w, "n't") == 0;
}

/* Does a phrase of synset index contain a negator ("did n't")? */
static int synset_negates(const builder *b, uint32_t index)
{
	const at_vd_synset *set = (const at_vd_synset *)b->synsets.data + index;
	const uint32_t *ph = (const uint32_t *)b->sphrases.data;
	for (uint32_t i = 0; i < set->count; i++) {
		char words[256];
		snprintf(words, sizeof words, "%s", b->strings.data + ph[set->first + i]);
		char *save = NULL;
		for (char *w = strtok_r(words, " ", &save); w; w = strtok_r(NULL, " ", &save))
			if (is_negator(w))
				return 1;
	}
	return 0;
}

static int add_element(builder *b, const char *text, int *negation)
{
	char marked[256], phrase[256];
	mark_stems(b, text, marked, sizeof marked);
	normalize_phrase(marked, phrase, sizeof phrase);
	size_t first = b->terms.n;
	int words = 0;
	char *save = NULL;
	for (char *w = strtok_r(phrase, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
		while (*w == '+' || *w == '$' || *w == '%' || *w == '^')
			w++;
		if (!*w)
			continue;
		uint32_t term;
		if (*w == '&') {
			char key[64];
			uint32_t index;
			synset_key(w, key);
			if (!find_synset(b, key, &index)) {
				b->terms.n = first;
				return -1;
			}
			term = AT_VD_SYNSET | index;
			if (synset_negates(b, index))
				*negation = 1;
		} else {
			term = intern(b, w);
			if (is_negator(w))
				*negation = 1;
		}
		uint32_t *dst = vec_push(&b->terms);
		if (dst)
			*dst = term;
		words++;
	}
	if (words == 0)
		return 0;
	at_vd_elem *e = vec_push(&b->elems);
	if (!e)
		return -1;
	e->first_term = (uint32_t)first;
	e->nterms = (uint32_t)words;
	return words;
}

/* "{ GENEVA_ | INTERNATIONAL }": TABARI's alternatives, compiled as an
 * unnamed synonym set (a &SET among them brings its phrases). Returns the
 * words the element counts for: 1, or 0 when no alternative is usable. */
static int add_alternatives(builder *b, char *text, int *negation)
{
	b->pending_phrases.n = 0;
	char *save = NULL;
	for (char *alt = strtok_r(text, "|", &save); alt; alt = strtok_r(NULL, "|", &save)) {
		while (isspace((unsigned char)*alt))
			alt++;
		char key[64];
		uint32_t index;
		if (*alt != '&') {
			add_synset_member(b, alt);
			continue;
		}
		synset_key(alt, key);
		if (!find_synset(b, key, &index))
			continue;
		const at_vd_synset *set = (const at_vd_synset *)b->synsets.data + index;
		for (uint32_t i = 0; i < set->count; i++) {
			uint32_t *dst = vec_push(&b->pending_phrases);
			if (dst)
				*dst = ((const uint32_t *)b->sphrases.data)[set->first + i];
		}
	}
	if (b->pending_phrases.n == 0)
		return 0;
	uint32_t index = (uint32_t)b->synsets.n;
	b->pending_name[0] = '\0';
	b->in_synset = 1;
	flush_synset(b);
	uint32_t *term = vec_push(&b->terms);
	at_vd_elem *e = vec_push(&b->elems);
	if (!term || !e)
		return 0;
	*term = AT_VD_SYNSET | index;
	e->first_term = (uint32_t)(b->terms.n - 1);
	e->nterms = 1;
	if (synset_negates(b, index))
		*negation = 1;
	return 1;
}

static int is_marker(const char *w)
{
	return strspn(w, "+$%^") == strlen(w);
}

static void parse_pattern_line(builder *b, char *line)
{
	if (b->block == UINT32_MAX)
		return;
	char *bracket = strrchr(line, '[');
	if (!bracket)
		return;
	char code[8], rcode[8];
	parse_codes(bracket + 1, code, rcode);
	*bracket = '\0';
	size_t elem0 = b->elems.n, term0 = b->terms.n;
	int npre = 0, npost = 0, after_verb = 0, weight = 0, ok = 1, negation = 0, swap = 0;
	char *p = line + 1;
	while (*p && ok) {
		if (isspace((unsigned char)*p) || *p == '(' || *p == ')' || *p == '}') {
			p++;
			continue;
		}
		if (*p == '*') {
			after_verb = 1;
			p++;
			continue;
		}
		char text[256];
		size_t n = 0;
		if (*p == '{') {
			p++;
			while (*p && *p != '}' && n < sizeof text - 1)
				text[n++] = *p++;
		} else {
			while (*p && !isspace((unsigned char)*p) && !strchr("(){}*", *p) && n < sizeof text - 1)
				text[n++] = *p++;
		}
		text[n] = '\0';
		if (is_marker(text)) {
			swap |= (!after_verb && strchr(text, '+')) || (after_verb && strchr(text, '$'));
			continue;
		}
		int words = strchr(text, '|') ? add_alternatives(b, text, &negation) : add_element(b, text, &negation);
		if (words < 0)
			ok = 0;
		else if (words > 0) {
			weight += words;
			if (after_verb)
				npost++;
			else
				npre++;
		}
	}
	if (!ok) {
		b->elems.n = elem0;
		b->terms.n = term0;
		return;
	}
	at_vd_pattern *pat = vec_push(&b->patterns);
	if (!pat)
		return;
	pat->first_elem = (uint32_t)elem0;
	pat->npre = (uint16_t)npre;
	pat->npost = (uint16_t)npost;
	pat->weight = (uint16_t)weight;
	pat->flags = (uint16_t)((negation ? AT_VD_NEGATION : 0) | (swap ? AT_VD_SWAP : 0));
	snprintf(pat->code, sizeof pat->code, "%s", code);
	snprintf(pat->rcode, sizeof pat->rcode, "%s", rcode);
	at_vd_block *blk = (at_vd_block *)b->blocks.data + b->block;
	blk->count++;
	b->last_was_pattern = 1;
}

/* ---------------------------------------------------------- the file */

static void strip_comment(char *line)
{
	for (char *p = line; *p; p++)
		if (*p == '#' || *p == ';') {
			*p = '\0';
			break;
		}
	size_t n = strlen(line);
	while (n > 0 && isspace((unsigned char)line[n - 1]))
		line[--n] = '\0';
}

static void parse_line(builder *b, char *raw)
{
	char *line = raw;
	while (isspace((unsigned char)*line))
		line++;
	if (*line == '<') {
		/* TABARI: everything but the synonym sets and verbs is skipped */
		if (line[1] != '/' && line[1] != '!' && strncmp(line, "<SYNSETS>", 9) != 0)
			b->in_other_section = 1;
		else if (line[1] == '/')
			b->in_other_section = 0;
		return;
	}
	if (*line == '#' || b->in_other_section)
		return;
	strip_comment(line);
	if (!*line)
		return;
	if (*line == '&') {
		flush_synset(b);
		synset_key(line, b->pending_name);
		b->in_synset = 1;
		return;
	}
	if (*line == '+' && b->in_synset) {
		add_synset_member(b, line + 1);
		return;
	}
	flush_synset(b);
	if (strncmp(line, "---", 3) == 0) {
		char *bracket = strchr(line, '[');
		char name[128] = "";
		sscanf(line + 3, "%127s", name);
		new_block(b, name, bracket ? bracket + 1 : "");
	} else if (*line == '~') {
		return;
	} else if (*line == '-') {
		parse_pattern_line(b, line);
	} else {
		parse_verb_line(b, line);
	}
}

static int read_file(builder *b, const char *path)
{
	size_t len;
	char *text = at_read_file(path, &len, b->err, b->errlen);
	if (!text)
		return -1;
	b->path = path;
	b->line = 0;
	b->block = UINT32_MAX;
	b->in_other_section = 0;
	b->tabari = strncmp(text, "---", 3) != 0 && !strstr(text, "\n---");
	char *save = NULL;
	for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		b->line++;
		char *cr = strchr(line, '\r');
		if (cr)
			*cr = '\0';
		parse_line(b, line);
	}
	flush_synset(b);
	free(text);
	return 0;
}

/* ------------------------------------------------------------ output */

static int cmp_verb(const void *a, const void *b, void *strings)
{
	const char *pool = strings;
	const at_vd_verb *x = a, *y = b;
	int c = strcmp(pool + x->word, pool + y->word);
	if (c)
		return c;
	return x->block < y->block ? -1 : x->block > y->block;
}

static int cmp_weight(const void *a, const void *b)
{
	const at_vd_pattern *x = a, *y = b;
	if (x->weight != y->weight)
		return x->weight > y->weight ? -1 : 1;
	return x->first_elem < y->first_elem ? -1 : x->first_elem > y->first_elem;
}

static void sort_outputs(builder *b)
{
	qsort_r(b->verbs.data, b->verbs.n, b->verbs.elem, cmp_verb, b->strings.data);
	at_vd_block *blocks = (at_vd_block *)b->blocks.data;
	at_vd_pattern *pats = (at_vd_pattern *)b->patterns.data;
	for (size_t i = 0; i < b->blocks.n; i++)
		qsort(pats + blocks[i].first, blocks[i].count, sizeof *pats, cmp_weight);
}

static int save(builder *b, const char *out)
{
	at_model_writer *w = at_model_writer_new(AT_VERBS_KIND, AT_VERBS_VERSION);
	if (!w) {
		snprintf(b->err, b->errlen, "%s: out of memory", out);
		return -1;
	}
	const struct { const char *name; const vec *v; } sections[] = {
		{"verbs", &b->verbs},     {"blocks", &b->blocks}, {"patterns", &b->patterns},
		{"elems", &b->elems},     {"terms", &b->terms},   {"synsets", &b->synsets},
		{"sphrases", &b->sphrases},
	};
	int rc = at_model_writer_add(w, "strings", b->strings.data, b->strings.len);
	for (size_t i = 0; rc == 0 && i < sizeof sections / sizeof sections[0]; i++)
		rc = at_model_writer_add(w, sections[i].name, sections[i].v->data,
					 sections[i].v->n * sections[i].v->elem);
	if (rc == 0)
		rc = at_model_writer_save(w, out, b->err, b->errlen);
	else
		snprintf(b->err, b->errlen, "%s: out of memory", out);
	at_model_writer_free(w);
	return rc;
}

static void builder_free(builder *b)
{
	at_buf_free(&b->strings);
	vec *vs[] = {&b->verbs, &b->blocks, &b->patterns, &b->elems, &b->terms,
		     &b->synsets, &b->sphrases, &b->names, &b->pending_phrases};
	for (size_t i = 0; i < sizeof vs / sizeof vs[0]; i++)
		free(vs[i]->data);
}

int at_verb_dict_compile(const char *const *paths, size_t npaths, const char *out,
			 char *err, size_t errlen)
{
	builder b;
	memset(&b, 0, sizeof b);
	at_buf_init(&b.strings);
	at_buf_putc(&b.strings, '\0');
	b.verbs.elem = sizeof(at_vd_verb);
	b.blocks.elem = sizeof(at_vd_block);
	b.patterns.elem = sizeof(at_vd_pattern);
	b.elems.elem = sizeof(at_vd_elem);
	b.terms.elem = b.sphrases.elem = b.pending_phrases.elem = sizeof(uint32_t);
	b.synsets.elem = sizeof(at_vd_synset);
	b.names.elem = sizeof(synset_name);
	b.err = err;
	b.errlen = errlen;
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < npaths; i++)
		rc = read_file(&b, paths[i]);
	if (rc == 0 && b.verbs.n == 0)
		rc = fail(&b, "no verbs found: not a verb dictionary");
	if (rc == 0) {
		sort_outputs(&b);
		rc = save(&b, out);
	}
	builder_free(&b);
	return rc;
}
