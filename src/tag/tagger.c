#include "tag/tagger.h"
#include "core/modelfile.h"
#include "core/tags.h"
#include "learn/packed.h"
#include "learn/scorer.h"
#include "learn/strings.h"
#include "learn/table.h"
#include "learn/weights.h"
#include "tag/features.h"
#include "tag/lemma.h"
#include "tag/model.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct at_tagger {
	at_model *model;
	tag_meta meta;
	const tag_class *classes;
	at_scorer scorer;
	at_scorer scorer2;  /* the second pass, when the model has one */
	int two_pass;
	int32_t sure_margin;  /* first-pass margin above which the second pass keeps its class */
	at_table lexicon;
	const tag_lexentry *words;
	size_t nwords;
	at_table clusters;
	int has_clusters;
	at_table names;
	int has_names;
	tag_lemmatizer lemma;
	at_table feats_word, feats_class;
	at_strings feats;
	/* The summed scores of the word-only features of frequent words (not
	 * first in their sentence), computed at load: for them only the
	 * context features are looked up. A row per word and pass. */
	at_table memo;
	void *memo_index;
	int32_t *memo_rows;
};

/* Features with this many weights get a dense row (learn/scorer.h): the
 * 817 of the first pass (0.3%) take 89% of the weights added on EWT dev;
 * 16 measured no faster, 8 took more instructions and misses (docs/tagger.md). */
#define DENSE_MIN 32

static int view_table(const at_model *m, const char *name, at_table *t)
{
	size_t n;
	const void *p = at_model_section(m, name, &n);
	return p ? at_table_view(t, p, n) : -1;
}

static const char *view_sections(at_tagger *t)
{
	const at_model *m = t->model;
	size_t n;
	const void *p = at_model_section(m, "meta", &n);
	if (!p || n != sizeof t->meta)
		return "meta";
	memcpy(&t->meta, p, sizeof t->meta);
	if (t->meta.nclasses == 0 || t->meta.nclasses > TAG_MAX_CLASSES)
		return "meta";
	t->classes = at_model_section(m, "classes", &n);
	if (!t->classes || n != t->meta.nclasses * sizeof *t->classes)
		return "classes";
	t->two_pass = at_model_section(m, "weights2", NULL) != NULL;
	if (view_table(m, "lexicon", &t->lexicon) != 0)
		return "lexicon";
	t->words = at_model_section(m, "words", &n);
	if (!t->words || n % sizeof *t->words)
		return "words";
	t->nwords = n / sizeof *t->words;
	for (size_t i = 0; i <= t->lexicon.mask; i++)
		if (t->lexicon.buckets[i].used && t->lexicon.buckets[i].value >= t->nwords)
			return "lexicon";
	t->has_clusters = at_model_section(m, "clusters", NULL) != NULL;
	if (t->has_clusters && view_table(m, "clusters", &t->clusters) != 0)
		return "clusters";
	t->has_names = at_model_section(m, "names", NULL) != NULL;
	if (t->has_names && view_table(m, "names", &t->names) != 0)
		return "names";
	if (tag_lemmatizer_view(&t->lemma, m) != 0)
		return "lemma";
	if (view_table(m, "feats.word", &t->feats_word) || view_table(m, "feats.class", &t->feats_class))
		return "feats";
	p = at_model_section(m, "feats.strings", &n);
	if (!p || at_strings_view(&t->feats, p, n) != 0)
		return "feats.strings";
	for (uint32_t i = 0; i < t->meta.nclasses; i++)
		if (t->classes[i].upos >= AT_UPOS_COUNT || t->classes[i].xpos >= at_xpos_count)
			return "classes";
	return NULL;
}

/* Lays out the packed weights of section name for scoring (the file keeps
 * them packed: learn/packed.h); their scale in *scale. -1 when the section
 * is missing or malformed, or memory runs out. */
static int load_weights(const at_tagger *t, const char *name, at_scorer *s, float *scale)
{
	size_t n;
	int bad;
	at_weights w;
	const void *p = at_model_section(t->model, name, &n);
	void *bytes = p ? at_weights_unpack(p, n, &w, &bad) : NULL;
	int rc = bytes && w.nclasses == t->meta.nclasses && at_scorer_build(s, &w, DENSE_MIN) == 0 ? 0 : -1;
	if (rc == 0)
		*scale = w.scale;
	free(bytes);
	return rc;
}

/* Both passes' weights, and the first pass's sure margin in its units. */
static const char *load_scorers(at_tagger *t)
{
	float scale, scale2;
	if (load_weights(t, "weights", &t->scorer, &scale) != 0)
		return "weights";
	if (t->two_pass && load_weights(t, "weights2", &t->scorer2, &scale2) != 0)
		return "weights2";
	double sure = t->meta.sure_margin / scale;
	t->sure_margin = sure > 0 && sure < INT32_MAX ? (int32_t)sure : INT32_MAX;
	return NULL;
}

/* The entry of the word as written, else lowercased; and the ambiguity
 * classes of both. */
static const tag_lexentry *lookup(const at_tagger *t, tag_word *w)
{
	uint32_t form, lower;
	int has_form = at_table_get(&t->lexicon, tag_form_key(w->form), &form);
	int has_lower = at_table_get(&t->lexicon, tag_lower_key(w->lower), &lower);
	w->amb_lower = has_lower ? t->words[lower].amb : 0;
	w->unseen = !has_form && !has_lower;
	if (has_form)
		return &t->words[form];
	return has_lower ? &t->words[lower] : NULL;
}

/* What the tagger knows of a word apart from its sentence, once
 * tag_word_init has filled w; its lexicon entry, or NULL. */
static const tag_lexentry *describe_filled(const at_tagger *t, tag_word *w, const char *form)
{
	const tag_lexentry *e = lookup(t, w);
	w->amb = e ? e->amb : 0;
	uint32_t cluster;
	if (t->has_clusters && at_table_get(&t->clusters, w->lower, &cluster))
		w->cluster = cluster + 1;
	if (t->has_names)
		at_table_get(&t->names, w->lower, &w->names);
	if (!e || e->count < TAG_RARE_COUNT)
		w->readings = tag_readings(&t->lemma.wordnet, form);
	return e;
}

/* The same from the form alone. */
static const tag_lexentry *describe(const at_tagger *t, tag_word *w, const char *form)
{
	tag_word_init(w, form);
	return describe_filled(t, w, form);
}

static int fixed_class(const at_tagger *t, const tag_lexentry *e)
{
	return e && e->single != TAG_NO_CLASS && e->count >= t->meta.fixed_min_count;
}

static size_t passes(const at_tagger *t)
{
	return t->two_pass ? 2 : 1;
}

/* The memo row of word i (the first pass's scores, the second's after
 * them), or NULL. */
static const int32_t *memo_row(const at_tagger *t, const tag_word *ws, size_t i)
{
	uint32_t row;
	if (i == 0 || !t->memo_rows || !at_table_get(&t->memo, ws[i].form, &row))
		return NULL;
	return t->memo_rows + (size_t)row * passes(t) * t->meta.nclasses;
}

/* -1 when out of memory or the word list is malformed. */
static int build_memo(at_tagger *t)
{
	size_t n;
	const void *p = at_model_section(t->model, "memo.words", &n);
	at_strings words;
	if (!p)
		return 0;
	if (at_strings_view(&words, p, n) != 0)
		return -1;
	size_t ncl = t->meta.nclasses, stride = ncl * passes(t);
	t->memo_rows = at_scorer_alloc_huge((words.count ? words.count * stride : 1) * sizeof *t->memo_rows);
	at_map index;
	at_map_init(&index);
	int rc = t->memo_rows ? 0 : -1;
	uint32_t nrows = 0;
	for (uint32_t i = 0; i < words.count && rc == 0; i++) {
		tag_word w;
		uint64_t feats[TAG_MAX_FEATURES];
		if (fixed_class(t, describe(t, &w, at_strings_get(&words, i))) ||
		    at_map_find(&index, w.form))
			continue;
		uint32_t *slot = at_map_slot(&index, w.form);
		if (!slot) {
			rc = -1;
			break;
		}
		*slot = nrows;
		size_t nf = tag_features_word(&w, 0, feats);
		int32_t *row = t->memo_rows + (size_t)nrows++ * stride;
		int32_t scores[TAG_MAX_CLASSES] = {0};
		at_scorer_score(&t->scorer, feats, nf, scores);
		memcpy(row, scores, ncl * sizeof *row);
		if (t->two_pass) {
			memset(scores, 0, sizeof scores);
			at_scorer_score(&t->scorer2, feats, nf, scores);
			memcpy(row + ncl, scores, ncl * sizeof *row);
		}
	}
	size_t size;
	if (rc == 0 && !(t->memo_index = at_table_build(&index, &size)))
		rc = -1;
	if (rc == 0)
		rc = at_table_view(&t->memo, t->memo_index, size);
	at_map_free(&index);
	return rc;
}

at_tagger *at_tagger_load(const char *path, char *err, size_t errlen)
{
	at_tagger *t = calloc(1, sizeof *t);
	if (!t) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	t->model = at_model_open(path, TAG_MODEL_KIND, TAG_MODEL_VERSION, err, errlen);
	if (!t->model) {
		free(t);
		return NULL;
	}
	const char *bad = view_sections(t);
	if (!bad)
		bad = load_scorers(t);
	if (!bad && build_memo(t) != 0)
		bad = "memo.words";
	if (bad) {
		snprintf(err, errlen, "%s: tagger model section '%s' is missing or malformed", path, bad);
		at_tagger_free(t);
		return NULL;
	}
	return t;
}

void at_tagger_free(at_tagger *t)
{
	if (!t)
		return;
	at_model_close(t->model);
	at_scorer_free(&t->scorer);
	at_scorer_free(&t->scorer2);
	free(t->memo_index);
	free(t->memo_rows);
	free(t);
}

/* The classes training saw with the word, in order; how many. */
static unsigned seen_classes(const tag_lexentry *e, uint8_t *cls)
{
	unsigned k = 0;
	for (unsigned half = 0; half < 2; half++)
		for (uint64_t m = e->mask[half]; m; m &= m - 1)
			cls[k++] = (uint8_t)(half * 64 + (unsigned)__builtin_ctzll(m));
	return k;
}

/* The class of word i; first is NULL in the first pass, and the first
 * pass's classes in the second. The second pass only reconsiders words the
 * first was unsure of (margin: best minus second-best score). */
static unsigned best_class(const at_tagger *t, const tag_word *ws, size_t n, size_t i,
			   const tag_lexentry *e, const int32_t *memo, int prev1, int prev2,
			   const uint16_t *first, int32_t *margin)
{
	if (fixed_class(t, e)) {
		*margin = INT32_MAX;
		return e->single;
	}
	if (first && *margin > t->sure_margin)
		return first[i];
	uint64_t feats[TAG_MAX_FEATURES];
	int32_t scores[TAG_MAX_CLASSES];
	size_t nf, ncl = t->meta.nclasses, copied = memo ? ncl : 0;
	if (memo)
		memcpy(scores, memo, ncl * sizeof *scores);
	memset(scores + copied, 0, (at_scorer_padded(t->meta.nclasses) - copied) * sizeof *scores);
	if (memo)
		nf = tag_features_context(ws, n, i, prev1, prev2, feats);
	else
		nf = tag_features(ws, n, i, prev1, prev2, feats);
	if (first)
		nf += tag_features_right(ws, n, i, first, prev1, feats + nf);
	const at_scorer *scorer = first ? &t->scorer2 : &t->scorer;
	uint8_t cls[TAG_MAX_CLASSES];
	unsigned k = e && e->count >= t->meta.restrict_min_count ? seen_classes(e, cls) : 0;
	if (!k) {
		at_scorer_score(scorer, feats, nf, scores);
		return at_scorer_best(scorer, scores, t->meta.nclasses, margin);
	}
	at_scorer_score_classes(scorer, feats, nf, cls, k, scores);
	return at_scorer_best_among(scores, cls, k, margin);
}

/* memos[i] is word i's memo row for this pass. Each word's is prefetched
 * while the one before it is scored. */
static void decode(const at_tagger *t, const tag_word *ws, size_t n, const tag_lexentry **entries,
		   const int32_t **memos, const uint16_t *first, uint16_t *out, int32_t *margins)
{
	int prev1 = -1, prev2 = -1;
	size_t offset = first ? t->meta.nclasses : 0;
	for (size_t i = 0; i < n; i++) {
		if (i + 1 < n && memos[i + 1])
			for (size_t b = 0; b < t->meta.nclasses * sizeof **memos; b += 64)
				__builtin_prefetch((const char *)(memos[i + 1] + offset) + b);
		const int32_t *memo = memos[i] ? memos[i] + offset : NULL;
		unsigned c = best_class(t, ws, n, i, entries[i], memo, prev1, prev2, first, &margins[i]);
		out[i] = (uint16_t)c;
		prev2 = prev1;
		prev1 = (int)c;
	}
}

static const char *feats_of(const at_tagger *t, const tag_word *w, unsigned cls)
{
	uint32_t id;
	if (at_table_get(&t->feats_word, tag_feats_key(w->lower, cls), &id) ||
	    at_table_get(&t->feats_class, cls + 1, &id)) {
		const char *s = at_strings_get(&t->feats, id);
		return *s ? s : NULL;
	}
	return NULL;
}

static void tag_sentence(const at_tagger *t, at_doc *doc, const at_sentence *s, tag_word *ws,
			 const tag_lexentry **entries, const int32_t **memos, uint16_t *first,
			 uint16_t *classes, int32_t *margins)
{
	size_t n = s->word_count;
	at_word *words = doc->words + s->word_first;
	/* The lexicon lookups are cache misses: their buckets are fetched for
	 * the whole sentence first. */
	for (size_t i = 0; i < n; i++) {
		tag_word_init(&ws[i], words[i].form);
		at_table_prefetch(&t->lexicon, tag_form_key(ws[i].form));
		at_table_prefetch(&t->lexicon, tag_lower_key(ws[i].lower));
	}
	for (size_t i = 0; i < n; i++) {
		entries[i] = describe_filled(t, &ws[i], words[i].form);
		memos[i] = fixed_class(t, entries[i]) ? NULL : memo_row(t, ws, i);
	}
	tag_words_context(ws, n);
	decode(t, ws, n, entries, memos, NULL, classes, margins);
	if (t->two_pass) {
		memcpy(first, classes, n * sizeof *first);
		decode(t, ws, n, entries, memos, first, classes, margins);
	}
	for (size_t i = 0; i < n; i++) {
		tag_lemma_prefetch(&t->lemma, ws[i].form, t->classes[classes[i]].xpos);
		at_table_prefetch(&t->feats_word, tag_feats_key(ws[i].lower, classes[i]));
	}
	for (size_t i = 0; i < n; i++) {
		unsigned c = classes[i];
		at_word *w = &words[i];
		w->upos = t->classes[c].upos;
		w->xpos = t->classes[c].xpos;
		w->lemma = tag_lemmatize(&t->lemma, w->form, w->xpos, doc->arena);
		w->feats = feats_of(t, &ws[i], c);
	}
}

int at_tagger_tag(const at_tagger *t, at_doc *doc)
{
	size_t longest = 0;
	for (size_t s = 0; s < doc->nsents; s++)
		if (doc->sents[s].word_count > longest)
			longest = doc->sents[s].word_count;
	if (!longest)
		return 0;
	tag_word *ws = AT_NEW_N(doc->arena, tag_word, longest);
	const tag_lexentry **entries = AT_NEW_N(doc->arena, const tag_lexentry *, longest);
	const int32_t **memos = AT_NEW_N(doc->arena, const int32_t *, longest);
	uint16_t *first = AT_NEW_N(doc->arena, uint16_t, longest);
	uint16_t *classes = AT_NEW_N(doc->arena, uint16_t, longest);
	int32_t *margins = AT_NEW_N(doc->arena, int32_t, longest);
	if (!ws || !entries || !memos || !first || !classes || !margins)
		return -1;
	for (size_t s = 0; s < doc->nsents; s++)
		tag_sentence(t, doc, &doc->sents[s], ws, entries, memos, first, classes, margins);
	return 0;
}
