#include "tag/train.h"
#include "tag/wordnet.h"
#include "core/file.h"
#include "core/grow.h"
#include "core/modelfile.h"
#include "core/tags.h"
#include "eval/tagger_eval.h"
#include "learn/map.h"
#include "learn/perceptron.h"
#include "learn/strings.h"
#include "learn/table.h"
#include "learn/votes.h"
#include "learn/packed.h"
#include "learn/weights.h"
#include "tag/features.h"
#include "tag/lemma.h"
#include "tag/model.h"
#include "tag/names.h"
#include "tag/tagger.h"
#include "text/conllu.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Ambiguity classes of training words are computed from the other folds
 * (jack-knifing), so that rare words look as they will on new text. */
#define FOLDS 10

typedef struct section {
	const char *name;
	void *data;
	size_t size;
} section;

typedef struct lexrec {
	uint64_t mask[2];
	uint32_t count;
	uint32_t single;  /* the class the tagger gives without scoring, or TAG_NO_CLASS */
} lexrec;

typedef struct trainer {
	const at_tagger_train_options *o;
	at_doc **docs;
	size_t ndocs;
	size_t nlemma_docs;  /* the first docs: those lemmas and FEATS are learnt from */
	at_doc *dev;
	int16_t class_of[AT_UPOS_COUNT][64];
	tag_class classes[TAG_MAX_CLASSES];
	unsigned nclasses;
	/* Lexicon counts. */
	at_map keys;      /* word key -> index into recs */
	lexrec *recs;
	size_t nrecs, recs_cap;
	at_map counts;    /* (key, class) and (key, class, fold) -> count */
	/* The training sentences, flattened. */
	tag_word *words;
	int16_t *gold;
	size_t nwords;
	size_t *sent_first;  /* nsents + 1 offsets into words */
	size_t nsents;
	section sections[24];
	tag_wordnet wordnet;
	at_table names;
	int has_names;
	void *first_weights;  /* the best first pass, kept for the second */
	size_t first_size;
	double best;          /* dev UPOS + XPOS of the model in o->out */
	unsigned best_iteration;
	size_t nsections;
	char *err;
	size_t errlen;
} trainer;

static int fail(trainer *t, const char *msg)
{
	snprintf(t->err, t->errlen, "%s", msg);
	return -1;
}

static at_doc *read_conllu(const char *path, char *err, size_t errlen)
{
	size_t len;
	char why[256];
	char *data = at_read_file(path, &len, err, errlen);
	if (!data)
		return NULL;
	at_doc *d = at_conllu_read(data, len, path, why, sizeof why);
	free(data);
	if (!d)
		snprintf(err, errlen, "%s: %s", path, why);
	return d;
}

static int add_section(trainer *t, const char *name, void *data, size_t size)
{
	if (!data || t->nsections == sizeof t->sections / sizeof t->sections[0]) {
		free(data);
		return fail(t, "out of memory");
	}
	t->sections[t->nsections++] = (section){name, data, size};
	return 0;
}

static int sink(void *ctx, const char *name, void *data, size_t size)
{
	return add_section(ctx, name, data, size);
}

static int collect_classes(trainer *t)
{
	static char seen[AT_UPOS_COUNT][64];
	memset(seen, 0, sizeof seen);
	for (size_t d = 0; d < t->ndocs; d++)
		for (size_t i = 0; i < t->docs[d]->nwords; i++) {
			const at_word *w = &t->docs[d]->words[i];
			if (w->upos && w->xpos)
				seen[w->upos][w->xpos] = 1;
		}
	memset(t->class_of, 0xff, sizeof t->class_of);
	t->nclasses = 0;
	for (unsigned u = 0; u < AT_UPOS_COUNT; u++)
		for (unsigned x = 0; x < at_xpos_count; x++) {
			if (!seen[u][x])
				continue;
			if (t->nclasses == TAG_MAX_CLASSES)
				return fail(t, "too many (UPOS, XPOS) pairs in the training data");
			t->class_of[u][x] = (int16_t)t->nclasses;
			t->classes[t->nclasses++] = (tag_class){(uint8_t)u, (uint8_t)x};
		}
	return t->nclasses ? 0 : fail(t, "the training data has no tagged words");
}

static int class_of(const trainer *t, const at_word *w)
{
	return w->upos && w->xpos < 64 ? t->class_of[w->upos][w->xpos] : -1;
}

static uint64_t fold_key(uint64_t key, unsigned cls, int fold)
{
	return at_hash_mix(at_hash_mix(key, cls + 1), (uint64_t)fold + 1);
}

static int count_key(trainer *t, uint64_t key, unsigned cls, int fold)
{
	uint32_t *idx = at_map_slot(&t->keys, key);
	if (!idx)
		return -1;
	if (!*idx) {
		if (t->nrecs == t->recs_cap) {
			lexrec *grown = at_grow(t->recs, &t->recs_cap, sizeof *grown, 4096);
			if (!grown)
				return -1;
			t->recs = grown;
		}
		memset(&t->recs[t->nrecs], 0, sizeof *t->recs);
		*idx = (uint32_t)++t->nrecs;
	}
	lexrec *r = &t->recs[*idx - 1];
	r->mask[cls >> 6] |= 1ULL << (cls & 63);
	r->count++;
	uint32_t *total = at_map_slot(&t->counts, fold_key(key, cls, -1));
	if (!total)
		return -1;
	++*total;
	uint32_t *in_fold = at_map_slot(&t->counts, fold_key(key, cls, fold));
	if (!in_fold)
		return -1;
	++*in_fold;
	return 0;
}

/* The classes seen with key outside fold (fold -1: everywhere). */
static int mask_outside(const trainer *t, uint64_t key, int fold, uint64_t mask[2])
{
	mask[0] = mask[1] = 0;
	const uint32_t *idx = at_map_find(&t->keys, key);
	if (!idx)
		return 0;
	const lexrec *r = &t->recs[*idx - 1];
	for (unsigned c = 0; c < t->nclasses; c++) {
		if (!(r->mask[c >> 6] >> (c & 63) & 1))
			continue;
		uint32_t total = *at_map_find(&t->counts, fold_key(key, c, -1));
		const uint32_t *in = fold >= 0 ? at_map_find(&t->counts, fold_key(key, c, fold)) : NULL;
		if (total > (in ? *in : 0))
			mask[c >> 6] |= 1ULL << (c & 63);
	}
	return mask[0] || mask[1];
}

static int count_words(trainer *t)
{
	size_t sent = 0;
	for (size_t d = 0; d < t->ndocs; d++) {
		const at_doc *doc = t->docs[d];
		for (size_t s = 0; s < doc->nsents; s++, sent++) {
			const at_sentence *st = &doc->sents[s];
			for (uint32_t i = 0; i < st->word_count; i++) {
				const at_word *w = &doc->words[st->word_first + i];
				int cls = class_of(t, w);
				if (cls < 0)
					continue;
				tag_word tw;
				tag_word_init(&tw, w->form);
				if (count_key(t, tag_form_key(tw.form), (unsigned)cls, (int)(sent % FOLDS)) ||
				    count_key(t, tag_lower_key(tw.lower), (unsigned)cls, (int)(sent % FOLDS)))
					return fail(t, "out of memory");
			}
		}
	}
	return 0;
}

/* A word seen at least fixed_min_count times, with one class in at least
 * fixed_min_share of them, gets that class without scoring: the rare
 * exceptions (a "the" tagged as a pronoun) cost less accuracy than scoring
 * every frequent word costs time (docs/tagger.md). */
static void find_fixed_classes(trainer *t)
{
	for (size_t i = 0; i < t->keys.cap; i++) {
		if (!t->keys.used[i])
			continue;
		lexrec *r = &t->recs[t->keys.values[i] - 1];
		uint32_t most = 0, best = TAG_NO_CLASS;
		for (unsigned c = 0; c < t->nclasses; c++) {
			if (!(r->mask[c >> 6] >> (c & 63) & 1))
				continue;
			uint32_t n = *at_map_find(&t->counts, fold_key(t->keys.keys[i], c, -1));
			if (n > most) {
				most = n;
				best = c;
			}
		}
		int fixed = r->count >= t->o->fixed_min_count && most >= t->o->fixed_min_share * r->count;
		r->single = fixed ? best : TAG_NO_CLASS;
	}
}

/* How often training saw the word, as the tagger's lexicon will say. */
static uint32_t word_count(const trainer *t, const tag_word *w)
{
	const uint32_t *idx = at_map_find(&t->keys, tag_form_key(w->form));
	if (!idx)
		idx = at_map_find(&t->keys, tag_lower_key(w->lower));
	return idx ? t->recs[*idx - 1].count : 0;
}

static const section *find_section(const trainer *t, const char *name)
{
	for (size_t i = 0; i < t->nsections; i++)
		if (strcmp(t->sections[i].name, name) == 0)
			return &t->sections[i];
	return NULL;
}

static int build_wordnet(trainer *t)
{
	t->wordnet.present = 0;
	if (!t->o->wordnet)
		return 0;
	if (tag_wordnet_build(t->o->wordnet, sink, t, t->err, t->errlen) != 0)
		return -1;
	const section *l = find_section(t, "wn.lemmas"), *e = find_section(t, "wn.exc");
	const section *s = find_section(t, "wn.strings");
	if (tag_wordnet_view_bytes(&t->wordnet, l->data, l->size, e->data, e->size, s->data, s->size))
		return fail(t, "WordNet tables malformed");
	return 0;
}

static int build_names(trainer *t)
{
	t->has_names = 0;
	if (!t->o->names)
		return 0;
	if (tag_names_build(t->o->names, sink, t, t->err, t->errlen) != 0)
		return -1;
	const section *s = find_section(t, "names");
	if (at_table_view(&t->names, s->data, s->size) != 0)
		return fail(t, "place-name table malformed");
	t->has_names = 1;
	return 0;
}

static int flatten(trainer *t)
{
	size_t nwords = 0, nsents = 0;
	for (size_t d = 0; d < t->ndocs; d++) {
		nwords += t->docs[d]->nwords;
		nsents += t->docs[d]->nsents;
	}
	t->words = malloc(nwords * sizeof *t->words);
	t->gold = malloc(nwords * sizeof *t->gold);
	t->sent_first = malloc((nsents + 1) * sizeof *t->sent_first);
	if (!t->words || !t->gold || !t->sent_first)
		return fail(t, "out of memory");
	size_t k = 0, sent = 0;
	for (size_t d = 0; d < t->ndocs; d++) {
		const at_doc *doc = t->docs[d];
		for (size_t s = 0; s < doc->nsents; s++, sent++) {
			const at_sentence *st = &doc->sents[s];
			t->sent_first[sent] = k;
			for (uint32_t i = 0; i < st->word_count; i++, k++) {
				const at_word *w = &doc->words[st->word_first + i];
				uint64_t mask[2];
				tag_word_init(&t->words[k], w->form);
				int fold = (int)(sent % FOLDS);
				if (mask_outside(t, tag_lower_key(t->words[k].lower), fold, mask))
					t->words[k].amb = t->words[k].amb_lower = tag_amb_hash(mask);
				if (mask_outside(t, tag_form_key(t->words[k].form), fold, mask))
					t->words[k].amb = tag_amb_hash(mask);
				t->gold[k] = (int16_t)class_of(t, w);
				if (t->has_names)
					at_table_get(&t->names, t->words[k].lower, &t->words[k].names);
				if (word_count(t, &t->words[k]) < TAG_RARE_COUNT)
					t->words[k].readings = tag_readings(&t->wordnet, w->form);
			}
			tag_words_context(t->words + t->sent_first[sent], st->word_count);
		}
	}
	t->sent_first[sent] = k;
	t->nwords = k;
	t->nsents = sent;
	return 0;
}

static int build_lexicon(trainer *t)
{
	tag_lexentry *entries = calloc(t->nrecs ? t->nrecs : 1, sizeof *entries);
	if (!entries)
		return fail(t, "out of memory");
	for (size_t i = 0; i < t->nrecs; i++) {
		const lexrec *r = &t->recs[i];
		tag_lexentry *e = &entries[i];
		e->mask[0] = r->mask[0];
		e->mask[1] = r->mask[1];
		e->amb = tag_amb_hash(r->mask);
		e->count = r->count;
		e->single = r->single;
	}
	at_map index;
	at_map_init(&index);
	for (size_t i = 0; i < t->keys.cap; i++)
		if (t->keys.used[i]) {
			uint32_t *slot = at_map_slot(&index, t->keys.keys[i]);
			if (!slot) {
				free(entries);
				at_map_free(&index);
				return fail(t, "out of memory");
			}
			*slot = t->keys.values[i] - 1;
		}
	size_t size;
	void *table = at_table_build(&index, &size);
	at_map_free(&index);
	if (add_section(t, "lexicon", table, size) != 0) {
		free(entries);
		return -1;
	}
	return add_section(t, "words", entries, t->nrecs * sizeof *entries);
}

/* The tagger sums the word-only feature weights of its most frequent
 * words once, at load (tag/tagger.c): these are the words, most frequent
 * first, leaving out those the lexicon tags without scoring. */

typedef struct memo_word {
	const char *form;
	uint32_t count;
} memo_word;


static int by_count(const void *a, const void *b)
{
	const memo_word *x = a, *y = b;
	if (x->count != y->count)
		return x->count < y->count ? 1 : -1;
	return strcmp(x->form, y->form);
}

static int scored_word(const trainer *t, const char *form, uint32_t *count)
{
	tag_word tw;
	tag_word_init(&tw, form);
	const uint32_t *idx = at_map_find(&t->keys, tag_form_key(tw.form));
	if (!idx)
		return 0;
	const lexrec *r = &t->recs[*idx - 1];
	*count = r->count;
	return r->count >= t->o->memo_min_count && r->single == TAG_NO_CLASS;
}

static int build_memo_words(trainer *t)
{
	if (!t->o->memo_words)
		return 0;
	at_map seen;
	at_map_init(&seen);
	memo_word *v = NULL;
	size_t n = 0, cap = 0;
	int rc = 0;
	for (size_t d = 0; d < t->ndocs && rc == 0; d++)
		for (size_t i = 0; i < t->docs[d]->nwords && rc == 0; i++) {
			const char *form = t->docs[d]->words[i].form;
			uint32_t count, *slot;
			if (!form || !scored_word(t, form, &count))
				continue;
			if (!(slot = at_map_slot(&seen, at_hash_bytes(form, strlen(form))))) {
				rc = -1;
				break;
			}
			if (!*slot && n == cap) {
				memo_word *grown = at_grow(v, &cap, sizeof *grown, 1024);
				if (!grown) {
					rc = -1;
					break;
				}
				v = grown;
			}
			if (!*slot) {
				*slot = 1;
				v[n++] = (memo_word){form, count};
			}
		}
	at_strings_builder b;
	at_strings_builder_init(&b);
	if (rc == 0 && n) {
		qsort(v, n, sizeof *v, by_count);
		for (size_t i = 0; i < n && i < t->o->memo_words && rc == 0; i++)
			rc = at_strings_intern(&b, v[i].form) == UINT32_MAX ? -1 : 0;
	}
	size_t size;
	void *bytes = rc == 0 ? at_strings_build(&b, &size) : NULL;
	at_strings_builder_free(&b);
	at_map_free(&seen);
	free(v);
	if (!bytes)
		return fail(t, "out of memory");
	return add_section(t, "memo.words", bytes, size);
}

static int add_votes_table(trainer *t, const char *name, at_votes *votes)
{
	at_map map;
	at_map_init(&map);
	size_t size = 0;
	void *bytes = NULL;
	if (at_votes_resolve(votes, 1, 0.0, &map) == 0)
		bytes = at_table_build(&map, &size);
	at_map_free(&map);
	return add_section(t, name, bytes, size);
}

/* FEATS: the most frequent features of each (word, class), falling back
 * to those of the class. */
static int build_lemmas_and_feats(trainer *t)
{
	tag_lemma_trainer lt;
	at_votes by_word, by_class;
	at_strings_builder feats;
	tag_lemma_trainer_init(&lt);
	at_votes_init(&by_word);
	at_votes_init(&by_class);
	at_strings_builder_init(&feats);
	int rc = 0;
	for (size_t d = 0; d < t->nlemma_docs && rc == 0; d++)
		for (size_t i = 0; i < t->docs[d]->nwords && rc == 0; i++) {
			const at_word *w = &t->docs[d]->words[i];
			int cls = class_of(t, w);
			if (cls < 0)
				continue;
			uint32_t id = at_strings_intern(&feats, w->feats ? w->feats : "");
			rc = tag_lemma_trainer_add(&lt, w->form, w->xpos, w->lemma) ||
			     id == UINT32_MAX ||
			     at_votes_add(&by_word, tag_feats_key(tag_hash_lower(w->form), (unsigned)cls), id) ||
			     at_votes_add(&by_class, (uint64_t)cls + 1, id);
		}
	if (rc == 0)
		rc = tag_lemma_trainer_save(&lt, sink, t);
	if (rc == 0)
		rc = add_votes_table(t, "feats.word", &by_word);
	if (rc == 0)
		rc = add_votes_table(t, "feats.class", &by_class);
	if (rc == 0) {
		size_t size = 0;
		void *bytes = at_strings_build(&feats, &size);
		rc = add_section(t, "feats.strings", bytes, size);
	}
	tag_lemma_trainer_free(&lt);
	at_votes_free(&by_word);
	at_votes_free(&by_class);
	at_strings_builder_free(&feats);
	return rc ? fail(t, "out of memory while building the lemmatizer") : 0;
}

static int build_meta(trainer *t)
{
	tag_meta *meta = calloc(1, sizeof *meta);
	tag_class *classes = malloc(t->nclasses * sizeof *classes);
	if (meta) {
		meta->nclasses = t->nclasses;
		meta->fixed_min_count = t->o->fixed_min_count;
		meta->restrict_min_count = t->o->restrict_min_count;
		meta->sure_margin = t->o->sure_margin;
	}
	if (classes)
		memcpy(classes, t->classes, t->nclasses * sizeof *classes);
	if (add_section(t, "meta", meta, sizeof *meta) != 0) {
		free(classes);
		return -1;
	}
	return add_section(t, "classes", classes, t->nclasses * sizeof *classes);
}

/* Adds exported weights (learn/weights.h) to w packed (learn/packed.h). */
static int add_packed(at_model_writer *w, const char *name, const void *weights, size_t wsize)
{
	at_weights view;
	size_t size;
	void *packed = at_weights_view(&view, weights, wsize) == 0 ? at_weights_pack(&view, &size) : NULL;
	int rc = packed ? at_model_writer_add(w, name, packed, size) : -1;
	free(packed);
	return rc;
}

/* Writes the static sections and the weights: first-pass weights alone,
 * or the kept first pass (t->first_weights) and second-pass weights. */
static int save_model(trainer *t, const void *weights, size_t wsize, int second, const char *path)
{
	at_model_writer *w = at_model_writer_new(TAG_MODEL_KIND, TAG_MODEL_VERSION);
	int rc = w ? 0 : -1;
	for (size_t i = 0; i < t->nsections && rc == 0; i++)
		rc = at_model_writer_add(w, t->sections[i].name, t->sections[i].data, t->sections[i].size);
	if (rc == 0 && second)
		rc = add_packed(w, "weights", t->first_weights, t->first_size) ||
		     add_packed(w, "weights2", weights, wsize);
	else if (rc == 0)
		rc = add_packed(w, "weights", weights, wsize);
	if (rc == 0)
		rc = at_model_writer_save(w, path, t->err, t->errlen);
	else
		fail(t, "out of memory");
	at_model_writer_free(w);
	return rc;
}

static uint64_t next_random(uint64_t *state)
{
	uint64_t x = *state;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return *state = x;
}

static void shuffle(size_t *order, size_t n, uint64_t *state)
{
	for (size_t i = n; i > 1; i--) {
		size_t j = (size_t)(next_random(state) % i);
		size_t tmp = order[i - 1];
		order[i - 1] = order[j];
		order[j] = tmp;
	}
}

/* One pass over the sentences in order: greedy left-to-right decoding with
 * the current weights and an update at every wrong word. With first (the
 * held-out first-pass classes of every training word) it trains the second
 * pass. Returns the words guessed right, -1 when out of memory. */
static long train_pass(trainer *t, at_perceptron *p, const size_t *order, size_t norder,
		       const uint16_t *first)
{
	uint64_t feats[TAG_MAX_FEATURES];
	float scores[TAG_MAX_CLASSES];
	long right = 0;
	for (size_t k = 0; k < norder; k++) {
		size_t start = t->sent_first[order[k]], n = t->sent_first[order[k] + 1] - start;
		const tag_word *ws = t->words + start;
		int prev1 = -1, prev2 = -1;
		for (size_t i = 0; i < n; i++) {
			size_t nf = tag_features(ws, n, i, prev1, prev2, feats);
			if (first)
				nf += tag_features_right(ws, n, i, first + start, prev1, feats + nf);
			at_perceptron_score(p, feats, nf, scores);
			unsigned guess = 0;
			for (unsigned c = 1; c < t->nclasses; c++)
				if (scores[c] > scores[guess])
					guess = c;
			int gold = t->gold[start + i];
			if (gold >= 0) {
				right += (unsigned)gold == guess;
				if (at_perceptron_update(p, feats, nf, (unsigned)gold, guess) != 0)
					return -1;
			}
			at_perceptron_tick(p);
			prev2 = prev1;
			prev1 = (int)guess;
		}
	}
	return right;
}

static int evaluate(trainer *t, const char *path, at_tag_scores *s)
{
	at_tagger *tagger = at_tagger_load(path, t->err, t->errlen);
	if (!tagger)
		return -1;
	memset(s, 0, sizeof *s);
	int rc = at_tagger_eval_gold(tagger, t->dev, s);
	at_tagger_free(tagger);
	return rc ? fail(t, "out of memory while evaluating") : 0;
}

static double seconds_since(const struct timespec *start)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

/* The perceptrons of one pass: o->shuffles of them, each trained on its
 * own order of the same sentences, their mean exported as one model. */
typedef struct ensemble {
	unsigned k;
	at_perceptron *p[TAG_MAX_SHUFFLES];
	size_t *order[TAG_MAX_SHUFFLES];
	uint64_t state[TAG_MAX_SHUFFLES];
	size_t norder;
} ensemble;

static void ensemble_free(ensemble *e)
{
	for (unsigned j = 0; j < e->k; j++) {
		at_perceptron_free(e->p[j]);
		free(e->order[j]);
	}
}

/* o->shuffles perceptrons, each with its own copy of order (norder
 * sentences) and its own shuffling state, derived from seed and its index:
 * the first one's is seed itself, so that one perceptron trains as it
 * always has. */
static int ensemble_init(trainer *t, ensemble *e, const size_t *order, size_t norder, uint64_t seed)
{
	memset(e, 0, sizeof *e);
	e->k = t->o->shuffles ? t->o->shuffles : 1;
	e->norder = norder;
	for (unsigned j = 0; j < e->k; j++) {
		e->p[j] = at_perceptron_new(t->nclasses);
		e->order[j] = malloc((norder ? norder : 1) * sizeof *e->order[j]);
		e->state[j] = seed ^ ((uint64_t)j * 0xd1b54a32d192ed03ULL);
		if (!e->p[j] || !e->order[j]) {
			e->k = j + 1;
			ensemble_free(e);
			return fail(t, "out of memory");
		}
		memcpy(e->order[j], order, norder * sizeof *order);
	}
	return 0;
}

/* One perceptron's share of an ensemble pass, run on a thread of its own:
 * the perceptrons share only the read-only training words. */
typedef struct shuffle_job {
	trainer *t;
	ensemble *e;
	unsigned j;
	const uint16_t *first;
	long right;
} shuffle_job;

static void *run_shuffle(void *arg)
{
	shuffle_job *job = arg;
	ensemble *e = job->e;
	shuffle(e->order[job->j], e->norder, &e->state[job->j]);
	job->right = train_pass(job->t, e->p[job->j], e->order[job->j], e->norder, job->first);
	return NULL;
}

/* One more pass of every perceptron over its own shuffle, the perceptrons
 * in parallel (each is deterministic alone, so the result does not depend
 * on the threads). Returns the first perceptron's words guessed right, -1
 * when out of memory. */
static long ensemble_pass(trainer *t, ensemble *e, const uint16_t *first)
{
	shuffle_job jobs[TAG_MAX_SHUFFLES];
	pthread_t threads[TAG_MAX_SHUFFLES];
	int started[TAG_MAX_SHUFFLES] = {0};
	for (unsigned j = 0; j < e->k; j++) {
		jobs[j] = (shuffle_job){t, e, j, first, 0};
		started[j] = j > 0 && pthread_create(&threads[j], NULL, run_shuffle, &jobs[j]) == 0;
	}
	for (unsigned j = 0; j < e->k; j++)
		if (!started[j])
			run_shuffle(&jobs[j]);
	long right = jobs[0].right;
	for (unsigned j = 1; j < e->k; j++) {
		if (started[j])
			pthread_join(threads[j], NULL);
		if (jobs[j].right < 0)
			right = -1;
	}
	return right;
}

static void *ensemble_export(const ensemble *e, float prune, size_t *size)
{
	return at_perceptron_export_mean((const at_perceptron *const *)e->p, e->k, prune, size);
}

/* Trains one pass with early stopping on dev. The best model so far is in
 * o->out; t->best is its dev score, t->best_iteration its pass count, and
 * (first pass) t->first_weights its weights. */
static int iterate(trainer *t, const uint16_t *first)
{
	const at_tagger_train_options *o = t->o;
	size_t *order = malloc((t->nsents ? t->nsents : 1) * sizeof *order);
	char tmp[4096];
	snprintf(tmp, sizeof tmp, "%s.candidate", o->out);
	if (!order)
		return fail(t, "out of memory");
	for (size_t i = 0; i < t->nsents; i++)
		order[i] = i;
	ensemble e;
	uint64_t seed = 0x9e3779b97f4a7c15ULL ^ ((uint64_t)o->seed * 0x2545f4914f6cdd1dULL);
	int rc = ensemble_init(t, &e, order, t->nsents, seed);
	free(order);
	if (rc != 0)
		return rc;
	unsigned since_best = 0;
	struct timespec start;
	clock_gettime(CLOCK_MONOTONIC, &start);
	for (unsigned it = 1; it <= o->iterations && since_best < o->patience && rc == 0; it++) {
		long right = ensemble_pass(t, &e, first);
		size_t wsize;
		float prune = first ? o->prune_second : o->prune;
		void *weights = right < 0 ? NULL : ensemble_export(&e, prune, &wsize);
		if (!weights) {
			rc = fail(t, "out of memory while training");
			break;
		}
		at_tag_scores s;
		rc = save_model(t, weights, wsize, first != NULL, tmp);
		if (rc == 0)
			rc = evaluate(t, tmp, &s);
		if (rc != 0) {
			free(weights);
			break;
		}
		double upos = 100.0 * (double)s.upos / (double)s.aligned;
		double xpos = 100.0 * (double)s.xpos / (double)s.aligned;
		double lemma = 100.0 * (double)s.lemma / (double)s.aligned;
		double score = upos + xpos;
		if (o->log)
			fprintf(o->log, "%s pass, iteration %u: train %.2f, dev UPOS %.2f XPOS %.2f Lemma %.2f (%zu KB, %.0f s)%s\n",
				first ? "second" : "first", it, 100.0 * (double)right / (double)t->nwords, upos,
				xpos, lemma, wsize / 1024, seconds_since(&start), score > t->best ? " best" : "");
		if (score > t->best) {
			t->best = score;
			t->best_iteration = it;
			since_best = 0;
			if (rename(tmp, o->out) != 0)
				rc = fail(t, "cannot rename the candidate model into place");
			if (!first) {
				free(t->first_weights);
				t->first_weights = weights;
				t->first_size = wsize;
				weights = NULL;
			}
		} else {
			since_best++;
		}
		free(weights);
	}
	remove(tmp);
	ensemble_free(&e);
	return rc;
}

/* Greedy decoding with exported weights (no lexicon shortcuts). */
static void decode_with(const trainer *t, const at_weights *w, size_t sent, uint16_t *out)
{
	uint64_t feats[TAG_MAX_FEATURES];
	int32_t scores[TAG_MAX_CLASSES];
	size_t start = t->sent_first[sent], n = t->sent_first[sent + 1] - start;
	const tag_word *ws = t->words + start;
	int prev1 = -1, prev2 = -1;
	for (size_t i = 0; i < n; i++) {
		memset(scores, 0, sizeof scores);
		size_t nf = tag_features(ws, n, i, prev1, prev2, feats);
		at_weights_score(w, feats, nf, scores);
		unsigned guess = 0;
		for (unsigned c = 1; c < t->nclasses; c++)
			if (scores[c] > scores[guess])
				guess = c;
		out[start + i] = (uint16_t)guess;
		prev2 = prev1;
		prev1 = (int)guess;
	}
}

/* The first pass's classes for every training word, each sentence tagged
 * by a first pass trained without it (STACK_FOLDS folds), so that the
 * second pass learns how far to trust them on new text. */
#define STACK_FOLDS 2

static int held_out_first_pass(trainer *t, uint16_t *first)
{
	const at_tagger_train_options *o = t->o;
	size_t *order = malloc((t->nsents ? t->nsents : 1) * sizeof *order);
	if (!order)
		return fail(t, "out of memory");
	uint64_t seed = 0x2545f4914f6cdd1dULL ^ ((uint64_t)o->seed * 0x9e3779b97f4a7c15ULL);
	int rc = 0;
	for (size_t fold = 0; fold < STACK_FOLDS && rc == 0; fold++) {
		size_t norder = 0;
		for (size_t i = 0; i < t->nsents; i++)
			if (i % STACK_FOLDS != fold)
				order[norder++] = i;
		ensemble e;
		if ((rc = ensemble_init(t, &e, order, norder, seed)) != 0)
			break;
		for (unsigned it = 0; it < t->best_iteration && rc == 0; it++)
			rc = ensemble_pass(t, &e, NULL) < 0 ? -1 : 0;
		/* The next fold's shuffles go on from this one's, as one
		 * generator did before there were several. */
		seed = e.state[0];
		size_t size;
		void *bytes = rc == 0 ? ensemble_export(&e, o->prune, &size) : NULL;
		at_weights w;
		if (!bytes || at_weights_view(&w, bytes, size) != 0)
			rc = -1;
		for (size_t i = fold; i < t->nsents && rc == 0; i += STACK_FOLDS)
			decode_with(t, &w, i, first);
		free(bytes);
		ensemble_free(&e);
		if (o->log && rc == 0)
			fprintf(o->log, "held-out first pass, fold %zu of %d done\n", fold + 1, STACK_FOLDS);
	}
	free(order);
	return rc ? fail(t, "out of memory while stacking") : 0;
}

static int train_passes(trainer *t)
{
	t->best = -1;
	if (iterate(t, NULL) != 0)
		return -1;
	if (!t->o->two_pass)
		return 0;
	uint16_t *first = malloc((t->nwords ? t->nwords : 1) * sizeof *first);
	if (!first)
		return fail(t, "out of memory");
	int rc = held_out_first_pass(t, first);
	if (rc == 0)
		rc = iterate(t, first);
	free(first);
	return rc;
}

void at_tagger_train_defaults(at_tagger_train_options *o)
{
	memset(o, 0, sizeof *o);
	o->seed = 1;
	o->iterations = 12;
	o->patience = 3;
	o->fixed_min_count = 20;
	o->fixed_min_share = 1.0f;
	o->restrict_min_count = 100;
	o->sure_margin = 20.0f;
	o->memo_words = 4096;
	o->memo_min_count = 5;
	o->shuffles = 1;
}

static void trainer_free(trainer *t)
{
	for (size_t i = 0; i < t->ndocs; i++)
		at_doc_free(t->docs[i]);
	free(t->docs);
	at_doc_free(t->dev);
	at_map_free(&t->keys);
	at_map_free(&t->counts);
	free(t->recs);
	free(t->words);
	free(t->gold);
	free(t->sent_first);
	for (size_t i = 0; i < t->nsections; i++)
		free(t->sections[i].data);
	free(t->first_weights);
}

int at_tagger_train(const at_tagger_train_options *o, char *err, size_t errlen)
{
	trainer t;
	memset(&t, 0, sizeof t);
	t.o = o;
	t.err = err;
	t.errlen = errlen;
	at_map_init(&t.keys);
	at_map_init(&t.counts);
	int rc = 0;
	t.docs = calloc(o->ntrain + o->nextra + 1, sizeof *t.docs);
	if (!t.docs)
		rc = fail(&t, "out of memory");
	for (size_t i = 0; i < o->ntrain + o->nextra && rc == 0; i++, t.ndocs++) {
		const char *path = i < o->ntrain ? o->train[i] : o->extra[i - o->ntrain];
		if (!(t.docs[i] = read_conllu(path, err, errlen)))
			rc = -1;
	}
	t.nlemma_docs = o->ntrain;
	if (rc == 0 && !(t.dev = read_conllu(o->dev, err, errlen)))
		rc = -1;
	if (rc == 0)
		rc = collect_classes(&t);
	if (rc == 0)
		rc = count_words(&t);
	if (rc == 0)
		find_fixed_classes(&t);
	if (rc == 0)
		rc = build_wordnet(&t);
	if (rc == 0)
		rc = build_names(&t);
	if (rc == 0)
		rc = flatten(&t);
	if (rc == 0)
		rc = build_meta(&t);
	if (rc == 0)
		rc = build_lexicon(&t);
	if (rc == 0)
		rc = build_lemmas_and_feats(&t);
	if (rc == 0)
		rc = build_memo_words(&t);
	if (rc == 0 && o->log)
		fprintf(o->log, "training on %zu sentences, %zu words, %u classes\n", t.nsents, t.nwords,
			t.nclasses);
	if (rc == 0)
		rc = train_passes(&t);
	trainer_free(&t);
	return rc;
}
