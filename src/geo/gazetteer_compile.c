/* The gazetteer compiler: GeoNames rows → entries, every usable name → a
 * normalised key, keys → one hash table written as a model file. Runs once
 * at build time, so clarity beats speed here. */
#include "geo/gazetteer_compile.h"
#include "geo/gazetteer.h"

#include "core/buf.h"
#include "core/file.h"
#include "core/modelfile.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One (name, place) pair before grouping by key. */
typedef struct name_ref {
	uint32_t key;      /* offset in the key buffer */
	uint32_t cand;     /* entry index | GZ_CAND_* */
	uint8_t keylen;
	uint8_t acronym;   /* written in capitals only */
	uint8_t abbrev;    /* an abbreviation such as "Calif." */
	uint8_t org;       /* an organisation named after the place ("EU") */
} name_ref;

typedef struct compiler {
	gz_entry *entries;
	size_t nentries, entries_cap;
	char (*admin_codes)[16];   /* "CC.code" of each entry (cities: of their ADM1) */
	at_buf strings, keys;
	name_ref *names;
	size_t nnames, names_cap;
	gz_slot *slots;
	uint32_t nslots, nkeys;
	uint32_t *cands;
	size_t ncands, cands_cap;
	const at_buf *keys_out;              /* the keys as written to the file */
	at_buf words;                        /* common lowercase words */
	uint32_t *wordslots;
	uint32_t nwordslots;
	char *err;
	size_t errlen;
} compiler;

static void *grow(void *p, size_t elem, size_t *cap, size_t need)
{
	if (need <= *cap)
		return p;
	size_t n = *cap ? *cap : 1024;
	while (n < need)
		n *= 2;
	void *q = realloc(p, n * elem);
	if (q)
		*cap = n;
	return q;
}

static uint32_t add_string(compiler *c, const char *s, size_t n)
{
	uint32_t off = (uint32_t)c->strings.len;
	at_buf_put(&c->strings, s, n);
	at_buf_putc(&c->strings, '\0');
	return off;
}

/* Splits a line on tabs in place; returns the number of fields. */
static size_t split(char *line, char sep, char **fields, size_t max)
{
	size_t n = 0;
	char *p = line;
	while (n < max) {
		fields[n++] = p;
		char *t = strchr(p, sep);
		if (!t)
			break;
		*t = '\0';
		p = t + 1;
	}
	return n;
}

static int is_acronym(const char *s)
{
	size_t letters = 0;
	for (; *s; s++) {
		if (*s == '.')
			continue;
		if (!isupper((unsigned char)*s))
			return 0;
		letters++;
	}
	return letters > 0 && letters <= 5;
}

static int add_name(compiler *c, const char *name, uint32_t cand, int abbrev)
{
	char key[GZ_MAX_KEY];
	size_t n = gz_normalize(name, strlen(name), key, sizeof key);
	if (n == 0 || n > 255)
		return 0;
	if (!(c->names = grow(c->names, sizeof *c->names, &c->names_cap, c->nnames + 1))) {
		snprintf(c->err, c->errlen, "out of memory");
		return -1;
	}
	name_ref *r = &c->names[c->nnames++];
	r->key = (uint32_t)c->keys.len;
	r->keylen = (uint8_t)n;
	r->cand = cand;
	r->acronym = (uint8_t)is_acronym(name);
	r->abbrev = (uint8_t)abbrev;
	r->org = 0;
	at_buf_put(&c->keys, key, n);
	return 0;
}

/* Alternate names worth keeping for English news: Latin script, written
 * with a capital (GeoNames also lists lowercase romanisations), and not
 * codes such as "PAR" for cities. */
static int usable_altname(const char *s, int kind)
{
	unsigned char c0 = (unsigned char)s[0];
	if (!(c0 >= 'A' && c0 <= 'Z') && !(c0 >= 0xC3 && c0 <= 0xC5))
		return 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p >= 0xC6)  /* beyond Latin Extended-A: other scripts */
			return 0;
	if (kind == GZ_CITY && strlen(s) < 4)
		return 0;
	return 1;
}

static int parse_row(compiler *c, char **f)
{
	int kind = strcmp(f[0], "country") == 0 ? GZ_COUNTRY
		 : strcmp(f[0], "adm1") == 0   ? GZ_ADM1
		 : strcmp(f[0], "city") == 0   ? GZ_CITY
		 : strcmp(f[0], "region") == 0 ? GZ_REGION : 0;
	if (!kind)
		return 0;
	if (!(c->entries = grow(c->entries, sizeof *c->entries, &c->entries_cap, c->nentries + 1)) ||
	    !(c->admin_codes = realloc(c->admin_codes, c->entries_cap * sizeof *c->admin_codes))) {
		snprintf(c->err, c->errlen, "out of memory");
		return -1;
	}
	uint32_t idx = (uint32_t)c->nentries++;
	gz_entry *e = &c->entries[idx];
	memset(e, 0, sizeof *e);
	e->geonames = (uint32_t)strtoul(f[1], NULL, 10);
	e->population = (uint32_t)strtoul(f[9], NULL, 10);
	e->lat = strtof(f[10], NULL);
	e->lon = strtof(f[11], NULL);
	e->kind = (uint8_t)kind;
	e->name = add_string(c, f[2], strlen(f[2]));
	e->feature = add_string(c, f[8], strlen(f[8]));
	memcpy(e->country2, f[5], strlen(f[5]) >= 2 ? 2 : 0);
	memcpy(e->country3, f[6], strlen(f[6]) >= 3 ? 3 : 0);
	snprintf(c->admin_codes[idx], sizeof c->admin_codes[idx], "%.2s.%.12s", f[5], f[7]);
	if (add_name(c, f[2], idx, 0) != 0 || (*f[3] && add_name(c, f[3], idx, 0) != 0))
		return -1;
	char *alt = f[4];
	while (alt && *alt) {
		char *bar = strchr(alt, '|');
		if (bar)
			*bar = '\0';
		if (usable_altname(alt, kind) && add_name(c, alt, idx | GZ_CAND_ALTNAME, 0) != 0)
			return -1;
		alt = bar ? bar + 1 : NULL;
	}
	return 0;
}

static int admin_cmp(const void *a, const void *b, void *codes)
{
	char (*k)[16] = codes;
	return strcmp(k[*(const uint32_t *)a], k[*(const uint32_t *)b]);
}

/* Links every place to its ADM1 entry and fills country3 from the country
 * rows, by sorting the ADM1 codes once. */
static void link_admin1(compiler *c)
{
	uint32_t *adm = malloc(c->nentries * sizeof *adm);
	const gz_entry *country_of[26 * 26] = {0};
	size_t nadm = 0;
	if (!adm)
		return;
	for (uint32_t i = 0; i < c->nentries; i++) {
		const gz_entry *e = &c->entries[i];
		if (e->kind == GZ_ADM1)
			adm[nadm++] = i;
		if (e->kind == GZ_COUNTRY && isupper((unsigned char)e->country2[0]) &&
		    isupper((unsigned char)e->country2[1]))
			country_of[(e->country2[0] - 'A') * 26 + e->country2[1] - 'A'] = e;
	}
	qsort_r(adm, nadm, sizeof *adm, admin_cmp, c->admin_codes);
	for (size_t k = 0; k < nadm; k++)
		c->entries[adm[k]].admin1_code = add_string(c, c->admin_codes[adm[k]], strlen(c->admin_codes[adm[k]]));
	for (uint32_t i = 0; i < c->nentries; i++) {
		gz_entry *e = &c->entries[i];
		if (isupper((unsigned char)e->country2[0]) && isupper((unsigned char)e->country2[1])) {
			const gz_entry *ce = country_of[(e->country2[0] - 'A') * 26 + e->country2[1] - 'A'];
			if (ce && e->kind != GZ_COUNTRY)
				memcpy(e->country3, ce->country3, 3);
		}
		if (e->kind == GZ_COUNTRY)
			continue;
		size_t lo = 0, hi = nadm;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			int cmp = strcmp(c->admin_codes[adm[mid]], c->admin_codes[i]);
			if (cmp == 0) {
				e->admin1 = adm[mid] + 1;
				e->admin1_code = c->entries[adm[mid]].admin1_code;
				break;
			}
			if (cmp < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
	}
	free(adm);
}

static uint32_t find_country(const compiler *c, const char *code, size_t n)
{
	for (uint32_t i = 0; i < c->nentries; i++) {
		const gz_entry *e = &c->entries[i];
		if (e->kind == GZ_COUNTRY && ((n == 2 && memcmp(e->country2, code, 2) == 0) ||
					      (n == 3 && memcmp(e->country3, code, 3) == 0)))
			return i;
	}
	return UINT32_MAX;
}

static uint32_t find_admin1(const compiler *c, const char *code)
{
	for (uint32_t i = 0; i < c->nentries; i++)
		if (c->entries[i].kind == GZ_ADM1 && strcmp(c->admin_codes[i], code) == 0)
			return i;
	return UINT32_MAX;
}

/* Calls fn on every line's fields after the header. A line with fewer than
 * nfields fields is an error when strict (the GeoNames table), else skipped
 * (the name lists, which carry comments and ragged rows). */
static int each_line(compiler *c, const char *path, char sep, size_t nfields, int strict,
		     int (*fn)(compiler *, char **))
{
	size_t len;
	char *data = at_read_file(path, &len, c->err, c->errlen);
	if (!data)
		return -1;
	int rc = 0;
	char *line = data;
	for (size_t lineno = 1; line && *line && rc == 0; lineno++) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		size_t l = strlen(line);
		if (l && line[l - 1] == '\r')
			line[l - 1] = '\0';
		char *f[16];
		if (lineno > 1 && *line) {
			if (split(line, sep, f, 16) >= nfields) {
				rc = fn(c, f);
			} else if (strict) {
				snprintf(c->err, c->errlen, "%s:%zu: expected %zu %s-separated columns", path, lineno,
					 nfields, sep == '\t' ? "tab" : "comma");
				rc = -1;
			}
		}
		line = nl ? nl + 1 : NULL;
	}
	free(data);
	return rc;
}

static int read_table(compiler *c, const char *path)
{
	if (each_line(c, path, '\t', 13, 1, parse_row) != 0)
		return -1;
	link_admin1(c);
	return 0;
}

/* "Mexican" → Mexico, and the plural "Mexicans". */
static int add_demonym(compiler *c, char **f)
{
	uint32_t country = find_country(c, f[1], strlen(f[1]));
	if (country == UINT32_MAX)
		return 0;
	uint32_t cand = country | GZ_CAND_DEMONYM;
	if (add_name(c, f[0], cand, 0) != 0)
		return -1;
	size_t n = strlen(f[0]);
	if (n < 3 || f[0][n - 1] == 's' || at_has_suffix(f[0], "ese") || at_has_suffix(f[0], "sh") ||
	    at_has_suffix(f[0], "ch"))
		return 0;
	char plural[128];
	snprintf(plural, sizeof plural, "%ss", f[0]);
	return add_name(c, plural, cand, 0);
}

/* "Calif." → California (only after a comma: see recognize.c). */
static int add_state_abbrev(compiler *c, char **f)
{
	char code[16];
	snprintf(code, sizeof code, "US.%.2s", f[0]);
	uint32_t adm = find_admin1(c, code);
	size_t n = strlen(f[3]);
	if (adm == UINT32_MAX || n < 2 || f[3][n - 1] != '.')
		return 0;
	return add_name(c, f[3], adm | GZ_CAND_ALTNAME, 1);
}

/* Short forms kept from the country name list; other names of three
 * letters or fewer there are ISO codes that collide with words ("AND"). */
static int short_country_name_ok(const char *s)
{
	static const char *const ok[] = {"US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "KSA", "DPRK"};
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
		if (strcmp(s, ok[i]) == 0)
			return 1;
	return 0;
}

static int add_country_name(compiler *c, char **f)
{
	uint32_t country = find_country(c, f[0], 2);
	if (country == UINT32_MAX || (strlen(f[1]) <= 4 && !short_country_name_ok(f[1])))
		return 0;
	return add_name(c, f[1], country | GZ_CAND_ALTNAME, 0);
}

/* Continents and regions that news names as places but the GeoNames table
 * here lacks, at their GeoNames points (continents) or a rounded central
 * point (regions, id 0). */
static const struct region {
	const char *name;
	uint32_t geonames;
	float lat, lon;
} regions[] = {
	{"Europe", 6255148, 48.69096f, 9.14062f},
	{"Africa", 6255146, 7.1881f, 21.09375f},
	{"Asia", 6255147, 29.84064f, 89.29688f},
	{"North America", 6255149, 46.07323f, -100.54688f},
	{"South America", 6255150, -14.60485f, -57.65625f},
	{"Oceania", 6255151, -18.31281f, 138.51562f},
	{"Middle East", 0, 29.0f, 41.0f},
	{"Central America", 0, 13.0f, -86.0f},
	{"Latin America", 0, -10.0f, -60.0f},
	{"Caribbean", 0, 16.0f, -72.0f},
	{"Southeast Asia", 0, 8.0f, 110.0f},
	{"East Asia", 0, 35.0f, 115.0f},
	{"Balkans", 0, 43.0f, 21.0f},
	{"Scandinavia", 0, 63.0f, 15.0f},
	{"Mediterranean", 0, 36.0f, 16.0f},
	{"Americas", 0, 15.0f, -85.0f},
	{"Persian Gulf", 0, 27.0f, 51.0f},
	{"West Africa", 0, 11.0f, -3.0f},
	{"East Africa", 0, 0.0f, 36.0f},
	{"Central Asia", 0, 43.0f, 65.0f},
	{"South Asia", 0, 22.0f, 79.0f},
	{"Darfur", 0, 13.5f, 24.0f},
	{"Kashmir", 0, 34.5f, 76.0f},
	{"Sumatra", 0, 0.0f, 102.0f},
	{"Borneo", 0, 1.0f, 114.0f},
	{"Siberia", 0, 60.0f, 100.0f},
	{"West Bank", 0, 32.0f, 35.25f},
	{"Indian Ocean", 0, -10.0f, 75.0f},
	{"Atlantic Ocean", 0, 30.0f, -40.0f},
	{"Pacific Ocean", 0, 0.0f, -160.0f},
	{"Arctic", 0, 80.0f, 0.0f},
	{"Caucasus", 0, 42.5f, 44.0f},
	{"Sahel", 0, 15.0f, 5.0f},
	{"Horn of Africa", 0, 8.0f, 45.0f},
	{"Western Europe", 0, 48.0f, 5.0f},
	{"Eastern Europe", 0, 50.0f, 25.0f},
	{"Northern Europe", 0, 60.0f, 15.0f},
	{"Southern Europe", 0, 41.0f, 15.0f},
	{"Central Europe", 0, 49.0f, 15.0f},
	{"Eastern Mediterranean", 0, 34.0f, 30.0f},
	{"Korean Peninsula", 0, 37.5f, 127.5f},
	{"Pacific Northwest", 0, 46.0f, -121.0f},
	{"Midwest", 0, 41.0f, -90.0f},
	{"New England", 0, 43.5f, -71.5f},
};

/* Other names of places already in the table: target is an ISO alpha-2
 * code or a region's name (kind: a name, an adjective or demonym, or an
 * organisation named after the place). */
enum { ALIAS_NAME, ALIAS_DEMONYM, ALIAS_ORG };

static const struct alias {
	const char *name, *target;
	int kind;   /* ALIAS_* */
} aliases[] = {
	{"Britain", "GB", 0}, {"Great Britain", "GB", 0}, {"Holy See", "VA", 0},
	{"European Union", "Europe", ALIAS_ORG}, {"EU", "Europe", ALIAS_ORG},
	{"E.U.", "Europe", ALIAS_ORG},
	{"DPRK", "KP", 0}, {"Burma", "MM", 0}, {"Ivory Coast", "CI", 0},
	{"European", "Europe", 1}, {"Europeans", "Europe", 1}, {"African", "Africa", 1},
	{"Africans", "Africa", 1}, {"Asian", "Asia", 1}, {"Asians", "Asia", 1},
	{"North American", "North America", 1}, {"South American", "South America", 1},
	{"Central American", "Central America", 1}, {"Latin American", "Latin America", 1},
	{"Middle Eastern", "Middle East", 1}, {"Korean", "KR", 1}, {"Koreans", "KR", 1},
	{"Saudi", "SA", 1}, {"Saudis", "SA", 1}, {"Brit", "GB", 1}, {"Brits", "GB", 1},
	{"Emirati", "AE", 1}, {"Emiratis", "AE", 1}, {"Kiwi", "NZ", 1},
	{"Atlantic", "Atlantic Ocean", 0}, {"Pacific", "Pacific Ocean", 0},
	{"NSW", "AU.02", 0}, {"Gaza Strip", "PS", 0},
};

static int add_regions(compiler *c)
{
	for (size_t i = 0; i < sizeof regions / sizeof regions[0]; i++) {
		const struct region *r = &regions[i];
		char pop[] = "0", lat[32], lon[32], code[] = "", feature[] = "CONT";
		char name[64], kind[] = "region", id[16];
		snprintf(name, sizeof name, "%s", r->name);
		snprintf(id, sizeof id, "%u", r->geonames);
		snprintf(lat, sizeof lat, "%.5f", r->lat);
		snprintf(lon, sizeof lon, "%.5f", r->lon);
		char empty[] = "";
		char *f[13] = {kind, id, name, empty, empty, code, code, code, feature, pop, lat, lon, empty};
		if (parse_row(c, f) != 0)
			return -1;
	}
	return 0;
}

static int add_aliases(compiler *c)
{
	for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
		const struct alias *a = &aliases[i];
		uint32_t target = UINT32_MAX;
		if (strlen(a->target) == 2)
			target = find_country(c, a->target, 2);
		else if (strchr(a->target, '.'))
			target = find_admin1(c, a->target);
		for (uint32_t k = 0; k < c->nentries && target == UINT32_MAX; k++)
			if (c->entries[k].kind == GZ_REGION &&
			    strcmp(c->strings.data + c->entries[k].name, a->target) == 0)
				target = k;
		if (target == UINT32_MAX)
			continue;
		uint32_t how = a->kind == ALIAS_DEMONYM ? GZ_CAND_DEMONYM : GZ_CAND_ALTNAME;
		if (add_name(c, a->name, target | how, 0) != 0)
			return -1;
		c->names[c->nnames - 1].org = a->kind == ALIAS_ORG;
	}
	return 0;
}

static int ref_cmp(const void *a, const void *b, void *keys)
{
	const name_ref *x = a, *y = b;
	const char *k = keys;
	size_t n = x->keylen < y->keylen ? x->keylen : y->keylen;
	int cmp = memcmp(k + x->key, k + y->key, n);
	if (cmp)
		return cmp;
	if (x->keylen != y->keylen)
		return x->keylen < y->keylen ? -1 : 1;
	uint32_t xi = x->cand & GZ_CAND_INDEX, yi = y->cand & GZ_CAND_INDEX;
	if (xi != yi)
		return xi < yi ? -1 : 1;
	return x->cand < y->cand ? -1 : x->cand > y->cand;
}

static int cand_cmp(const void *a, const void *b, void *entries)
{
	const gz_entry *e = entries;
	const gz_entry *x = &e[*(const uint32_t *)a & GZ_CAND_INDEX];
	const gz_entry *y = &e[*(const uint32_t *)b & GZ_CAND_INDEX];
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if (x->population != y->population)
		return x->population > y->population ? -1 : 1;
	return x->geonames < y->geonames ? -1 : x->geonames > y->geonames;
}

static gz_slot *slot_for(gz_slot *slots, uint32_t nslots, const char *keys, const char *key, size_t n)
{
	uint32_t i = (uint32_t)gz_hash(key, n) & (nslots - 1);
	while (slots[i].key && !(slots[i].keylen == n && memcmp(keys + slots[i].key - 1, key, n) == 0))
		i = (i + 1) & (nslots - 1);
	return &slots[i];
}

/* Adds one key's candidates (refs[0..n), sorted, same key) to the table. */
static int add_key(compiler *c, const name_ref *refs, size_t n, at_buf *keyout)
{
	uint32_t first = (uint32_t)c->ncands;
	int acronym = 1, demonym = 1, abbrev = 1, has_acronym = 0, org = 0;
	for (size_t i = 0; i < n; i++) {
		uint32_t idx = refs[i].cand & GZ_CAND_INDEX;
		acronym &= refs[i].acronym;
		has_acronym |= refs[i].acronym;
		org |= refs[i].org;  /* "EU" is the Union, not the French town Eu */
		demonym &= (refs[i].cand & GZ_CAND_DEMONYM) != 0;
		abbrev &= refs[i].abbrev;
		if (c->ncands > first && (c->cands[c->ncands - 1] & GZ_CAND_INDEX) == idx) {
			c->cands[c->ncands - 1] &= refs[i].cand | GZ_CAND_INDEX;  /* the primary name wins */
			continue;
		}
		if (!(c->cands = grow(c->cands, sizeof *c->cands, &c->cands_cap, c->ncands + 1)))
			return -1;
		c->cands[c->ncands++] = refs[i].cand;
	}
	uint32_t count = (uint32_t)(c->ncands - first);
	qsort_r(c->cands + first, count, sizeof *c->cands, cand_cmp, c->entries);
	if (count > GZ_MAX_CANDS) {
		count = GZ_MAX_CANDS;
		c->ncands = first + count;
	}
	const char *key = c->keys.data + refs[0].key;
	gz_slot *s = slot_for(c->slots, c->nslots, keyout->data, key, refs[0].keylen);
	s->key = (uint32_t)keyout->len + 1;
	s->keylen = refs[0].keylen;
	s->cands = first;
	s->ncands = (uint16_t)count;
	s->flags = (uint8_t)((acronym ? GZ_KEY_ACRONYM : 0) | (demonym ? GZ_KEY_DEMONYM : 0) |
			     (abbrev ? GZ_KEY_ABBREV : 0) | (has_acronym ? GZ_KEY_HAS_ACRONYM : 0) |
			     (org ? GZ_KEY_ORG : 0));
	at_buf_put(keyout, key, refs[0].keylen);
	at_buf_putc(keyout, '\0');
	c->nkeys++;
	return 0;
}

static int same_key(const compiler *c, const name_ref *a, const name_ref *b)
{
	return a->keylen == b->keylen && memcmp(c->keys.data + a->key, c->keys.data + b->key, a->keylen) == 0;
}

static int build_table(compiler *c, at_buf *keyout)
{
	qsort_r(c->names, c->nnames, sizeof *c->names, ref_cmp, c->keys.data);
	size_t distinct = 0;
	for (size_t i = 0; i < c->nnames; i++)
		if (i == 0 || !same_key(c, &c->names[i - 1], &c->names[i]))
			distinct++;
	c->nslots = 1024;
	while (c->nslots < distinct + distinct / 2)
		c->nslots *= 2;
	if (!(c->slots = calloc(c->nslots, sizeof *c->slots))) {
		snprintf(c->err, c->errlen, "out of memory");
		return -1;
	}
	size_t start = 0;
	for (size_t i = 1; i <= c->nnames; i++) {
		if (i < c->nnames && same_key(c, &c->names[start], &c->names[i]))
			continue;
		if (add_key(c, c->names + start, i - start, keyout) != 0) {
			snprintf(c->err, c->errlen, "out of memory");
			return -1;
		}
		start = i;
	}
	return 0;
}

/* Word counts from the common-word corpus: how often each lowercased form
 * is written in lowercase and capitalised, away from sentence starts. */
#define WORD_SLOTS (1u << 18)

typedef struct word_count {
	char *word;
	uint32_t lower, upper;
} word_count;

static word_count *count_slot(word_count *counts, const char *w, size_t n)
{
	uint32_t i = (uint32_t)gz_hash(w, n) & (WORD_SLOTS - 1);
	while (counts[i].word && !(strlen(counts[i].word) == n && memcmp(counts[i].word, w, n) == 0))
		i = (i + 1) & (WORD_SLOTS - 1);
	return &counts[i];
}

static int count_form(word_count *counts, size_t *distinct, const char *form)
{
	char w[64];
	size_t n = strlen(form);
	if (n == 0 || n >= sizeof w || *distinct >= WORD_SLOTS / 2)
		return 0;
	for (size_t i = 0; i <= n; i++)
		w[i] = (char)tolower((unsigned char)form[i]);
	word_count *wc = count_slot(counts, w, n);
	if (!wc->word) {
		if (!(wc->word = strdup(w)))
			return -1;
		(*distinct)++;
	}
	if (islower((unsigned char)form[0]))
		wc->lower++;
	else if (isupper((unsigned char)form[0]))
		wc->upper++;
	return 0;
}

static int is_common(const word_count *wc)
{
	return wc->lower >= 2 && wc->lower > wc->upper;
}

/* Marks names that are common lowercase words in running text ("mobile",
 * "police"), which the recogniser then wants more evidence for, and keeps
 * the common words themselves as a set. */
static int mark_common_words(compiler *c, word_count *counts)
{
	for (uint32_t i = 0; i < c->nslots; i++) {
		gz_slot *s = &c->slots[i];
		if (!s->key || memchr(c->keys_out->data + s->key - 1, ' ', s->keylen))
			continue;
		word_count *wc = count_slot(counts, c->keys_out->data + s->key - 1, s->keylen);
		if (wc->word && is_common(wc))
			s->flags |= GZ_KEY_COMMON;
	}
	size_t n = 0;
	for (uint32_t i = 0; i < WORD_SLOTS; i++)
		n += counts[i].word && is_common(&counts[i]);
	c->nwordslots = 1024;
	while (c->nwordslots < 2 * n)
		c->nwordslots *= 2;
	if (!(c->wordslots = calloc(c->nwordslots, sizeof *c->wordslots)))
		return -1;
	for (uint32_t i = 0; i < WORD_SLOTS; i++) {
		if (!counts[i].word || !is_common(&counts[i]))
			continue;
		size_t len = strlen(counts[i].word);
		uint32_t k = (uint32_t)gz_hash(counts[i].word, len) & (c->nwordslots - 1);
		while (c->wordslots[k])
			k = (k + 1) & (c->nwordslots - 1);
		c->wordslots[k] = (uint32_t)c->words.len + 1;
		at_buf_put(&c->words, counts[i].word, len + 1);
	}
	return 0;
}

static int read_common_words(compiler *c, const char *path)
{
	size_t len, distinct = 0;
	char *data = at_read_file(path, &len, c->err, c->errlen);
	if (!data)
		return -1;
	word_count *counts = calloc(WORD_SLOTS, sizeof *counts);
	int rc = counts ? 0 : -1;
	char *line = data;
	while (rc == 0 && line && *line) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		char *f[3];
		if (*line != '#' && *line && split(line, '\t', f, 3) == 3 && !strchr(f[0], '-') &&
		    !strchr(f[0], '.') && strcmp(f[0], "1") != 0)
			rc = count_form(counts, &distinct, f[1]);
		line = nl ? nl + 1 : NULL;
	}
	if (rc == 0)
		rc = mark_common_words(c, counts);
	if (rc != 0)
		snprintf(c->err, c->errlen, "%s: out of memory", path);
	for (uint32_t i = 0; counts && i < WORD_SLOTS; i++)
		free(counts[i].word);
	free(counts);
	free(data);
	return rc;
}

static int write_file(compiler *c, const at_buf *keyout, const char *out)
{
	gz_meta meta = {(uint32_t)c->nentries, c->nslots, c->nkeys, 0};
	at_model_writer *w = at_model_writer_new(GZ_KIND, GZ_VERSION);
	int rc = w ? 0 : -1;
	if (rc == 0)
		rc = at_model_writer_add(w, "meta", &meta, sizeof meta) |
		     at_model_writer_add(w, "entries", c->entries, c->nentries * sizeof *c->entries) |
		     at_model_writer_add(w, "strings", c->strings.data, c->strings.len) |
		     at_model_writer_add(w, "slots", c->slots, (size_t)c->nslots * sizeof *c->slots) |
		     at_model_writer_add(w, "keys", keyout->data, keyout->len) |
		     at_model_writer_add(w, "cands", c->cands, c->ncands * sizeof *c->cands);
	if (rc == 0 && c->nwordslots)
		rc = at_model_writer_add(w, "words", c->wordslots, (size_t)c->nwordslots * sizeof *c->wordslots) |
		     at_model_writer_add(w, "wordstr", c->words.data, c->words.len);
	if (rc != 0)
		snprintf(c->err, c->errlen, "%s: out of memory", out);
	else
		rc = at_model_writer_save(w, out, c->err, c->errlen);
	at_model_writer_free(w);
	return rc;
}

static void compiler_free(compiler *c)
{
	free(c->entries);
	free(c->admin_codes);
	free(c->names);
	free(c->slots);
	free(c->cands);
	free(c->wordslots);
	at_buf_free(&c->words);
	at_buf_free(&c->strings);
	at_buf_free(&c->keys);
}

int at_gazetteer_compile(const at_gazetteer_sources *src, const char *out, char *err, size_t errlen)
{
	compiler c;
	memset(&c, 0, sizeof c);
	c.err = err;
	c.errlen = errlen;
	at_buf_init(&c.strings);
	at_buf_init(&c.keys);
	at_buf_init(&c.words);
	at_buf_putc(&c.words, '\0');
	at_buf keyout;
	at_buf_init(&keyout);
	at_buf_putc(&c.strings, '\0');  /* offset 0 is the empty string */
	int rc = read_table(&c, src->table);
	if (rc == 0)
		rc = add_regions(&c);
	if (rc == 0)
		rc = add_aliases(&c);
	if (rc == 0 && src->demonyms)
		rc = each_line(&c, src->demonyms, ',', 2, 0, add_demonym);
	if (rc == 0 && src->us_states)
		rc = each_line(&c, src->us_states, '\t', 4, 0, add_state_abbrev);
	if (rc == 0 && src->country_names)
		rc = each_line(&c, src->country_names, '\t', 2, 0, add_country_name);
	if (rc == 0)
		rc = build_table(&c, &keyout);
	c.keys_out = &keyout;
	if (rc == 0 && src->common_words)
		rc = read_common_words(&c, src->common_words);
	if (rc == 0)
		rc = write_file(&c, &keyout, out);
	at_buf_free(&keyout);
	compiler_free(&c);
	return rc;
}
