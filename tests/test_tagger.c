/* The tagger: learning utilities, training a tiny model, model errors, and
 * the shipped model's lemmas. */
#include "helpers.h"

#include <math.h>

#include "core/buf.h"
#include "core/file.h"
#include "core/modelfile.h"
#include "core/tags.h"
#include "learn/perceptron.h"
#include "learn/packed.h"
#include "learn/scorer.h"
#include "learn/table.h"
#include "learn/weights.h"
#include "tag/features.h"
#include "tag/model.h"
#include "tag/tagger.h"
#include "tag/train.h"
#include "text/conllu.h"

static const char tiny_treebank[] =
	"# text = The dog runs .\n"
	"1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t_\t_\n"
	"2\tdog\tdog\tNOUN\tNN\tNumber=Sing\t3\tnsubj\t_\t_\n"
	"3\truns\trun\tVERB\tVBZ\t_\t0\troot\t_\tSpaceAfter=No\n"
	"4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
	"\n"
	"# text = A cat sleeps .\n"
	"1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
	"2\tcat\tcat\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
	"3\tsleeps\tsleep\tVERB\tVBZ\t_\t0\troot\t_\tSpaceAfter=No\n"
	"4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
	"\n"
	"# text = The cats ran .\n"
	"1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
	"2\tcats\tcat\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
	"3\tran\trun\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
	"4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
	"\n";

static void write_text(const char *path, const char *text)
{
	char err[256];
	assert_int_equal(at_write_file(path, text, strlen(text), err, sizeof err), 0);
}

static at_doc *read_doc(const char *text)
{
	char err[256];
	at_doc *d = at_conllu_read(text, strlen(text), "test", err, sizeof err);
	assert_non_null(d);
	for (size_t i = 0; i < d->nwords; i++) {
		d->words[i].upos = d->words[i].xpos = 0;
		d->words[i].lemma = NULL;
	}
	return d;
}

static void table_round_trips(void **state)
{
	(void)state;
	at_map m;
	at_map_init(&m);
	for (uint64_t k = 1; k <= 1000; k++)
		*at_map_slot(&m, k * 7919) = (uint32_t)k;
	size_t size;
	void *bytes = at_table_build(&m, &size);
	at_table t;
	assert_int_equal(at_table_view(&t, bytes, size), 0);
	uint32_t v;
	for (uint64_t k = 1; k <= 1000; k++) {
		assert_true(at_table_get(&t, k * 7919, &v));
		assert_int_equal(v, k);
	}
	assert_false(at_table_get(&t, 3, &v));
	assert_int_equal(at_table_view(&t, bytes, size - 1), -1);
	free(bytes);
	at_map_free(&m);
}

/* Exported weights score like the averaged perceptron they come from. */
static void perceptron_learns_and_exports(void **state)
{
	(void)state;
	at_perceptron *p = at_perceptron_new(3);
	uint64_t a[] = {11, 12}, b[] = {21, 12}, c[] = {31, 32};
	float scores[3];
	for (int it = 0; it < 5; it++) {
		const uint64_t *xs[] = {a, b, c};
		for (unsigned gold = 0; gold < 3; gold++) {
			at_perceptron_score(p, xs[gold], 2, scores);
			unsigned guess = 0;
			for (unsigned k = 1; k < 3; k++)
				if (scores[k] > scores[guess])
					guess = k;
			assert_int_equal(at_perceptron_update(p, xs[gold], 2, gold, guess), 0);
			at_perceptron_tick(p);
		}
	}
	size_t size;
	void *bytes = at_perceptron_export(p, 0.0f, &size);
	at_weights w;
	assert_int_equal(at_weights_view(&w, bytes, size), 0);
	const uint64_t *xs[] = {a, b, c};
	for (unsigned gold = 0; gold < 3; gold++) {
		int32_t s[3] = {0};
		at_weights_score(&w, xs[gold], 2, s);
		for (unsigned k = 0; k < 3; k++)
			if (k != gold)
				assert_true(s[gold] > s[k]);
	}
	((uint32_t *)bytes)[0] ^= 1; /* bad magic */
	assert_int_equal(at_weights_view(&w, bytes, size), -1);
	free(bytes);
	at_perceptron_free(p);
}

/* The mean of several perceptrons: the same perceptron twice exports the
 * bytes it exports alone; two with different features give every feature
 * of either, at half its weight. */
static void perceptron_mean_exports_the_union(void **state)
{
	(void)state;
	at_perceptron *p = at_perceptron_new(3), *q = at_perceptron_new(3);
	uint64_t a[] = {11, 12}, b[] = {21};
	for (int it = 0; it < 4; it++) {
		assert_int_equal(at_perceptron_update(p, a, 2, (unsigned)it % 3, 2), 0);
		at_perceptron_tick(p);
		assert_int_equal(at_perceptron_update(q, b, 1, 1, 0), 0);
		at_perceptron_tick(q);
	}
	size_t one_size, twice_size, both_size, q_size;
	void *one = at_perceptron_export(p, 0.0f, &one_size);
	const at_perceptron *twice[] = {p, p}, *both[] = {p, q};
	void *same = at_perceptron_export_mean(twice, 2, 0.0f, &twice_size);
	assert_int_equal(twice_size, one_size);
	assert_memory_equal(same, one, one_size);
	void *mean = at_perceptron_export_mean(both, 2, 0.0f, &both_size);
	void *alone = at_perceptron_export(q, 0.0f, &q_size);
	at_weights wm, wp, wq;
	assert_int_equal(at_weights_view(&wm, mean, both_size), 0);
	assert_int_equal(at_weights_view(&wp, one, one_size), 0);
	assert_int_equal(at_weights_view(&wq, alone, q_size), 0);
	const uint64_t *xs[] = {a, b};
	const at_weights *from[] = {&wp, &wq};
	size_t ns[] = {2, 1};
	for (int x = 0; x < 2; x++) {
		int32_t sm[3] = {0}, s1[3] = {0};
		at_weights_score(&wm, xs[x], ns[x], sm);
		at_weights_score(from[x], xs[x], ns[x], s1);
		for (unsigned k = 0; k < 3; k++)
			assert_true(fabs(sm[k] * wm.scale - 0.5 * s1[k] * from[x]->scale) < 0.01);
	}
	free(one);
	free(same);
	free(mean);
	free(alone);
	at_perceptron_free(p);
	at_perceptron_free(q);
}

/* Packed weights unpack to the same scores; truncated or corrupt ones are
 * refused. */
static void packed_weights_score_the_same(void **state)
{
	(void)state;
	enum { NCLASSES = 7 };
	at_perceptron *p = at_perceptron_new(NCLASSES);
	for (int it = 0; it < 3; it++)
		for (unsigned gold = 0; gold < NCLASSES; gold++) {
			uint64_t f[] = {1, 100 + gold, 200 + gold % 2, 300 + (unsigned)it};
			assert_int_equal(at_perceptron_update(p, f, 4, gold, (gold + 2) % NCLASSES), 0);
			at_perceptron_tick(p);
		}
	size_t size, packed_size;
	void *bytes = at_perceptron_export(p, 0.0f, &size);
	at_weights w, u;
	assert_int_equal(at_weights_view(&w, bytes, size), 0);
	unsigned char *packed = at_weights_pack(&w, &packed_size);
	assert_non_null(packed);
	assert_true(packed_size < size);
	int bad;
	void *unpacked = at_weights_unpack(packed, packed_size, &u, &bad);
	assert_non_null(unpacked);
	assert_true(u.scale == w.scale);
	uint64_t feats[] = {1, 100, 103, 201, 302, 999};
	for (size_t n = 1; n <= 6; n++) {
		int32_t want[NCLASSES] = {0}, got[NCLASSES] = {0};
		at_weights_score(&w, feats + 6 - n, n, want);
		at_weights_score(&u, feats + 6 - n, n, got);
		assert_memory_equal(got, want, sizeof want);
	}
	assert_null(at_weights_unpack(packed, packed_size - 1, &u, &bad));
	assert_true(bad);
	uint32_t nbuckets;
	memcpy(&nbuckets, packed + 8, 4);
	packed[packed_size - (nbuckets + 7) / 8] ^= 1; /* bucket 0's use flipped */
	assert_null(at_weights_unpack(packed, packed_size, &u, &bad));
	assert_true(bad);
	packed[packed_size - (nbuckets + 7) / 8] ^= 1;
	uint32_t nfeatures, nweights;
	memcpy(&nfeatures, packed + 16, 4);
	memcpy(&nweights, packed + 20, 4);
	packed[32 + 4 * nfeatures + 2 * nweights + nfeatures] = NCLASSES; /* a class too many */
	assert_null(at_weights_unpack(packed, packed_size, &u, &bad));
	assert_true(bad);
	free(unpacked);
	free(packed);
	free(bytes);
	at_perceptron_free(p);
}

/* The scorer's layout (dense rows for features with many weights, with and
 * without AVX2) adds the same integers as the weights it is built from. */
static void scorer_adds_what_the_weights_say(void **state)
{
	(void)state;
	enum { NCLASSES = 13 };
	at_perceptron *p = at_perceptron_new(NCLASSES);
	/* Feature 1 is in every instance (it gets a weight for every class),
	 * the others in one class's instances only. */
	for (int it = 0; it < 4; it++)
		for (unsigned gold = 0; gold < NCLASSES; gold++) {
			uint64_t f[] = {1, 100 + gold, 200 + gold % 3};
			unsigned guess = (gold + 1 + (unsigned)it) % NCLASSES;
			assert_int_equal(at_perceptron_update(p, f, 3, gold, guess), 0);
			at_perceptron_tick(p);
		}
	size_t size;
	void *bytes = at_perceptron_export(p, 0.0f, &size);
	at_weights w;
	assert_int_equal(at_weights_view(&w, bytes, size), 0);
	at_scorer s;
	assert_int_equal(at_scorer_build(&s, &w, 8), 0);
	assert_true(at_scorer_find(&s, at_weights_mix(1)) & AT_SCORER_DENSE);
	assert_false(at_scorer_find(&s, at_weights_mix(100)) & AT_SCORER_DENSE);
	uint64_t feats[] = {1, 100, 105, 112, 201, 999, 1};
	uint8_t some[] = {0, 5, 12};
	for (int avx2 = 0; avx2 <= s.avx2; avx2++) {
		at_scorer plain = s;
		plain.avx2 = avx2;
		int32_t want[NCLASSES] = {0}, all[TAG_MAX_CLASSES] = {0}, part[TAG_MAX_CLASSES] = {0};
		at_weights_score(&w, feats, 7, want);
		at_scorer_score(&plain, feats, 7, all);
		at_scorer_score_classes(&plain, feats, 7, some, 3, part);
		for (unsigned c = 0; c < NCLASSES; c++)
			assert_int_equal(all[c], want[c]);
		for (unsigned j = 0; j < 3; j++)
			assert_int_equal(part[some[j]], want[some[j]]);
	}
	at_scorer_free(&s);
	free(bytes);
	at_perceptron_free(p);
}

/* Options that train a model at model on the file train, which is its own
 * dev set too. */
static void train_on_itself(at_tagger_train_options *o, const char **files, const char *train,
			    const char *model, int iterations)
{
	at_tagger_train_defaults(o);
	files[0] = train;
	o->train = files;
	o->ntrain = 1;
	o->dev = train;
	o->out = model;
	o->iterations = iterations;
}

/* Trains on the tiny treebank (with a second pass when two_pass) and
 * checks what the model says of it. */
static void tiny_model_tags_what_it_saw(int two_pass)
{
	const char *train = "build/asan/tests/tagger-tiny.conllu";
	const char *model = "build/asan/tests/tagger-tiny.atm";
	write_text(train, tiny_treebank);
	at_tagger_train_options o;
	const char *files[1];
	train_on_itself(&o, files, train, model, 5);
	o.two_pass = two_pass;
	char err[512];
	assert_int_equal(at_tagger_train(&o, err, sizeof err), 0);
	at_tagger *t = at_tagger_load(model, err, sizeof err);
	assert_non_null(t);
	at_doc *d = read_doc(tiny_treebank);
	assert_int_equal(at_tagger_tag(t, d), 0);
	assert_string_equal(at_upos_names[d->words[1].upos], "NOUN");
	assert_string_equal(at_xpos_names[d->words[2].xpos], "VBZ");
	assert_string_equal(d->words[2].lemma, "run");
	assert_string_equal(d->words[9].lemma, "cat");
	assert_string_equal(d->words[10].lemma, "run");
	assert_string_equal(d->words[0].lemma, "the");
	assert_string_equal(d->words[0].feats, "Definite=Def|PronType=Art");
	at_doc_free(d);
	at_tagger_free(t);
	unlink(model);
	unlink(train);
}

/* The class the model gives "runs" without scoring, or TAG_NO_CLASS. */
static uint32_t fixed_class_of_runs(const char *model)
{
	char err[512];
	at_model *m = at_model_open(model, TAG_MODEL_KIND, TAG_MODEL_VERSION, err, sizeof err);
	assert_non_null(m);
	size_t n;
	const void *lexicon = at_model_section(m, "lexicon", &n);
	at_table t;
	assert_int_equal(at_table_view(&t, lexicon, n), 0);
	const tag_lexentry *words = at_model_section(m, "words", &n);
	tag_word w;
	tag_word_init(&w, "runs");
	uint32_t idx;
	assert_true(at_table_get(&t, tag_form_key(w.form), &idx));
	uint32_t single = words[idx].single;
	at_model_close(m);
	return single;
}

/* A word seen with one class in a share --fixed-share of its occurrences
 * gets that class without scoring; below it, it is scored. */
static void fixed_share_fixes_nearly_pure_words(void **state)
{
	(void)state;
	const char *train = "build/asan/tests/tagger-share.conllu";
	const char *model = "build/asan/tests/tagger-share.atm";
	at_buf b;
	at_buf_init(&b);
	at_buf_puts(&b, tiny_treebank);
	for (int i = 0; i < 3; i++)
		at_buf_puts(&b, "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
				"2\truns\trun\tVERB\tVBZ\t_\t0\troot\t_\t_\n\n");
	at_buf_puts(&b, "1\tmany\tmany\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
			"2\truns\trun\tNOUN\tNNS\t_\t0\troot\t_\t_\n\n");
	write_text(train, b.data);
	at_buf_free(&b);
	at_tagger_train_options o;
	const char *files[1];
	train_on_itself(&o, files, train, model, 2);
	o.fixed_min_count = 5;
	char err[512];
	o.fixed_min_share = 0.8f; /* "runs": VBZ in 4 of 5 */
	assert_int_equal(at_tagger_train(&o, err, sizeof err), 0);
	uint32_t single = fixed_class_of_runs(model);
	assert_int_not_equal(single, TAG_NO_CLASS);
	at_model *m = at_model_open(model, TAG_MODEL_KIND, TAG_MODEL_VERSION, err, sizeof err);
	const tag_class *classes = at_model_section(m, "classes", NULL);
	assert_string_equal(at_xpos_names[classes[single].xpos], "VBZ");
	at_model_close(m);
	o.fixed_min_share = 0.9f;
	assert_int_equal(at_tagger_train(&o, err, sizeof err), 0);
	assert_int_equal(fixed_class_of_runs(model), TAG_NO_CLASS);
	unlink(model);
	unlink(train);
}

static void one_pass_model_tags_what_it_saw(void **state)
{
	(void)state;
	tiny_model_tags_what_it_saw(0);
}

static void two_pass_model_tags_what_it_saw(void **state)
{
	(void)state;
	tiny_model_tags_what_it_saw(1);
}

/* A CoNLL-U document of the space-separated words of each line. */
static at_doc *doc_of_lines(const char *const *lines, size_t n)
{
	at_buf b;
	at_buf_init(&b);
	for (size_t l = 0; l < n; l++) {
		char copy[512];
		snprintf(copy, sizeof copy, "%s", lines[l]);
		int id = 1;
		for (char *w = strtok(copy, " "); w; w = strtok(NULL, " "))
			at_buf_printf(&b, "%d\t%s\t_\t_\t_\t_\t_\t_\t_\t_\n", id++, w);
		at_buf_puts(&b, "\n");
	}
	at_doc *d = read_doc(b.data);
	at_buf_free(&b);
	return d;
}

/* The shipped model rewritten without its memo word list. */
static int copy_without_memo(const char *from, const char *to)
{
	char err[512], name[16];
	at_model *m = at_model_open(from, TAG_MODEL_KIND, TAG_MODEL_VERSION, err, sizeof err);
	at_model_writer *w = at_model_writer_new(TAG_MODEL_KIND, TAG_MODEL_VERSION);
	int rc = m && w ? 0 : -1;
	for (size_t i = 0; rc == 0 && i < at_model_section_count(m); i++) {
		size_t size;
		const void *data = at_model_section_at(m, i, name, &size);
		if (strcmp(name, "memo.words") != 0)
			rc = at_model_writer_add(w, name, data, size);
	}
	if (rc == 0)
		rc = at_model_writer_save(w, to, err, sizeof err);
	at_model_writer_free(w);
	at_model_close(m);
	return rc;
}

/* The committed model, which a user's clone may lack ("skipped" then). */
static int have_shipped_model(void)
{
	struct stat st;
	if (stat("models/tagger.atm", &st) == 0)
		return 1;
	fprintf(stderr, "skipped: models/tagger.atm is absent (make models)\n");
	return 0;
}

/* The memo (word-only feature scores of frequent words summed at load) is
 * a shortcut: the same model without it must tag every word alike. */
static void memo_changes_no_tag(void **state)
{
	(void)state;
	if (!have_shipped_model())
		return;
	const char *plain = "build/asan/tests/tagger-nomemo.atm";
	assert_int_equal(copy_without_memo("models/tagger.atm", plain), 0);
	char err[512];
	at_tagger *with = at_tagger_load("models/tagger.atm", err, sizeof err);
	at_tagger *without = at_tagger_load(plain, err, sizeof err);
	assert_non_null(with);
	assert_non_null(without);
	static const char *const lines[] = {
		"The talks will open on Monday , but the two sides still differ over how to stop "
		"the flow of guns that cross the border every day .",
		"Officials said the plan could change as early as next week , and that both "
		"governments back it .",
		"She may lead the team that works on trade , or she may not .",
		"Police fired at the crowd as it set fire to cars near the square .",
	};
	size_t n = sizeof lines / sizeof *lines;
	at_doc *a = doc_of_lines(lines, n), *b = doc_of_lines(lines, n);
	assert_int_equal(at_tagger_tag(with, a), 0);
	assert_int_equal(at_tagger_tag(without, b), 0);
	for (size_t i = 0; i < a->nwords; i++) {
		assert_string_equal(at_xpos_names[a->words[i].xpos], at_xpos_names[b->words[i].xpos]);
		assert_string_equal(at_upos_names[a->words[i].upos], at_upos_names[b->words[i].upos]);
	}
	at_doc_free(a);
	at_doc_free(b);
	at_tagger_free(with);
	at_tagger_free(without);
	unlink(plain);
}

static void bad_models_give_messages(void **state)
{
	(void)state;
	char err[512];
	assert_null(at_tagger_load("build/asan/tests/no-such-tagger.atm", err, sizeof err));
	assert_non_null(strstr(err, "no-such-tagger.atm"));
	assert_non_null(strstr(err, "cannot open"));
	const char *junk = "build/asan/tests/tagger-junk.atm";
	write_text(junk, "this is not a model file, not at all, not even close to one....");
	assert_null(at_tagger_load(junk, err, sizeof err));
	assert_non_null(strstr(err, "not an attache model"));
	unlink(junk);
}

static void shipped_model_lemmatizes(void **state)
{
	(void)state;
	if (!have_shipped_model())
		return;
	char err[512];
	at_tagger *t = at_tagger_load("models/tagger.atm", err, sizeof err);
	assert_non_null(t);
	static const char text[] =
		"1\tShe\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"2\twas\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"3\trunning\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"4\tafter\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"5\tthe\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"6\tmice\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"7\tand\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"8\twent\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"9\thome\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"10\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
		"1\tSee\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"2\thttp://Example.com/A_Page.html\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"3\tfor\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"4\t12,345,678\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"5\tdollars\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
		"1\tWe\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"2\tflew\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"3\tfrom\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"4\tindia\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"5\tto\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"6\tTEHRAN\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
	at_doc *d = read_doc(text);
	assert_int_equal(at_tagger_tag(t, d), 0);
	assert_string_equal(d->words[1].lemma, "be");
	assert_string_equal(d->words[2].lemma, "run");
	assert_string_equal(d->words[5].lemma, "mouse");
	assert_string_equal(d->words[7].lemma, "go");
	assert_string_equal(d->words[0].lemma, "she");
	assert_string_equal(at_upos_names[d->words[5].upos], "NOUN");
	assert_string_equal(at_upos_names[d->words[7].upos], "VERB");
	assert_string_equal(at_xpos_names[d->words[7].xpos], "VBD");
	/* Addresses keep their case; numbers lose their thousands separators. */
	assert_string_equal(at_xpos_names[d->words[11].xpos], "ADD");
	assert_string_equal(d->words[11].lemma, "http://Example.com/A_Page.html");
	assert_string_equal(at_xpos_names[d->words[13].xpos], "CD");
	assert_string_equal(d->words[13].lemma, "12345678");
	/* Names written in lower or upper case take the case training saw. */
	assert_string_equal(at_xpos_names[d->words[18].xpos], "NNP");
	assert_string_equal(d->words[18].lemma, "India");
	assert_string_equal(at_xpos_names[d->words[20].xpos], "NNP");
	assert_string_equal(d->words[20].lemma, "Tehran");
	at_doc_free(d);
	at_tagger_free(t);
}

/* parse --pretokenized keeps the input's words and fills the tags. */
static void cli_parses_pretokenized_conllu(void **state)
{
	(void)state;
	struct stat st;
	if (stat("models/tagger.atm", &st) != 0 || stat(test_attache_bin(), &st) != 0) {
		fprintf(stderr, "skipped: models/tagger.atm or the CLI is absent\n");
		return;
	}
	const char *input = "build/asan/tests/tagger-pretok.conllu";
	write_text(input, "# text = I can't go.\n"
			  "1\tI\t_\t_\t_\t_\t_\t_\t_\t_\n"
			  "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n"
			  "2\tca\t_\t_\t_\t_\t_\t_\t_\t_\n"
			  "3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
			  "4\tgo\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
			  "5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
	char cmd[512], line[512];
	snprintf(cmd, sizeof cmd, "%s parse --pretokenized --models models %s 2>/dev/null",
		 test_attache_bin(), input);
	FILE *out = popen(cmd, "r");
	assert_non_null(out);
	const char *want[] = {"1\tI\tI\tPRON\tPRP", "2-3\tcan't", "2\tca\tcan\tAUX\tMD",
			      "3\tn't\tnot\tPART\tRB", "4\tgo\tgo\tVERB\tVB", "5\t.\t.\tPUNCT\t."};
	size_t seen = 0;
	while (fgets(line, sizeof line, out))
		if (line[0] != '#' && line[0] != '\n') {
			assert_true(seen < 6);
			assert_memory_equal(line, want[seen], strlen(want[seen]));
			seen++;
		}
	assert_int_equal(pclose(out), 0);
	assert_int_equal(seen, 6);
	unlink(input);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(table_round_trips),
		cmocka_unit_test(perceptron_learns_and_exports),
		cmocka_unit_test(perceptron_mean_exports_the_union),
		cmocka_unit_test(packed_weights_score_the_same),
		cmocka_unit_test(scorer_adds_what_the_weights_say),
		cmocka_unit_test(fixed_share_fixes_nearly_pure_words),
		cmocka_unit_test(one_pass_model_tags_what_it_saw),
		cmocka_unit_test(two_pass_model_tags_what_it_saw),
		cmocka_unit_test(memo_changes_no_tag),
		cmocka_unit_test(bad_models_give_messages),
		cmocka_unit_test(shipped_model_lemmatizes),
		cmocka_unit_test(cli_parses_pretokenized_conllu),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
