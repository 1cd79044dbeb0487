/* Toponym resolution: every name's candidates ranked by a prior (feature
 * type, population) and the document's own geography (the countries and
 * first-level divisions of its other places, "Paris, Texas", the dateline).
 * One sense per document: every mention of a name gets the same place. */
#include "geo/geo.h"

#include <math.h>
#include <string.h>

#define MAX_ADMINS 64
#define MAX_EVIDENCE 256

typedef struct doc_geo {
	float country[26 * 26];
	/* The entries behind the evidence: a place never supports itself
	 * ("Mexico" is not the capital because "Mexico City" is named). */
	uint32_t entry[MAX_EVIDENCE];
	float weight[MAX_EVIDENCE];
	size_t nentries;
	uint32_t admin[MAX_ADMINS];   /* entry index + 1 of an ADM1 */
	float admin_weight[MAX_ADMINS];
	size_t nadmins;
} doc_geo;

static int country_slot(const char cc[2])
{
	unsigned a = (unsigned char)cc[0] - 'A', b = (unsigned char)cc[1] - 'A';
	return a < 26 && b < 26 ? (int)(a * 26 + b) : -1;
}

static float prior(const gz_entry *e, uint32_t cand, const char *feature)
{
	float s;
	if (e->kind == GZ_COUNTRY)
		s = cand & GZ_CAND_ALTNAME ? 7.5f : 12.0f;  /* "Mexico" the country, not its capital */
	else if (e->kind == GZ_ADM1)
		s = 7.0f;
	else if (e->kind == GZ_REGION)
		s = cand & GZ_CAND_ALTNAME ? 9.0f : 11.0f;
	else {
		s = 1.1f * log10f((float)e->population + 1.0f);
		if (strcmp(feature, "PPLC") == 0)
			s += 1.5f;
		else if (strcmp(feature, "PPLA") == 0)
			s += 0.7f;
		else if (strcmp(feature, "PPLA2") == 0)
			s += 0.3f;
	}
	if (cand & GZ_CAND_ALTNAME)
		s -= 0.5f;
	return s;
}

static float admin_weight(const doc_geo *d, uint32_t admin1)
{
	for (size_t i = 0; i < d->nadmins; i++)
		if (d->admin[i] == admin1)
			return d->admin_weight[i];
	return 0;
}

static void add_admin(doc_geo *d, uint32_t admin1, float w)
{
	if (!admin1)
		return;
	for (size_t i = 0; i < d->nadmins; i++)
		if (d->admin[i] == admin1) {
			d->admin_weight[i] += w;
			return;
		}
	if (d->nadmins < MAX_ADMINS) {
		d->admin[d->nadmins] = admin1;
		d->admin_weight[d->nadmins++] = w;
	}
}

/* What a resolved place says about the document's geography. */
static void add_evidence(doc_geo *d, const gz_entry *e, uint32_t index, float w)
{
	if (d->nentries < MAX_EVIDENCE) {
		d->entry[d->nentries] = index;
		d->weight[d->nentries++] = w;
	}
	int cs = country_slot(e->country2);
	if (cs >= 0)
		d->country[cs] += e->kind == GZ_COUNTRY ? w : 0.5f * w;
	add_admin(d, e->admin1, e->kind == GZ_ADM1 ? w : 0.5f * w);
}

/* True when e lies in the country or ADM1 q names. */
static int lies_in(const gz_entry *e, const gz_entry *q, uint32_t q_index)
{
	if (q->kind == GZ_COUNTRY)
		return memcmp(e->country2, q->country2, 2) == 0 && e != q;
	if (q->kind == GZ_ADM1)
		return e->admin1 == q_index + 1 && e != q;
	return 0;
}

static float qualifier_bonus(const geo_work *w, const geo_found *f, const gz_entry *e)
{
	if (f->qualifier < 0)
		return 0;
	const gz_match *q = &w->found[f->qualifier].match;
	for (uint32_t k = 0; k < q->ncands; k++) {
		uint32_t qi = q->cands[k] & GZ_CAND_INDEX;
		if (lies_in(e, gz_entry_at(w->g, qi), qi))
			return 8.0f;
	}
	return 0;
}

static float context_bonus(const doc_geo *d, const gz_entry *e, uint32_t index)
{
	float s = 0;
	int cs = country_slot(e->country2);
	float cw = cs >= 0 ? d->country[cs] : 0;
	float aw = admin_weight(d, e->admin1);
	for (size_t i = 0; i < d->nentries; i++)
		if (d->entry[i] == index) {
			cw -= e->kind == GZ_COUNTRY ? d->weight[i] : 0.5f * d->weight[i];
			aw -= e->kind == GZ_ADM1 ? d->weight[i] : 0.5f * d->weight[i];
		}
	if (cw > 0.01f)
		s += 1.25f + 0.375f * fminf(cw, 4.0f);
	if (aw > 0.01f)
		s += 2.5f + 0.5f * fminf(aw, 4.0f);
	return s;
}

/* Chooses the best candidate of place i; returns its index in the match,
 * and the margin over the runner-up in *margin. */
static uint32_t best_candidate(const geo_work *w, size_t i, const doc_geo *d, float *margin)
{
	const geo_found *f = &w->found[i];
	float best = -1e9f, second = -1e9f;
	uint32_t best_k = 0;
	int demonym = 0;
	for (uint32_t k = 0; k < f->match.ncands && w->doc->places[i].is_demonym; k++)
		demonym |= (f->match.cands[k] & GZ_CAND_DEMONYM) != 0;
	for (uint32_t k = 0; k < f->match.ncands; k++) {
		uint32_t cand = f->match.cands[k];
		if (demonym && !(cand & GZ_CAND_DEMONYM))
			continue;  /* "Canadian" the adjective, not the Texas town */
		const gz_entry *e = gz_entry_at(w->g, cand & GZ_CAND_INDEX);
		float s = prior(e, cand, gz_string(w->g, e->feature)) + qualifier_bonus(w, f, e);
		if (d)
			s += context_bonus(d, e, cand & GZ_CAND_INDEX);
		if (s > best) {
			second = best;
			best = s;
			best_k = k;
		} else if (s > second) {
			second = s;
		}
	}
	*margin = f->match.ncands > 1 ? best - second : 10.0f;
	return best_k;
}

static const gz_entry *chosen(const geo_work *w, size_t i, const uint32_t *choice)
{
	return gz_entry_at(w->g, w->found[i].match.cands[choice[i]] & GZ_CAND_INDEX);
}

static void fill(geo_work *w, size_t i, uint32_t k, float margin)
{
	at_place *p = &w->doc->places[i];
	uint32_t cand = w->found[i].match.cands[k];
	const gz_entry *e = gz_entry_at(w->g, cand & GZ_CAND_INDEX);
	p->geonames = (int32_t)e->geonames;
	p->name = gz_string(w->g, e->name);
	memcpy(p->country2, e->country2, 2);
	p->country2[2] = '\0';
	memcpy(p->country3, e->country3, 3);
	p->country3[3] = '\0';
	const gz_entry *adm = e->admin1 ? gz_entry_at(w->g, e->admin1 - 1) : NULL;
	p->admin1 = adm ? gz_string(w->g, adm->name) : NULL;
	p->admin1_code = e->admin1_code ? gz_string(w->g, e->admin1_code) : NULL;
	p->feature = gz_string(w->g, e->feature);
	p->lat = e->lat;
	p->lon = e->lon;
	p->score = 1.0f / (1.0f + expf(-margin));
}

/* The geography of the document without the places named key. */
static void evidence_without(const geo_work *w, const uint32_t *choice, uint64_t key, doc_geo *d)
{
	const at_doc *doc = w->doc;
	memset(d, 0, sizeof *d);
	for (size_t i = 0; i < doc->nplaces; i++) {
		if (w->found[i].key_hash == key || !w->found[i].match.ncands)
			continue;
		float weight = doc->places[i].from_dateline ? 2.0f : 1.0f;
		uint32_t index = w->found[i].match.cands[choice[i]] & GZ_CAND_INDEX;
		add_evidence(d, chosen(w, i, choice), index, weight);
	}
}

/* The town the article is about: its most often named city, else its
 * most often named place of any kind. -1 when it names none. */
static int focus_place(const geo_work *w)
{
	const at_doc *doc = w->doc;
	int best = -1;
	size_t best_count = 0;
	for (size_t i = 0; i < doc->nplaces; i++) {
		const at_place *p = &doc->places[i];
		if (!w->found[i].match.ncands || p->is_demonym)
			continue;
		size_t count = 0;
		for (size_t j = 0; j < doc->nplaces; j++)
			count += doc->places[j].geonames == p->geonames;
		if (p->from_dateline)
			count += 2;
		int city = p->feature && strncmp(p->feature, "PPL", 3) == 0;
		count = count * 2 + (size_t)city;
		if (count > best_count) {
			best = (int)i;
			best_count = count;
		}
	}
	return best;
}

/* Names outside the gazetteer ("Main Street", "Licking County") are in the
 * town the article is about. */
static void place_unknown(geo_work *w)
{
	at_doc *doc = w->doc;
	size_t unknown = 0;
	for (size_t i = 0; i < doc->nplaces; i++)
		unknown += !w->found[i].match.ncands;
	int focus = unknown ? focus_place(w) : -1;
	if (focus < 0)
		return;
	for (size_t i = 0; i < doc->nplaces; i++) {
		if (w->found[i].match.ncands)
			continue;
		at_place *p = &doc->places[i];
		const at_place *f = &doc->places[focus];
		p->geonames = f->geonames;
		p->name = f->name;
		memcpy(p->country2, f->country2, sizeof p->country2);
		memcpy(p->country3, f->country3, sizeof p->country3);
		p->admin1 = f->admin1;
		p->admin1_code = f->admin1_code;
		p->feature = f->feature;
		p->lat = f->lat;
		p->lon = f->lon;
		p->score = 0.1f;
	}
}

/* The candidate of place i given the document's geography d, with a
 * qualified mention ("Paris, Texas") speaking for the document's sense. */
static uint32_t decide(const geo_work *w, size_t i, const doc_geo *d, float *margin)
{
	uint32_t k = best_candidate(w, i, d, margin);
	for (size_t j = i; j < w->doc->nplaces; j++) {
		const geo_found *f = &w->found[j];
		if (f->key_hash != w->found[i].key_hash || f->qualifier < 0)
			continue;
		float m2;
		uint32_t kq = best_candidate(w, j, d, &m2);
		if (qualifier_bonus(w, f, gz_entry_at(w->g, f->match.cands[kq] & GZ_CAND_INDEX)) > 0) {
			k = kq;
			*margin = m2;
		}
		break;
	}
	return k;
}

/* A county named after a town ("Orange County") lies in a state the
 * article names: the town of that name there (candidates come best prior
 * first), or UINT32_MAX when there is none, elsewhere being a guess too far. */
static uint32_t county_town(const geo_work *w, size_t i, uint32_t k, const doc_geo *d)
{
	const gz_match *m = &w->found[i].match;
	if (!w->found[i].county)
		return k;
	for (uint32_t j = 0; j < m->ncands; j++) {
		uint32_t c = j == 0 ? k : j - (j <= k);  /* the chosen one first */
		if (admin_weight(d, gz_entry_at(w->g, m->cands[c] & GZ_CAND_INDEX)->admin1) > 0.01f)
			return c;
	}
	return UINT32_MAX;
}

void geo_resolve(geo_work *w)
{
	at_doc *doc = w->doc;
	if (!doc->nplaces)
		return;
	uint32_t *choice = at_arena_alloc(doc->arena, doc->nplaces * sizeof *choice);
	float *margins = at_arena_alloc(doc->arena, doc->nplaces * sizeof *margins);
	doc_geo *d = at_arena_alloc(doc->arena, sizeof *d);
	if (!choice || !margins || !d)
		return;
	for (size_t i = 0; i < doc->nplaces; i++)
		choice[i] = best_candidate(w, i, NULL, &margins[i]);
	/* Two rounds: the second sees the senses the first chose with context
	 * ("Georgia" the state once "Athens" is the Georgia town). */
	for (int round = 0; round < 2; round++) {
		for (size_t i = 0; i < doc->nplaces; i++) {
			if (!w->found[i].match.ncands)
				continue;
			size_t first = 0;
			while (w->found[first].key_hash != w->found[i].key_hash)
				first++;
			if (first < i) {  /* one sense per document */
				choice[i] = choice[first];
				margins[i] = margins[first];
				continue;
			}
			evidence_without(w, choice, w->found[i].key_hash, d);
			choice[i] = decide(w, i, d, &margins[i]);
		}
	}
	for (size_t i = 0; i < doc->nplaces; i++) {
		if (!w->found[i].match.ncands)
			continue;
		if (w->found[i].county)
			evidence_without(w, choice, w->found[i].key_hash, d);
		uint32_t k = county_town(w, i, choice[i], d);
		if (k == UINT32_MAX)
			w->found[i].match.ncands = 0;  /* placed by place_unknown */
		else
			fill(w, i, k, margins[i]);
	}
	place_unknown(w);
}
