/* A CAMEO code for each chunk, and the mention and entity it makes.
 *   dictionary  the chunk ends with a known actor with a role on the date
 *   title       an unknown name after a title: country + the title's role
 *   agent       a generic agent with a country in the chunk ("US officials")
 *   country     a generic agent coded with the country around it
 *   place       a capital or country standing for its government
 * Names alone, titles alone after "the", link to earlier entities. */
#include "actors/find.h"
#include "actors/norm.h"
#include "core/actorcode.h"
#include "core/tags.h"
#include "core/wordlist.h"

#include <string.h>

#define MAX_CODE 24
/* What the code_* steps return when a chunk makes no mention (-1 is out of
 * memory, like af_add_mention's). */
#define NO_MENTION (-2)

/* Codes that start with one of these name no country: organisation types,
 * and roles coded alone ("MED" for a news agency). */
static const char *const not_countries[] = {
	"IGO", "NGO", "IMG", "MNC", "NGM", "INT", "---", "GOV", "MIL", "REB", "OPP", "PTY", "COP",
	"JUD", "SPY", "UAF", "INS", "SEP", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV",
	"HLH", "HRI", "LAB", "LEG", "MED", "MOD", "RAD", "REF", "PPL", "REL", "CHR", "MUS", "JEW",
	"BUD", "HIN", "SIK", "CTH", "PRO", "SHI", "SUN", "MOS", "TAO", "BAH", NULL,
};

void af_country_of(const char *code, char out[4])
{
	out[0] = '\0';
	if (!code || strlen(code) < 3)
		return;
	for (const char *const *t = not_countries; *t; t++)
		if (strncmp(code, *t, 3) == 0)
			return;
	memcpy(out, code, 3);
	out[3] = '\0';
}

const char *af_compose(af_state *st, const char *base, const char *role, int role_first)
{
	char out[MAX_CODE + 1];
	size_t n = 0;
	if (!base)
		base = "";
	if (!role)
		role = "";
	if (role_first) {
		snprintf(out, sizeof out, "%s%s", role, base);
		return at_arena_strdup(st->doc->arena, out);
	}
	snprintf(out, sizeof out, "%s", base);
	n = strlen(out);
	for (size_t i = 0; role[i] && role[i + 1] && role[i + 2] && n + 3 <= MAX_CODE; i += 3) {
		if (at_code_has_part(out, role + i))
			continue;
		memcpy(out + n, role + i, 3);
		n += 3;
		out[n] = '\0';
	}
	return n ? at_arena_strdup(st->doc->arena, out) : NULL;
}

int32_t af_new_entity(af_state *st, const char *name, const char *code, int32_t entry)
{
	at_doc *doc = st->doc;
	if (doc->nentities == st->entities_cap) {
		size_t cap = st->entities_cap;
		doc->entities = at_arena_grow(doc->arena, doc->entities, sizeof *doc->entities, &st->entities_cap);
		st->ents = at_arena_grow(doc->arena, st->ents, sizeof *st->ents, &cap);
		if (!doc->entities || !st->ents)
			return -1;
	}
	int32_t id = (int32_t)doc->nentities++;
	doc->entities[id].name = name;
	doc->entities[id].code = code;
	doc->entities[id].first_mention = (uint32_t)doc->nmentions;
	memset(&st->ents[id], 0, sizeof st->ents[id]);
	st->ents[id].entry = entry;
	return id;
}

int af_add_mention(af_state *st, const af_chunk *c, uint32_t first, uint32_t last, const char *code,
		   int how, int is_person, int32_t entity)
{
	at_doc *doc = st->doc;
	if (doc->nmentions == st->mentions_cap) {
		doc->mentions = at_arena_grow(doc->arena, doc->mentions, sizeof *doc->mentions, &st->mentions_cap);
		if (!doc->mentions)
			return -1;
	}
	at_mention *m = &doc->mentions[doc->nmentions];
	m->start = st->units[first].start;
	m->end = st->units[last].end;
	m->sent = c ? c->sent : st->units[first].sent;
	m->word_first = st->units[first].word;
	m->word_last = st->units[last].word;
	m->head = st->units[last].word;
	m->entity = entity;
	m->code = code;
	m->how = (uint8_t)how;
	m->is_person = (uint8_t)is_person;
	return (int)doc->nmentions++;
}

/* ---- context ---- */

/* "ambassador to Mexico", "envoy to the United States": a country or
 * actor inside a chunk right after "to" is where its agent is posted, not
 * whose agent it is (the dictionary's AMBASSADOR_TO keeps the "to" inside
 * the chunk). */
static int is_posting(const af_state *st, const af_chunk *c, const af_piece *p)
{
	if (!((p->kind == AF_COUNTRY || p->kind == AF_ACTOR) && p->code))
		return 0;
	uint32_t u = p->first;
	if (u > c->first && strcmp(st->units[u - 1].key, "the") == 0)
		u--;
	return u > c->first && strcmp(st->units[u - 1].key, "to") == 0;
}

/* The first country of the chunk that is (posted 1) or is not (posted 0)
 * a posting, or "". */
static void first_country(const af_state *st, const af_chunk *c, int posted, char out[4])
{
	out[0] = '\0';
	for (uint32_t k = 0; k < c->piece_count && !out[0]; k++) {
		const af_piece *p = &st->pieces[c->piece_first + k];
		int country = (p->kind == AF_COUNTRY || p->kind == AF_ACTOR) && p->code;
		if (country && is_posting(st, c, p) == posted)
			af_country_of(p->code, out);
	}
}

static void chunk_country(const af_state *st, const af_chunk *c, char out[4])
{
	first_country(st, c, 0, out);
}

/* The nearest country named in the same sentence (before, then after),
 * else the document's main country, else "---"; never the country the
 * chunk's agent is posted to ("Ambassador to Mexico Ken Salazar met
 * Mexican officials"). */
static void context_country(const af_state *st, size_t ci, char out[4])
{
	uint32_t sent = st->chunks[ci].sent;
	char posting[4];
	first_country(st, &st->chunks[ci], 1, posting);
	for (size_t j = ci; j-- > 0 && st->chunks[j].sent == sent;) {
		chunk_country(st, &st->chunks[j], out);
		if (out[0] && strcmp(out, posting) != 0)
			return;
	}
	for (size_t j = ci + 1; j < st->nchunks && st->chunks[j].sent == sent; j++) {
		chunk_country(st, &st->chunks[j], out);
		if (out[0] && strcmp(out, posting) != 0)
			return;
	}
	memcpy(out, st->dominant, 4);
	/* PETRARCH's mark for an actor of unknown country: "---GOV". */
	if (!out[0] || strcmp(out, posting) == 0)
		memcpy(out, "---", 4);
}

/* The country named most often; ties go to the one named first. Documents
 * name a handful of countries, so a short list does. */
void af_find_dominant(af_state *st)
{
	enum { MAX_COUNTRIES = 64 };
	char codes[MAX_COUNTRIES][4];
	size_t counts[MAX_COUNTRIES], n = 0, best = 0;
	st->dominant[0] = '\0';
	for (size_t i = 0; i < st->npieces; i++) {
		const af_piece *p = &st->pieces[i];
		char code[4];
		if (!(p->kind == AF_COUNTRY || p->kind == AF_ACTOR) || !p->code)
			continue;
		af_country_of(p->code, code);
		if (!code[0])
			continue;
		size_t k = 0;
		while (k < n && strcmp(codes[k], code) != 0)
			k++;
		if (k == n) {
			if (n == MAX_COUNTRIES)
				continue;
			memcpy(codes[n], code, 4);
			counts[n++] = 0;
		}
		if (++counts[k] > best) {
			best = counts[k];
			memcpy(st->dominant, code, 4);
		}
	}
}

/* ---- entities ---- */

static char *span_text(af_state *st, uint32_t first, uint32_t last)
{
	return at_arena_strndup(st->doc->arena, st->doc->text + st->units[first].start,
				st->units[last].end - st->units[first].start);
}

static char *span_key(af_state *st, uint32_t first, uint32_t last)
{
	size_t n = 0;
	for (uint32_t u = first; u <= last; u++)
		n += st->units[u].len + 1;
	char *k = at_arena_alloc(st->doc->arena, n + 1);
	if (!k)
		return NULL;
	size_t o = 0;
	for (uint32_t u = first; u <= last; u++) {
		if (u > first && st->units[u].gap)
			k[o++] = ' ';
		memcpy(k + o, st->units[u].key, st->units[u].len);
		o += st->units[u].len;
	}
	k[o] = '\0';
	return k;
}

static int32_t entity_of_entry(af_state *st, uint32_t entry, const char *code)
{
	for (size_t e = 0; e < st->doc->nentities; e++)
		if (st->ents[e].entry == (int32_t)entry)
			return (int32_t)e;
	int32_t id = af_new_entity(st, ad_str(st->dict, st->dict->entries[entry].name), code, (int32_t)entry);
	if (id >= 0) {
		const char *name = ad_str(st->dict, st->dict->entries[entry].name);
		char *key = at_arena_alloc(st->doc->arena, strlen(name) + 1);
		if (!key)
			return -1;
		ad_fold(name, strlen(name), key, 0);
		st->ents[id].key = key;
		const char *sp = strrchr(key, ' ');
		st->ents[id].surname = sp ? sp + 1 : key;
	}
	return id;
}

/* An earlier person whose full name or surname is this name. */
static int32_t person_named(const af_state *st, const char *key)
{
	const char *sp = strrchr(key, ' ');
	const char *last = sp ? sp + 1 : key;
	for (size_t e = st->doc->nentities; e-- > 0;) {
		const af_entity *x = &st->ents[e];
		if (!x->key)
			continue;
		if (strcmp(x->key, key) == 0)
			return (int32_t)e;
		if (x->is_person && x->surname && strcmp(x->surname, last) == 0 && !sp)
			return (int32_t)e;
	}
	return -1;
}

/* Foreign ministers and secretaries of state are "the top diplomat". */
static int title_fits(const char *title, const char *head)
{
	if (!title)
		return 0;
	if (strcmp(head, "diplomat") == 0)
		return strstr(title, "foreign") || strstr(title, "of state") || strstr(title, "diplomat");
	size_t n = strlen(head);
	for (const char *p = strstr(title, head); p; p = strstr(p + 1, head))
		if ((p == title || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return 1;
	return 0;
}

/* The most recent person whose title fits "the secretary", "the top U.S.
 * diplomat", from the given country when one is named. */
static int32_t person_titled(const af_state *st, const char *head, const char *country)
{
	for (size_t e = st->doc->nentities; e-- > 0;) {
		const af_entity *x = &st->ents[e];
		const char *code = st->doc->entities[e].code;
		if (!x->is_person || x->plural || !title_fits(x->title, head))
			continue;
		if (country[0] && (!code || strncmp(code, country, 3) != 0))
			continue;
		return (int32_t)e;
	}
	return -1;
}

/* ---- coding one chunk ---- */

/* Institutions among the agents: not people, so no "he" or "she". */
static int agent_is_person(const af_state *st, const af_piece *p)
{
	return !ad_institution_word(st->units[p->last].key);
}

/* Verbs of saying and of stance: what a government does through its
 * capital's name ("Washington said", "Mexico City rejected"). */
static int is_stance_verb(const af_unit *u)
{
	static const char *const verbs[] = {
		"said", "says", "say", "rejected", "rejects", "announced", "announces", "warned", "warns",
		"denied", "denies", "insisted", "insists", "accused", "accuses", "urged", "urges",
		"demanded", "demands", "responded", "responds", "criticized", "criticised", "criticizes",
		"condemned", "condemns", "welcomed", "welcomes", "protested", "threatened", "threatens",
		"refused", "refuses", "agreed", "agrees", "wants", "wanted", "insisted", "blamed",
		"blames", "declined", "declines", "confirmed", "confirms", "stated", "argued", "argues",
		"claimed", "claims", "vowed", "vows", "pledged", "pledges", "hit", "retorted", NULL,
	};
	for (const char *const *v = verbs; *v; v++)
		if (strcmp(u->key, *v) == 0)
			return 1;
	return 0;
}

/* Words of a country's formal or descriptive names, never of a capital's. */
static int names_a_state(const char *key)
{
	static const char *const words[] = {
		"kingdom", "republic", "states", "state", "nation", "land", "union", "federation",
		"islands", "emirates", "america", NULL,
	};
	for (const char *const *w = words; *w; w++) {
		size_t n = strlen(*w);
		for (const char *p = strstr(key, *w); p; p = strstr(p + 1, *w))
			if ((p == key || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
				return 1;
	}
	return 0;
}

/* "Washington said", "Mexico City rejected": a country's capital, named
 * without "the" and in mixed case, right before a verb of saying or stance
 * is its government.
 * Country names ("Mexico has agreed", "The Hermit Kingdom fired"),
 * abbreviations ("the US") and demonyms stay the country. */
static int metonymy(const af_state *st, const af_chunk *c, const af_piece *p)
{
	if (c->piece_count != 1 || p->plural || c->last + 1 >= st->nunits ||
	    st->units[c->last + 1].sent != c->sent || c->definite)
		return 0;
	if (!is_stance_verb(&st->units[c->last + 1]))
		return 0;
	const af_unit *first = &st->units[p->first];
	if (first->start > 0 && strcmp(first->key, "the") == 0)
		return 0;
	const char *text = st->doc->text + first->start;
	if (first->end - first->start < 2 || !(text[1] >= 'a' && text[1] <= 'z'))
		return 0;
	const char *name = ad_str(st->dict, st->dict->entries[p->entry].name);
	char folded[256];
	if (strlen(name) >= sizeof folded)
		return 0;
	ad_fold(name, strlen(name), folded, 0);
	char *key = span_key((af_state *)st, p->first, p->last);
	if (!key || names_a_state(key))
		return 0;
	size_t n = strlen(key);
	if (n > 2 && (strcmp(key + n - 2, "an") == 0 || strcmp(key + n - 2, "ch") == 0 ||
		      strcmp(key + n - 2, "sh") == 0 || strcmp(key + n - 3, "ese") == 0))
		return 0;
	return strcmp(folded, key) != 0 && strncmp(folded, key, n) != 0;
}

typedef struct parts {
	int last_kind;
	const af_piece *actor;    /* the last actor piece with a code */
	const af_piece *agent;    /* the last agent */
	const af_piece *country;  /* the first country */
	const af_piece *name;     /* the trailing unknown name */
	const af_piece *last;
} parts;

static void split_chunk(const af_state *st, const af_chunk *c, parts *p)
{
	memset(p, 0, sizeof *p);
	for (uint32_t k = 0; k < c->piece_count; k++) {
		const af_piece *x = &st->pieces[c->piece_first + k];
		if (is_posting(st, c, x))
			continue;
		if (x->kind == AF_ACTOR && x->code)
			p->actor = x;
		else if (x->kind == AF_AGENT)
			p->agent = x;
		else if (x->kind == AF_COUNTRY && !p->country)
			p->country = x;
		p->name = x->kind == AF_NAME || (x->kind == AF_ACTOR && !x->code) ? x : NULL;
		p->last = x;
	}
}

static const char *agent_title(af_state *st, const af_piece *agent)
{
	return agent ? span_key(st, agent->first, agent->last) : NULL;
}

/* People have terms of office; institutions have undated codes, or a name
 * that ends like one ("Biden Administration"). */
static int entry_is_person(const af_state *st, uint32_t entry)
{
	const ad_entry *e = &st->dict->entries[entry];
	const char *name = ad_str(st->dict, e->name);
	const char *sp = strrchr(name, ' ');
	char last[32];
	snprintf(last, sizeof last, "%s", sp ? sp + 1 : name);
	for (char *q = last; *q; q++)
		*q = (char)(*q >= 'A' && *q <= 'Z' ? *q + 32 : *q);
	if (ad_institution_word(last))
		return 0;
	for (uint32_t i = 0; i < e->role_count; i++) {
		const ad_role *r = &st->dict->roles[e->role_first + i];
		if (!ad_role_open(r))
			return 1;
	}
	return 0;
}

/* A role of public office: government, legislature, courts, armed forces,
 * police, intelligence. */
static int is_office(const char *code)
{
	static const char *const offices[] = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", NULL};
	size_t n = strlen(code);
	for (size_t k = 3; k + 3 <= n; k += 3)
		for (const char *const *o = offices; *o; o++)
			if (strncmp(code + k, *o, 3) == 0)
				return 1;
	return 0;
}

/* "former Secretary of State ...": someone who held an office is one of
 * the elite (ELI) of the country, whatever the office; a former employee
 * or student is still one. */
static const char *former(af_state *st, const af_chunk *c, const char *code)
{
	char country[4];
	if (!is_office(code))
		return code;
	for (uint32_t u = c->first; u <= c->last; u++)
		if (strcmp(st->units[u].key, "former") == 0 || strcmp(st->units[u].key, "ex") == 0) {
			af_country_of(code, country);
			return af_compose(st, country, "ELI", 0);
		}
	return code;
}

static const char *agent_role(const af_state *st, const af_chunk *c, const af_piece *agent);

static int is_elite(const char *code)
{
	size_t n = strlen(code);
	return n >= 6 && strcmp(code + n - 3, "ELI") == 0;
}

/* "Argentine President Alberto Fernandez" on a date after the last office
 * the dictionary records for him, where it has him among the elite (ELI):
 * the office the text gives him is newer than the dictionary, so it
 * outranks that code ("former" still makes him ELI), here and where the
 * document names him again ("Fernandez said"). */
static const char *titled_office(af_state *st, const af_chunk *c, const parts *p)
{
	const char *code = p->actor->code;
	char country[4];
	if (!is_elite(code))
		return code;
	if (!p->agent || p->agent->last >= p->actor->first) {
		for (size_t e = 0; e < st->doc->nentities; e++)
			if (st->ents[e].entry == (int32_t)p->actor->entry)
				return st->doc->entities[e].code;
		return code;
	}
	af_country_of(code, country);
	const char *office = country[0] ? af_compose(st, country, agent_role(st, c, p->agent), 0) : NULL;
	return office && is_office(office) ? former(st, c, office) : code;
}

/* The chunk ends with a dictionary actor that has a code on this date. */
static int code_actor(af_state *st, const af_chunk *c, const parts *p)
{
	/* "a senior White House official": the dictionary's phrase names a
	 * person of the institution. */
	const char *head = st->units[c->last].key;
	int dated = entry_is_person(st, p->actor->entry);
	int person = dated || strncmp(head, "official", 8) == 0 || strncmp(head, "spokes", 6) == 0;
	/* A dated record knows its own past; "a former White House official"
	 * needs the word. */
	const char *code = dated ? titled_office(st, c, p) : person ? former(st, c, p->actor->code) : p->actor->code;
	int32_t ent = entity_of_entry(st, p->actor->entry, code);
	if (ent < 0)
		return -1;
	st->ents[ent].is_person = (uint8_t)person;
	/* The words before a person's name are the title ("U.S. Secretary of
	 * State"), whether an agent or an office the dictionary knows. */
	if (person && !st->ents[ent].title && p->actor->first > c->first)
		st->ents[ent].title = span_key(st, c->first, p->actor->first - 1);
	return af_add_mention(st, c, c->first, c->last, code, AT_HOW_DICT, person, ent);
}

/* A capitalised proper noun in lowercase letters otherwise (in a headline
 * in capitals every word looks like a name); the tagger may call a word of
 * a company's name an adjective, but still NNP ("Baker International"). */
static int proper_name_unit(const af_state *st, size_t u, uint32_t sent)
{
	if (u >= st->nunits || st->units[u].sent != sent || !st->units[u].cap)
		return 0;
	const at_word *w = &st->doc->words[st->units[u].word];
	if (w->upos != AT_PROPN && !(w->xpos < at_xpos_count && strncmp(at_xpos_names[w->xpos], "NNP", 3) == 0))
		return 0;
	for (uint32_t i = st->units[u].start; i < st->units[u].end; i++)
		if (st->doc->text[i] >= 'a' && st->doc->text[i] <= 'z')
			return 1;
	return 0;
}

/* Does a dictionary phrase of the person itself cover unit u ("President
 * Reagan")? */
static int in_own_phrase(const af_state *st, size_t u, uint32_t entry)
{
	for (size_t i = 0; i < st->npieces; i++)
		if (st->pieces[i].kind == AF_ACTOR && st->pieces[i].entry == entry && st->pieces[i].first <= u &&
		    u <= st->pieces[i].last)
			return 1;
	return 0;
}

/* A name modifying the common noun after it names a thing ("Reagan bonds",
 * "the new Pesch offer"). */
static int names_a_thing(const af_state *st, uint32_t u)
{
	uint32_t word = st->units[u].word, first = st->doc->sents[st->units[u].sent].word_first;
	const at_word *w = &st->doc->words[word];
	return w->head > 0 && first + (uint32_t)w->head - 1 == word + 1 && st->doc->words[word + 1].upos == AT_NOUN;
}

/* Is the surname at unit u someone else's? The document also writes it
 * inside a longer name that is not the person's ("Baker International
 * Corp", "Nigel Lawson"). */
static int surname_taken(const af_state *st, uint32_t u, uint32_t entry)
{
	char given[64];
	const char *name = ad_str(st->dict, st->dict->entries[entry].name);
	size_t given_len = strcspn(name, " ");
	ad_fold(name, given_len < sizeof given ? given_len : 0, given, 0);
	for (size_t i = 0; i < st->nunits; i++) {
		const af_unit *x = &st->units[i];
		if (strcmp(x->key, st->units[u].key) != 0 || in_own_phrase(st, i, entry))
			continue;
		if (i > 0 && proper_name_unit(st, i - 1, x->sent) && strcmp(st->units[i - 1].key, given) != 0)
			return 1;
		if (proper_name_unit(st, i + 1, x->sent))
			return 1;
	}
	return 0;
}

/* "president of Acme Corp", "Acme Corp chairman John Smith", "vice
 * president of group marketing", "Synercom Technology Inc said vice
 * president Charles W. Ryle": a company's officer, not a government's.
 * The evidence is a company word in the chunk, right before it past
 * "said", "and its" and the like, or in an "of" or "at" phrase right after
 * it. */
static int in_company(const af_state *st, const af_chunk *c)
{
	static const char *const companies[] = {
		"corp", "corporation", "inc", "co", "ltd", "plc", "llc", "ag", "nv", "bv", "gmbh", "holdings",
		"industries", "company", "firm", NULL,
	};
	static const char *const functions[] = {
		"marketing", "sales", "manufacturing", "engineering", "operations", "research", NULL,
	};
	static const char *const joins[] = {"of", "at", NULL};
	static const char *const links[] = {"said", "says", "and", "its", "'s", ",", NULL};
	int of = c->last + 1 < st->nunits && at_word_in(st->units[c->last + 1].key, joins);
	uint32_t end = of ? c->last + 5 : c->last;
	uint32_t start = c->first;
	while (start > 0 && start + 3 > c->first && st->units[start - 1].sent == c->sent &&
	       at_word_in(st->units[start - 1].key, links))
		start--;
	if (start > 0 && start < c->first && st->units[start - 1].sent == c->sent)
		start--;
	int after_of = 0;
	for (uint32_t u = start; u <= end && u < st->nunits && st->units[u].sent == c->sent; u++) {
		if (at_word_in(st->units[u].key, companies) || (after_of && at_word_in(st->units[u].key, functions)))
			return 1;
		after_of |= u >= c->first && strcmp(st->units[u].key, "of") == 0;
	}
	return 0;
}

/* The role an agent gives: its dictionary code, but a company's officer
 * for a government title of a person in a company's context. */
static const char *agent_role(const af_state *st, const af_chunk *c, const af_piece *agent)
{
	const char *role = ad_str(st->dict, st->dict->entries[agent->entry].code);
	return strcmp(role, "GOV") == 0 && agent_is_person(st, agent) && in_company(st, c) ? "BUS" : role;
}

/* Does the document name the country of code anywhere? */
static int country_named(const af_state *st, const char *code)
{
	char want[4], got[4];
	af_country_of(code, want);
	for (size_t i = 0; want[0] && i < st->npieces; i++) {
		const af_piece *p = &st->pieces[i];
		if ((p->kind != AF_COUNTRY && p->kind != AF_ACTOR) || !p->code)
			continue;
		af_country_of(p->code, got);
		if (strcmp(got, want) == 0)
			return 1;
	}
	return 0;
}

/* "Reagan said": a name alone, nobody the document named before, that is
 * the surname of the one person the dictionary has in office on the date,
 * in a document that names that person's country (a "Jacobs" in a story
 * about an American takeover is not Antigua's Governor-General). */
static int code_surname(af_state *st, const af_chunk *c, uint32_t entry)
{
	const char *code = ad_entry_code(st->dict, entry, st->date);
	if (code && !country_named(st, code))
		return NO_MENTION;
	int32_t ent = code ? entity_of_entry(st, entry, code) : -1;
	if (ent < 0)
		return code ? -1 : NO_MENTION;
	st->ents[ent].is_person = 1;
	return af_add_mention(st, c, c->first, c->last, code, AT_HOW_SURNAME, 1, ent);
}

/* An unknown name: with a title it is a person coded from the title and
 * nationality; alone it may be an earlier person's surname. */
static int code_name(af_state *st, const af_chunk *c, const parts *p)
{
	char *key = span_key(st, p->name->first, p->name->last);
	if (!key)
		return -1;
	int32_t known = person_named(st, key);
	if (!strchr(key, ' ') && names_a_thing(st, p->name->first))
		return NO_MENTION;
	if (known >= 0 && !p->agent)
		return af_add_mention(st, c, c->first, c->last, st->doc->entities[known].code,
				      AT_HOW_COREF, st->ents[known].is_person, known);
	if (known < 0 && !strchr(key, ' ')) {
		int32_t holder = ad_office_holder(st->dict, key, st->date);
		if (holder >= 0 && !surname_taken(st, p->name->first, (uint32_t)holder))
			return code_surname(st, c, (uint32_t)holder);
	}
	if (!p->agent)
		return NO_MENTION;
	char country[4];
	chunk_country(st, c, country);
	int how = AT_HOW_TITLE;
	if (!country[0]) {
		context_country(st, (size_t)(c - st->chunks), country);
		how = AT_HOW_COUNTRY;
	}
	const ad_entry *ag = &st->dict->entries[p->agent->entry];
	const char *code = af_compose(st, p->actor ? p->actor->code : country, agent_role(st, c, p->agent),
				      (ag->flags & AD_AGENT_PREFIX) != 0);
	code = former(st, c, code);
	int person = agent_is_person(st, p->agent);
	if (p->country || p->actor)
		how = AT_HOW_TITLE;
	int32_t ent = known >= 0 ? known : af_new_entity(st, span_text(st, p->name->first, p->name->last), code, -1);
	if (ent < 0)
		return -1;
	if (known < 0) {
		st->ents[ent].key = key;
		const char *sp = strrchr(key, ' ');
		st->ents[ent].surname = sp ? sp + 1 : key;
		st->ents[ent].is_person = (uint8_t)person;
		st->ents[ent].title = agent_title(st, p->agent);
	}
	return af_add_mention(st, c, c->first, c->last, code, how, person, ent);
}

/* The chunk follows capitalised words, directly or across "and", "of",
 * "for" or a comma: it continues a title. */
static int in_title(const af_state *st, const af_chunk *c)
{
	static const char *const joins[] = {"and", "of", "for", ",", "&", NULL};
	uint32_t u = c->first;
	if (u == 0 || st->units[u - 1].sent != c->sent)
		return 0;
	u--;
	for (const char *const *j = joins; *j; j++)
		if (strcmp(st->units[u].key, *j) == 0) {
			if (u == 0 || st->units[u - 1].sent != c->sent)
				return 0;
			u--;
			break;
		}
	/* A capital that only opens the sentence says nothing. */
	return st->units[u].cap && u > 0 && st->units[u - 1].sent == c->sent;
}

/* A generic agent: its country from the chunk, else from around it; "the
 * secretary" alone is the last person with that title. */
static int code_agent(af_state *st, const af_chunk *c, const parts *p)
{
	const ad_entry *ag = &st->dict->entries[p->agent->entry];
	char country[4];
	chunk_country(st, c, country);
	int how = AT_HOW_AGENT;
	int person = agent_is_person(st, p->agent);
	/* "... for Security, Public Health and Safe Communities": a chunk of
	 * capitalised words continuing a title is part of that name. */
	if (!country[0] && !p->actor && person && st->units[p->agent->last].cap &&
	    c->piece_count > 1 && st->pieces[c->piece_first].kind == AF_NAME && in_title(st, c))
		return NO_MENTION;
	if (c->definite && !p->actor && !p->agent->plural && person) {
		const char *head = st->units[p->agent->last].key;
		int32_t ent = person_titled(st, head, country);
		if (ent >= 0)
			return af_add_mention(st, c, c->first, c->last, st->doc->entities[ent].code,
					      AT_HOW_COREF, 1, ent);
	}
	if (!country[0]) {
		context_country(st, (size_t)(c - st->chunks), country);
		how = AT_HOW_COUNTRY;
	}
	const char *code = af_compose(st, p->actor ? p->actor->code : country, agent_role(st, c, p->agent),
				      (ag->flags & AD_AGENT_PREFIX) != 0);
	if (person)
		code = former(st, c, code);
	int32_t ent = af_new_entity(st, span_text(st, c->first, c->last), code, -1);
	if (ent < 0)
		return -1;
	st->ents[ent].is_person = (uint8_t)person;
	st->ents[ent].plural = p->agent->plural;
	st->ents[ent].title = agent_title(st, p->agent);
	return af_add_mention(st, c, c->first, c->last, code, how, person, ent);
}

static int code_country(af_state *st, const af_chunk *c, const parts *p)
{
	int32_t ent = entity_of_entry(st, p->country->entry, p->country->code);
	if (ent < 0)
		return -1;
	if (metonymy(st, c, p->country))
		return af_add_mention(st, c, c->first, c->last, af_compose(st, p->country->code, "GOV", 0),
				      AT_HOW_PLACE, 0, ent);
	return af_add_mention(st, c, c->first, c->last, p->country->code, AT_HOW_DICT, 0, ent);
}

/* "Washington DC", "Mexico Bicentennial Framework": a country or actor
 * opening a chunk of names it does not title is a mention by itself;
 * "Central America" (a name first) is none. */
static int code_leading(af_state *st, const af_chunk *c)
{
	const af_piece *first = &st->pieces[c->piece_first];
	if (!((first->kind == AF_COUNTRY || first->kind == AF_ACTOR) && first->code))
		return NO_MENTION;
	af_chunk sub = *c;
	sub.first = first->first;
	sub.last = first->last;
	sub.piece_count = 1;
	parts p;
	split_chunk(st, &sub, &p);
	return first->kind == AF_COUNTRY ? code_country(st, &sub, &p) : code_actor(st, &sub, &p);
}

/* "Feliciano Valencia", "Central America": a name ending with a country's
 * other name is a name, not the country. */
static int name_then_country(const af_chunk *c, const parts *p, af_piece *joined)
{
	if (p->last->kind != AF_COUNTRY || c->piece_count < 2)
		return 0;
	const af_piece *before = p->last - 1;
	if (before->kind != AF_NAME)
		return 0;
	*joined = *before;
	joined->last = p->last->last;
	return 1;
}

/* "sentenced to life in prison", "died in a prison hospital", "taken to
 * hospital": a place where people are held or cared for, after a
 * preposition, is where something happens to them, not who does it. */
static int place_of_confinement(const af_state *st, const af_chunk *c)
{
	static const char *const places[] = {"prison", "prisons", "jail", "jails", "hospital", "hospitals", NULL};
	static const char *const preps[] = {"in", "into", "to", "from", "at", NULL};
	static const char *const between[] = {"a", "the", "federal", "state", NULL};
	uint32_t before = c->first;
	while (before > 0 && st->units[before - 1].sent == c->sent && at_word_in(st->units[before - 1].key, between))
		before--;
	return before > 0 && st->units[before - 1].sent == c->sent && at_word_in(st->units[before - 1].key, preps) &&
	       at_word_in(st->units[c->last].key, places);
}

/* "US$78 million", "A$52.5 million": a country's letters glued to a
 * dollar sign name its currency. */
static int names_a_currency(const af_state *st, const af_chunk *c)
{
	uint32_t end = st->units[c->last].end;
	return end < st->doc->len && st->doc->text[end] == '$';
}

static int code_chunk(af_state *st, af_chunk *c)
{
	parts p;
	if (place_of_confinement(st, c) || names_a_currency(st, c)) {
		c->mention = -1;
		return 0;
	}
	split_chunk(st, c, &p);
	int m = NO_MENTION;
	if (!p.last)
		return 0;
	af_piece joined;
	if (name_then_country(c, &p, &joined))
		p.name = &joined;
	if (p.name) {
		m = code_name(st, c, &p);
		if (m == NO_MENTION && p.name != &joined)
			m = code_leading(st, c);
	} else if (p.last->kind == AF_ACTOR && p.last->code) {
		m = code_actor(st, c, &p);
	} else if (p.last->kind == AF_AGENT || (p.last->kind == AF_COUNTRY && p.agent && !p.actor)) {
		/* "the Prime Minister of Estonia": the agent is the head. */
		m = code_agent(st, c, &p);
	} else if (p.last->kind == AF_COUNTRY) {
		m = code_country(st, c, &p);
	} else if (p.actor) {
		m = code_actor(st, c, &p);
	}
	if (m == -1)
		return -1;
	c->mention = m >= 0 ? m : -1;
	return 0;
}

/* "Senior U.S. and Mexican officials": a country alone before "and" and a
 * chunk of country + agent shares the agent's role. */
static void share_coordinated_roles(af_state *st)
{
	at_doc *doc = st->doc;
	for (size_t i = 0; i + 1 < st->nchunks; i++) {
		af_chunk *a = &st->chunks[i], *b = &st->chunks[i + 1];
		if (a->mention < 0 || b->mention < 0 || a->sent != b->sent || b->first != a->last + 2)
			continue;
		if (strcmp(st->units[a->last + 1].key, "and") != 0)
			continue;
		at_mention *ma = &doc->mentions[a->mention], *mb = &doc->mentions[b->mention];
		if (!ma->code || !mb->code || strlen(ma->code) != 3 || strlen(mb->code) <= 3 || mb->how != AT_HOW_AGENT)
			continue;
		ma->code = af_compose(st, ma->code, mb->code + 3, 0);
		ma->how = AT_HOW_AGENT;
	}
}

int af_code_chunks(af_state *st)
{
	for (size_t i = 0; i < st->nchunks; i++)
		if (code_chunk(st, &st->chunks[i]) != 0)
			return -1;
	share_coordinated_roles(st);
	return 0;
}
