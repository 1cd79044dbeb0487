/* Loading and looking up the compiled actor dictionary. */
#include "actors/compile.h"
#include "actors/dict.h"
#include "core/hash.h"
#include "core/modelfile.h"
#include "core/wordlist.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int ad_attach(at_actor_dict *d, const void *meta, size_t meta_size, const void *strings,
	      size_t strings_size, const void *entries, size_t entries_size, const void *roles,
	      size_t roles_size, const void *slots, size_t slots_size)
{
	if (!meta || meta_size != sizeof(ad_meta) || !strings || !strings_size || !slots)
		return -1;
	const ad_meta *m = meta;
	if (entries_size != m->nentries * sizeof(ad_entry) || roles_size != m->nroles * sizeof(ad_role) ||
	    slots_size != m->nslots * sizeof(ad_slot) || (m->nslots & (m->nslots - 1)) != 0 ||
	    ((const char *)strings)[strings_size - 1] != '\0')
		return -1;
	d->meta = m;
	d->strings = strings;
	d->strings_size = strings_size;
	d->entries = entries;
	d->roles = roles;
	d->slots = slots;
	return 0;
}

static at_actor_dict *load_model(const char *path, char *err, size_t errlen)
{
	at_model *m = at_model_open(path, AD_KIND, AD_VERSION, err, errlen);
	if (!m)
		return NULL;
	at_actor_dict *d = calloc(1, sizeof *d);
	if (!d) {
		at_model_close(m);
		snprintf(err, errlen, "%s: out of memory", path);
		return NULL;
	}
	d->model = m;
	size_t sz[5];
	const void *meta = at_model_section(m, "meta", &sz[0]);
	const void *strings = at_model_section(m, "strings", &sz[1]);
	const void *entries = at_model_section(m, "entries", &sz[2]);
	const void *roles = at_model_section(m, "roles", &sz[3]);
	const void *slots = at_model_section(m, "phrases", &sz[4]);
	if (ad_attach(d, meta, sz[0], strings, sz[1], entries, sz[2], roles, sz[3], slots, sz[4]) != 0) {
		snprintf(err, errlen, "%s: sections of the actor dictionary are missing or inconsistent", path);
		at_actor_dict_free(d);
		return NULL;
	}
	return d;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && strcmp(s + n - k, suffix) == 0;
}

static int file_rank(const char *name)
{
	if (ends_with(name, ".actors.txt"))
		return 0;
	if (ends_with(name, ".agents.txt"))
		return 1;
	if (ends_with(name, ".discards.txt"))
		return 2;
	return -1;
}

static int cmp_names(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	int rx = file_rank(x), ry = file_rank(y);
	return rx != ry ? rx - ry : strcmp(x, y);
}

/* A folder without actors.atm but with PETRARCH text dictionaries
 * (*.actors.txt, *.agents.txt, *.discards.txt) is compiled in memory. */
static at_actor_dict *load_text_folder(const char *dir, const char *path, char *err, size_t errlen)
{
	DIR *dh = opendir(dir);
	if (!dh) {
		snprintf(err, errlen, "%s: no actor dictionary (run 'make dicts')", path);
		return NULL;
	}
	char *files[64];
	size_t n = 0;
	struct dirent *de;
	while ((de = readdir(dh)) && n < 64) {
		if (file_rank(de->d_name) < 0)
			continue;
		size_t len = strlen(dir) + strlen(de->d_name) + 2;
		if (!(files[n] = malloc(len)))
			break;
		snprintf(files[n++], len, "%s/%s", dir, de->d_name);
	}
	closedir(dh);
	at_actor_dict *d = NULL;
	if (n == 0) {
		snprintf(err, errlen, "%s: no actor dictionary (run 'make dicts')", path);
	} else {
		qsort(files, n, sizeof *files, cmp_names);
		d = at_actor_dict_compile_mem((const char *const *)files, n, NULL, err, errlen);
	}
	for (size_t i = 0; i < n; i++)
		free(files[i]);
	return d;
}

at_actor_dict *at_actor_dict_load(const char *path, char *err, size_t errlen)
{
	struct stat st;
	if (stat(path, &st) == 0)
		return load_model(path, err, errlen);
	char dir[4096];
	snprintf(dir, sizeof dir, "%s", path);
	char *slash = strrchr(dir, '/');
	if (slash)
		*slash = '\0';
	else
		snprintf(dir, sizeof dir, ".");
	return load_text_folder(dir, path, err, errlen);
}

void at_actor_dict_free(at_actor_dict *d)
{
	if (!d)
		return;
	if (d->model)
		at_model_close(d->model);
	free(d->owned);
	free(d);
}

ad_hit ad_lookup(const at_actor_dict *d, const char *key, size_t len, uint64_t hash)
{
	ad_hit hit = {0, 0, 0, 0};
	uint32_t mask = d->meta->nslots - 1;
	for (uint32_t i = (uint32_t)hash & mask;; i = (i + 1) & mask) {
		const ad_slot *s = &d->slots[i];
		if (!s->key)
			return hit;
		const char *k = d->strings + s->key;
		if (memcmp(k, key, len) == 0 && k[len] == '\0') {
			uint32_t e = s->value & AD_ENTRY_MASK;
			hit.longer = (s->value & AD_HAS_LONGER) != 0;
			hit.found = (s->value & ~AD_HAS_LONGER) != AD_NO_ENTRY;
			hit.entry = e;
			hit.plural = hit.found && (s->value & AD_SLOT_PLURAL) != 0;
			return hit;
		}
	}
}

/* "---" codes nothing; TABARI's "###" marks text to discard. */
static int is_null_code(const char *code)
{
	return !*code || strcmp(code, "---") == 0 || strcmp(code, "###") == 0;
}

/* The narrowest role holding on date wins: Phoenix nests a term in
 * government inside a longer span as one of the elite. */
const char *ad_entry_code(const at_actor_dict *d, uint32_t entry, uint32_t date)
{
	const ad_entry *e = &d->entries[entry];
	const ad_role *r = d->roles + e->role_first;
	const char *undated = NULL, *latest = NULL, *best = NULL;
	uint32_t latest_to = 0, best_span = UINT32_MAX;
	for (uint32_t i = 0; i < e->role_count; i++) {
		if (ad_role_open(&r[i])) {
			if (!undated)
				undated = d->strings + r[i].code;
			continue;
		}
		if (date && r[i].from <= date && date <= r[i].to && r[i].to - r[i].from < best_span) {
			best_span = r[i].to - r[i].from;
			best = d->strings + r[i].code;
		}
		if (r[i].to >= latest_to) {
			latest_to = r[i].to;
			latest = d->strings + r[i].code;
		}
	}
	const char *code = best ? best : e->code ? d->strings + e->code : undated;
	/* Without a document date, the most recent role is the best guess. */
	if (!code && !date)
		code = latest;
	return code && !is_null_code(code) ? code : NULL;
}

size_t ad_surname_key(const char *surname, unsigned k, char *out, size_t size)
{
	int n = k ? snprintf(out, size, "%c%s%c%u", AD_SURNAME_MARK, surname, AD_SURNAME_MARK, k)
		  : snprintf(out, size, "%c%s", AD_SURNAME_MARK, surname);
	return n > 0 && (size_t)n < size ? (size_t)n : 0;
}

static int held_office(const at_actor_dict *d, uint32_t entry, uint32_t date)
{
	const ad_entry *e = &d->entries[entry];
	const ad_role *r = d->roles + e->role_first;
	for (uint32_t i = 0; i < e->role_count; i++) {
		const char *code = d->strings + r[i].code;
		if (!ad_role_open(&r[i]) && r[i].from <= date && date <= r[i].to && strlen(code) > 3 &&
		    !strstr(code + 3, "ELI") && !is_null_code(code))
			return 1;
	}
	return 0;
}

int32_t ad_office_holder(const at_actor_dict *d, const char *surname, uint32_t date)
{
	if (!date)
		return -1;
	int32_t holder = -1;
	char key[128];
	for (unsigned k = 0;; k++) {
		size_t len = ad_surname_key(surname, k, key, sizeof key);
		ad_hit hit = len ? ad_lookup(d, key, len, at_hash_bytes(key, len)) : (ad_hit){0, 0, 0, 0};
		if (!hit.found)
			return holder;
		if (!held_office(d, hit.entry, date))
			continue;
		if (holder >= 0)
			return -1;
		holder = (int32_t)hit.entry;
	}
}

int ad_institution_word(const char *word)
{
	static const char *const institutions[] = {
		"ministry", "ministries", "government", "governments", "administration", "department",
		"council", "cabinet", "authority", "party", "army", "military", "court", "embassy",
		"agency", "commission", "committee", "parliament", "congress", "police", "navy",
		"regime", "office", "enforcement", "crime", "media", "press", "community", "company",
		"companies", "firm", "corporation", "bank", "group", "union", "organization",
		"organisation", "business", "businesses", "industry", "school", "schools", "university",
		"college", "church", "mosque", "temple", "hospital", NULL,
	};
	return at_word_in(word, institutions);
}
