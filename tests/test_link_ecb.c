/* ECB+ cross-document event coreference as a regression floor: the pair
 * model trained on the train topics, thresholds tuned on dev, scored on dev
 * and test; and the CoNLL file it writes holds every gold mention once. The
 * corpus is extracted from ../shared into build/ecbplus on first use. Also
 * the participants of a mention as link/ecb_args.c reads them from a tree,
 * the grouping of documents, and the second round over clusters. */
#include "helpers.h"

#include "core/arena.h"
#include "core/tags.h"
#include "eval/link_eval.h"
#include "link/ecb_args.h"
#include "link/ecb_link.h"
#include "link/ecb_merge.h"
#include "link/ecb_single.h"

static int ecb_paths(char *dir, size_t dirlen, char *csv, size_t csvlen)
{
	char tarball[1024];
	if (!test_shared_path("data/corpora/ECBplus/ECB+.tar.zst", tarball, sizeof tarball) ||
	    !test_shared_path("data/corpora/ECBplus/ECBplus_coreference_sentences.csv", csv, csvlen))
		return 0;
	snprintf(dir, dirlen, "build/ecbplus/ECB+_LREC2014/ECB+");
	struct stat st;
	if (stat(dir, &st) != 0) {
		char cmd[2048];
		snprintf(cmd, sizeof cmd, "mkdir -p build/ecbplus && tar --zstd -xf '%s' -C build/ecbplus", tarball);
		assert_int_equal(system(cmd), 0);
	}
	return 1;
}

static int count_mentions(const char *path)
{
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	char line[4096];
	int mentions = 0;
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#')
			continue;
		char *marks = strrchr(line, '\t');
		assert_non_null(marks);
		for (char *p = marks + 1; *p; p++)
			mentions += *p == '(';
	}
	fclose(f);
	return mentions;
}

static void ecb_scores_stay_above_floor(void **state)
{
	(void)state;
	char dir[1024], csv[1024], err[1024];
	if (!ecb_paths(dir, sizeof dir, csv, sizeof csv))
		return;
	const char *out = "build/asan/tests/test_link_ecb.conll";
	at_link_eval_opts o = {.dir = dir, .csv = csv, .output = out};
	at_link_eval_result r;
	assert_int_equal(at_link_eval_run(&o, &r, err, sizeof err), 0);
	/* The standard gold-mention setup (Cybulska and Vossen 2015). */
	assert_int_equal(r.dev_mentions, 1245);
	assert_int_equal(r.test_mentions, 1780);
	assert_true(r.dev.conll > 0.81);
	assert_true(r.test.conll > 0.795);
	assert_true(r.train_cv[0] > 0.795 && r.train_cv[1] > 0.765);
	assert_int_equal(count_mentions(out), 1245 + 1780);
	remove(out);
}

static void ecb_missing_folder_is_an_error(void **state)
{
	(void)state;
	char csv[1024], err[1024];
	if (!test_shared_path("data/corpora/ECBplus/ECBplus_coreference_sentences.csv", csv, sizeof csv))
		return;
	at_link_eval_opts o = {.dir = "build/no-such-ecb", .csv = csv, .dev_only = 1};
	at_link_eval_result r;
	assert_int_equal(at_link_eval_run(&o, &r, err, sizeof err), -1);
	assert_non_null(strstr(err, "build/no-such-ecb"));
}

/* One parsed sentence: form, lemma, UPOS, 1-based head (0 root), relation. */
typedef struct parsed { const char *form, *lemma, *upos; int head; const char *deprel; } parsed;

static void fill_doc(ecb_doc *d, ecb_token *toks, const parsed *p, size_t n)
{
	memset(d, 0, sizeof *d);
	d->name = "1_1ecb";
	d->tokens = toks;
	d->ntokens = n;
	for (size_t i = 0; i < n; i++) {
		toks[i] = (ecb_token){.sent = 0, .number = (uint32_t)i, .text = p[i].form,
				      .lemma = p[i].lemma, .head = p[i].head - 1,
				      .upos = (uint8_t)at_upos_id(p[i].upos),
				      .deprel = (uint8_t)at_deprel_id(p[i].deprel)};
	}
}

static const char *key_of(const at_strmap *vocab, int32_t id)
{
	return id >= 0 ? vocab->keys[id] : "";
}

/* The vocabulary the participants' keys go into, in an arena of its own. */
typedef struct vocab_state {
	at_arena *arena;
	at_strmap vocab;
} vocab_state;

static int vocab_setup(void **state)
{
	vocab_state *v = calloc(1, sizeof *v);
	if (!v || !(v->arena = at_arena_new(1 << 12))) {
		free(v);
		return -1;
	}
	at_strmap_init(&v->vocab, v->arena);
	*state = v;
	return 0;
}

static int vocab_teardown(void **state)
{
	vocab_state *v = *state;
	at_strmap_free(&v->vocab);
	at_arena_free(v->arena);
	free(v);
	return 0;
}

static void args_come_from_the_tree(void **state)
{
	vocab_state *v = *state;
	static const parsed sent[] = {
		{"Police", "police", "NOUN", 2, "nsubj"},
		{"arrested", "arrest", "VERB", 0, "root"},
		{"Robert", "Robert", "PROPN", 2, "obj"},
		{"Buckley", "Buckley", "PROPN", 3, "flat"},
		{"in", "in", "ADP", 6, "case"},
		{"Mumbai", "Mumbai", "PROPN", 2, "obl"},
		{"after", "after", "ADP", 10, "case"},
		{"the", "the", "DET", 10, "det"},
		{"deadly", "deadly", "ADJ", 10, "amod"},
		{"attack", "attack", "NOUN", 2, "obl"},
		{".", ".", "PUNCT", 2, "punct"},
	};
	ecb_token toks[11];
	ecb_doc d;
	fill_doc(&d, toks, sent, 11);
	int32_t buf[2 * 11];
	ecb_args a;
	ecb_mention arrested = {.doc = 0, .sent = 0, .first = 1, .last = 1};
	assert_int_equal(ecb_args_find(&v->vocab, v->arena, &d, &arrested, buf, &a), 0);
	assert_string_equal(key_of(&v->vocab, a.agent), "L:police");
	assert_string_equal(key_of(&v->vocab, a.patient), "L:robert");
	assert_int_equal(a.names.n, 3); /* robert, buckley, mumbai */
	assert_true(at_strmap_find(&v->vocab, "N:mumbai", 8) >= 0);
	/* The attack's own modifier is no participant, and it has none. */
	ecb_mention attack = {.doc = 0, .sent = 0, .first = 9, .last = 9};
	assert_int_equal(ecb_args_find(&v->vocab, v->arena, &d, &attack, buf, &a), 0);
	assert_int_equal(a.agent, -1);
	assert_int_equal(a.ntokens, 0);
}

static void light_verb_lends_its_subject(void **state)
{
	vocab_state *v = *state;
	static const parsed sent[] = {
		{"Gunmen", "gunman", "NOUN", 2, "nsubj"},
		{"launched", "launch", "VERB", 0, "root"},
		{"an", "a", "DET", 4, "det"},
		{"attack", "attack", "NOUN", 2, "obj"},
	};
	ecb_token toks[4];
	ecb_doc d;
	fill_doc(&d, toks, sent, 4);
	int32_t buf[2 * 4];
	ecb_args a;
	ecb_mention attack = {.doc = 0, .sent = 0, .first = 3, .last = 3};
	assert_int_equal(ecb_args_find(&v->vocab, v->arena, &d, &attack, buf, &a), 0);
	assert_string_equal(key_of(&v->vocab, a.agent), "L:gunman");
}

/* Two documents of one group, two mentions each: 0, 1 and 2 score high
 * together, 3 low with everyone. */
typedef struct small_corpus {
	ecb_token toks[2][2];
	ecb_doc docs[2];
	ecb_mention mentions[4];
	ecb_mrep m[4];
	ecb_corpus c;
	ecb_repr r;
	float prob[16];
	float rate[4];
	int group[2];
} small_corpus;

static void small_corpus_init(small_corpus *s)
{
	memset(s, 0, sizeof *s);
	static const float p[16] = {
		1.0f, 0.7f, 0.9f, 0.2f,
		0.7f, 1.0f, 0.8f, 0.2f,
		0.9f, 0.8f, 1.0f, 0.2f,
		0.2f, 0.2f, 0.2f, 1.0f,
	};
	memcpy(s->prob, p, sizeof p);
	/* How often a mention with each head had a partner in training. */
	static const float rate[4] = {0.8f, 0.8f, 0.8f, 0.2f};
	memcpy(s->rate, rate, sizeof rate);
	for (int d = 0; d < 2; d++) {
		for (int t = 0; t < 2; t++)
			s->toks[d][t] = (ecb_token){.number = (uint32_t)t, .text = "fell", .head = -1};
		s->docs[d] = (ecb_doc){.name = d ? "1_2ecb" : "1_1ecb", .topic = 1, .tokens = s->toks[d], .ntokens = 2};
	}
	for (uint32_t i = 0; i < 4; i++) {
		s->mentions[i] = (ecb_mention){.doc = i / 2, .first = i % 2, .last = i % 2, .gold = i < 3 ? 0 : 1};
		s->m[i].head = (int32_t)(i < 3 ? 0 : 1);
	}
	s->c = (ecb_corpus){.docs = s->docs, .ndocs = 2, .mentions = s->mentions, .nmentions = 4, .ngold = 2};
	s->r = (ecb_repr){.c = &s->c, .m = s->m};
}

static void likely_singleton_stays_alone(void **state)
{
	(void)state;
	small_corpus s;
	small_corpus_init(&s);
	int cluster[4];
	assert_int_equal(ecb_cluster_mentions(&s.r, s.prob, NULL, s.group, 0.5, cluster), 0);
	assert_int_equal(cluster[0], cluster[1]);
	assert_int_equal(cluster[0], cluster[2]);
	assert_int_not_equal(cluster[0], cluster[3]);
	/* Mention 1 is found more likely alone than not: 0 and 2 still meet. */
	const float single[4] = {0.1f, 0.8f, 0.2f, 0.3f};
	assert_int_equal(ecb_cluster_mentions(&s.r, s.prob, single, s.group, 0.5, cluster), 0);
	assert_int_equal(cluster[0], cluster[2]);
	assert_int_not_equal(cluster[1], cluster[0]);
	assert_int_not_equal(cluster[1], cluster[3]);
}

static void singleton_classifier_reads_the_scores_around(void **state)
{
	(void)state;
	small_corpus s;
	small_corpus_init(&s);
	ecb_single_input in = {&s.r, s.prob, s.group, s.rate};
	float x[ECB_NSINGLE];
	ecb_single_features(&in, 3, x);
	assert_float_equal(x[1], 0.2f, 1e-6); /* its best score */
	ecb_single_features(&in, 0, x);
	assert_float_equal(x[1], 0.9f, 1e-6);
	assert_float_equal(x[7], 1.0f, 1e-6); /* the other document repeats its head */
	at_logreg model;
	assert_int_equal(ecb_single_train(&model, &in, 1), 0);
	float *p = ecb_single_probs(&model, &in);
	assert_non_null(p);
	assert_true(p[3] > 0.5f);
	for (int i = 0; i < 3; i++)
		assert_true(p[i] < p[3]);
	free(p);
}

/* Six documents: 0-2 one event, 3-5 another of its kind. */
static const float six_docs[36] = {
	1.0f, 0.5f, 0.5f, 0.1f, 0.1f, 0.1f,
	0.5f, 1.0f, 0.5f, 0.1f, 0.1f, 0.1f,
	0.5f, 0.5f, 1.0f, 0.1f, 0.1f, 0.1f,
	0.1f, 0.1f, 0.1f, 1.0f, 0.5f, 0.4f,
	0.1f, 0.1f, 0.1f, 0.5f, 1.0f, 0.4f,
	0.1f, 0.1f, 0.1f, 0.4f, 0.4f, 1.0f,
};

static void small_group_joins_its_nearest(void **state)
{
	(void)state;
	/* 0-2 one group; 3 reads unlike them but is closest to 1; 4 is far
	 * from everyone. */
	static const float sim[25] = {
		1.0f, 0.5f, 0.5f, 0.02f, 0.01f,
		0.5f, 1.0f, 0.5f, 0.08f, 0.01f,
		0.5f, 0.5f, 1.0f, 0.02f, 0.01f,
		0.02f, 0.08f, 0.02f, 1.0f, 0.01f,
		0.01f, 0.01f, 0.01f, 0.01f, 1.0f,
	};
	int group[5] = {0, 0, 0, 1, 2};
	assert_int_equal(ecb_attach_small(sim, 5, group, 0.1), 0);
	assert_int_equal(group[3], 1); /* 0.08 is below 0.1 */
	assert_int_equal(ecb_attach_small(sim, 5, group, 0.05), 0);
	assert_int_equal(group[3], 0);
	assert_int_equal(group[4], 2);
	assert_int_equal(group[0], 0);
}

static void split_keeps_parts_of_least_size(void **state)
{
	(void)state;
	/* All six in one group: the two events are far closer inside than
	 * across, so the group splits, into 0-2 and 3-5. */
	int group[6] = {0, 0, 0, 0, 0, 0};
	assert_int_equal(ecb_split_groups(six_docs, 6, group, 0.5, 3), 0);
	assert_int_equal(group[0], group[2]);
	assert_int_equal(group[3], group[5]);
	assert_int_not_equal(group[0], group[3]);
	/* Parts of four or more: no split of six documents. */
	int whole[6] = {0, 0, 0, 0, 0, 0};
	assert_int_equal(ecb_split_groups(six_docs, 6, whole, 0.5, 4), 0);
	for (int d = 0; d < 6; d++)
		assert_int_equal(whole[d], 0);
}

static void merge_round_joins_clusters_that_belong_together(void **state)
{
	(void)state;
	small_corpus s;
	small_corpus_init(&s);
	/* The first round left mention 2 apart from 0 and 1, although its
	 * scores to them are high; 3 is alone and scores low. */
	const int first[4] = {0, 0, 1, 2};
	const float single[4] = {0.1f, 0.1f, 0.1f, 0.9f};
	ecb_merge_input in = {&s.r, s.prob, single, s.group, first};
	/* Three cluster pairs are few examples: the model sees them often. */
	ecb_merge_input copies[16];
	for (int k = 0; k < 16; k++)
		copies[k] = in;
	at_logreg model;
	assert_int_equal(ecb_merge_train(&model, copies, 16), 0);
	int cluster[4];
	assert_int_equal(ecb_merge_apply(&model, &in, 0.5, cluster), 0);
	assert_int_equal(cluster[0], cluster[1]);
	assert_int_equal(cluster[0], cluster[2]);
	assert_int_not_equal(cluster[0], cluster[3]);
	/* Above any score nothing merges: the first round stands. */
	assert_int_equal(ecb_merge_apply(&model, &in, 1.0, cluster), 0);
	assert_int_equal(cluster[0], cluster[1]);
	assert_int_not_equal(cluster[0], cluster[2]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ecb_scores_stay_above_floor),
		cmocka_unit_test(ecb_missing_folder_is_an_error),
		cmocka_unit_test_setup_teardown(args_come_from_the_tree, vocab_setup, vocab_teardown),
		cmocka_unit_test_setup_teardown(light_verb_lends_its_subject, vocab_setup, vocab_teardown),
		cmocka_unit_test(likely_singleton_stays_alone),
		cmocka_unit_test(singleton_classifier_reads_the_scores_around),
		cmocka_unit_test(small_group_joins_its_nearest),
		cmocka_unit_test(split_keeps_parts_of_least_size),
		cmocka_unit_test(merge_round_joins_clusters_that_belong_together),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
