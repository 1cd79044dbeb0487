/* The dependency parser: the transition system always ends in a tree,
 * training reproduces a small treebank, and the shipped model's output is a
 * valid tree that survives a CoNLL-U round trip. */
#include "helpers.h"

#include "core/arena.h"
#include "core/buf.h"
#include "core/file.h"
#include "core/tags.h"
#include "parse/parser.h"
#include "parse/system.h"
#include "parse/train.h"
#include "text/conllu.h"

static const char tiny_treebank[] =
	"# text = The cat sat on the mat.\n"
	"1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
	"2\tcat\tcat\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
	"3\tsat\tsit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
	"4\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
	"5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
	"6\tmat\tmat\tNOUN\tNN\t_\t3\tobl\t_\tSpaceAfter=No\n"
	"7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
	"\n"
	"# text = Officials said the talks would resume.\n"
	"1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
	"2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
	"3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
	"4\ttalks\ttalk\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
	"5\twould\twould\tAUX\tMD\t_\t6\taux\t_\t_\n"
	"6\tresume\tresume\tVERB\tVB\t_\t2\tccomp\t_\tSpaceAfter=No\n"
	"7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
	"\n"
	"# text = Rebels attacked a convoy near Kabul on Monday.\n"
	"1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
	"2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
	"3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
	"4\tconvoy\tconvoy\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
	"5\tnear\tnear\tADP\tIN\t_\t6\tcase\t_\t_\n"
	"6\tKabul\tKabul\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n"
	"7\ton\ton\tADP\tIN\t_\t8\tcase\t_\t_\n"
	"8\tMonday\tMonday\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
	"9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
	"\n";

/* A sentence's heads form one tree: heads in range, exactly one root, and
 * every word reaches the root without a cycle. */
static void assert_tree(const at_word *w, int n)
{
	int roots = 0;
	for (int i = 0; i < n; i++) {
		assert_true(w[i].head >= 0 && w[i].head <= n);
		assert_true(w[i].head != i + 1);
		assert_true(w[i].deprel > 0 && (size_t)w[i].deprel < at_deprel_count);
		roots += w[i].head == 0;
		assert_int_equal(w[i].head == 0, w[i].deprel == at_deprel_id("root"));
	}
	assert_int_equal(roots, 1);
	for (int i = 0; i < n; i++) {
		int k = i + 1, steps = 0;
		while (k != 0 && steps <= n) {
			k = w[k - 1].head;
			steps++;
		}
		assert_int_equal(k, 0);
	}
}

static void assert_doc_trees(const at_doc *doc)
{
	for (size_t s = 0; s < doc->nsents; s++)
		assert_tree(doc->words + doc->sents[s].word_first, (int)doc->sents[s].word_count);
}

static void random_actions_always_end_in_a_tree(void **state)
{
	(void)state;
	at_arena *a = at_arena_new(4096);
	at_pstate s;
	assert_int_equal(at_pstate_alloc(&s, a, 40), 0);
	uint64_t rng = 88172645463325252ULL;
	for (int trial = 0; trial < 500; trial++) {
		int n = 1 + trial % 40;
		at_pstate_init(&s, n);
		while (!at_pstate_terminal(&s)) {
			rng ^= rng << 13;
			rng ^= rng >> 7;
			rng ^= rng << 17;
			int a0 = (int)(rng % AT_PA_COUNT), act = -1;
			for (int k = 0; k < AT_PA_COUNT && act < 0; k++)
				if (at_pstate_legal(&s, (a0 + k) % AT_PA_COUNT))
					act = (a0 + k) % AT_PA_COUNT;
			assert_true(act >= 0);
			at_pstate_apply(&s, act, at_deprel_id("dep"));
		}
		at_word w[40];
		memset(w, 0, sizeof w);
		for (int i = 1; i <= n; i++) {
			w[i - 1].head = (int16_t)(s.head[i] == n + 1 ? 0 : s.head[i]);
			w[i - 1].deprel = (uint8_t)(s.head[i] == n + 1 ? at_deprel_id("root") : s.label[i]);
		}
		assert_tree(w, n);
	}
	at_arena_free(a);
}

static void clear_parse(at_doc *doc)
{
	for (size_t i = 0; i < doc->nwords; i++) {
		doc->words[i].head = -1;
		doc->words[i].deprel = 0;
	}
}

static void train_and_reproduce(int beam)
{
	char err[256], path[] = "build/asan/tests/parser-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	at_doc *gold = at_conllu_read(tiny_treebank, strlen(tiny_treebank), "tiny", err, sizeof err);
	assert_non_null(gold);
	at_parser_train_opts o;
	at_parser_train_defaults(&o);
	o.trans_bits = 14;
	o.iterations = 20;
	o.beam = beam;
	assert_int_equal(at_parser_train(gold, NULL, path, &o, err, sizeof err), 0);
	at_parser *p = at_parser_load(path, err, sizeof err);
	assert_non_null(p);
	at_doc *doc = at_conllu_read(tiny_treebank, strlen(tiny_treebank), "tiny", err, sizeof err);
	clear_parse(doc);
	assert_int_equal(at_parser_parse(p, doc), 0);
	for (size_t i = 0; i < doc->nwords; i++) {
		assert_int_equal(doc->words[i].head, gold->words[i].head);
		assert_string_equal(at_deprel_names[doc->words[i].deprel],
				    at_deprel_names[gold->words[i].deprel]);
	}
	at_parser_free(p);
	at_doc_free(doc);
	at_doc_free(gold);
	remove(path);
}

static void training_reproduces_a_tiny_treebank(void **state)
{
	(void)state;
	train_and_reproduce(1);
}

static void beam_training_reproduces_a_tiny_treebank(void **state)
{
	(void)state;
	train_and_reproduce(4);
}

static void wrong_model_kind_is_refused(void **state)
{
	(void)state;
	char err[256];
	assert_null(at_parser_load("tests/no-such-parser.atm", err, sizeof err));
	assert_non_null(strstr(err, "no-such-parser.atm"));
}

/* Parses EWT dev (gold words and tags) with the shipped model: every
 * sentence is a tree, and the CoNLL-U written reads back identically. */
static void shipped_model_parses_dev_into_trees(void **state)
{
	(void)state;
	char dev_path[1024], err[512];
	if (!test_shared_path("data/corpora/UD_English-EWT/en_ewt-ud-dev.conllu.zst", dev_path, sizeof dev_path))
		return;
	at_parser *p = at_parser_load("models/parser.atm", err, sizeof err);
	if (!p) {
		fprintf(stderr, "skipped: %s\n", err);
		return;
	}
	size_t len;
	char *data = at_read_file(dev_path, &len, err, sizeof err);
	assert_non_null(data);
	at_doc *doc = at_conllu_read(data, len, dev_path, err, sizeof err);
	free(data);
	assert_non_null(doc);
	clear_parse(doc);
	assert_int_equal(at_parser_parse(p, doc), 0);
	assert_doc_trees(doc);

	at_buf first, second;
	at_buf_init(&first);
	at_buf_init(&second);
	at_conllu_write(doc, &first);
	at_doc *back = at_conllu_read(first.data, first.len, dev_path, err, sizeof err);
	assert_non_null(back);
	assert_int_equal(back->nwords, doc->nwords);
	for (size_t i = 0; i < doc->nwords; i++) {
		assert_int_equal(back->words[i].head, doc->words[i].head);
		assert_int_equal(back->words[i].deprel, doc->words[i].deprel);
	}
	at_conllu_write(back, &second);
	assert_string_equal(first.data, second.data);
	at_buf_free(&first);
	at_buf_free(&second);
	at_doc_free(back);
	at_doc_free(doc);
	at_parser_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(random_actions_always_end_in_a_tree),
		cmocka_unit_test(training_reproduces_a_tiny_treebank),
		cmocka_unit_test(beam_training_reproduces_a_tiny_treebank),
		cmocka_unit_test(wrong_model_kind_is_refused),
		cmocka_unit_test(shipped_model_parses_dev_into_trees),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
