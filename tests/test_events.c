/* Event coding on gold trees: the codebook, the verb dictionary compiler,
 * the tree matcher (subjects, objects, passives, coordination, negation,
 * intention) and the event record. */
#include "helpers.h"

#include "core/buf.h"
#include "core/doc.h"
#include "events/codebook.h"
#include "events/events.h"
#include "events/verbdict.h"
#include "core/modelfile.h"
#include "core/tags.h"
#include "text/conllu.h"

/* A small dictionary in PETRARCH2's format. */
static const char test_verbs[] =
	"&TIETYPES_\n+DIPLOMATIC\n+ECONOMIC\n\n"
	"---  MEET  [040]  ---\n"
	"MEET {MEETS MET MEETING}\n\n"
	"---  ATTACK  [190]  ---\n"
	"ATTACK\n\n"
	"---  RESTORE  [---]  ---\n"
	"RESTORE\n"
	"- * {&TIETYPES TIES}       [064]   # RESTORE\n"
	"- * AID                    [---]   # a pattern that codes nothing\n\n"
	"---  CANCEL  [160]  ---\n"
	"+CALL_OFF {+CALLED_OFF +CALLS_OFF +CALLING_OFF}\n\n"
	"---  WANT  [---]  ---\n"
	"WANT\n\n"
	"---  RECEIVE  [---]  ---\n"
	"RECEIVE\n"
	"- + * MONEY $              [071]\n\n"
	"---  TAKE  [---]  ---\n"
	"TAKE {TOOK TAKEN TAKING}\n"
	"- * ACTION                 [171]\n\n"
	"---  APPEAL  [020]  ---\n"
	"APPEAL\n"
	"- * (FOR AID)              [023]\n\n"
	"---  DEPORT  [174]  ---\n"
	"DEPORT\n\n"
	"---  CRITICIZE  [111]  ---\n"
	"CRITICIZE\n\n"
	"---  SEEK  [030]  ---\n"
	"SEEK\n";

static char dict_path[64];

static int setup(void **state)
{
	(void)state;
	char src[] = "build/asan/tests/verbs-XXXXXX";
	int fd = mkstemp(src);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, test_verbs, sizeof test_verbs - 1), (ssize_t)(sizeof test_verbs - 1));
	close(fd);
	snprintf(dict_path, sizeof dict_path, "%s.atm", src);
	char err[256];
	const char *paths[] = {src};
	int rc = at_verb_dict_compile(paths, 1, dict_path, err, sizeof err);
	unlink(src);
	if (rc != 0)
		fprintf(stderr, "%s\n", err);
	return rc;
}

static int teardown(void **state)
{
	(void)state;
	unlink(dict_path);
	return 0;
}

/* One sentence as CoNLL-U rows "form lemma upos head deprel", with the
 * named words (1-based) made actor mentions with codes. */
typedef struct actor_at {
	int word;
	const char *code;
} actor_at;

static at_doc *gold_doc(const char *rows, const actor_at *actors)
{
	at_buf conllu;
	at_buf_init(&conllu);
	int id = 1;
	char form[64], lemma[64], upos[16], rel[32];
	int head, used;
	for (const char *p = rows; sscanf(p, "%63s %63s %15s %d %31s%n", form, lemma, upos, &head, rel, &used) == 5;
	     p += used) {
		at_buf_printf(&conllu, "%d\t%s\t%s\t%s\t_\t_\t%d\t%s\t_\t_\n", id++, form, lemma, upos, head, rel);
		while (p[used] == ' ' || p[used] == '\n')
			used++;
	}
	at_buf_putc(&conllu, '\n');
	char err[256];
	at_doc *doc = at_conllu_read(conllu.data, conllu.len, "gold", err, sizeof err);
	at_buf_free(&conllu);
	assert_non_null(doc);
	size_t n = 0;
	while (actors[n].code)
		n++;
	doc->mentions = AT_NEW_N(doc->arena, at_mention, n + 1);
	for (size_t i = 0; i < n; i++) {
		at_mention *m = &doc->mentions[i];
		const at_word *w = &doc->words[actors[i].word - 1];
		m->start = w->start;
		m->end = w->end;
		m->sent = 0;
		m->word_first = m->word_last = m->head = (uint32_t)actors[i].word - 1;
		m->entity = -1;
		m->code = actors[i].code;
	}
	doc->nmentions = n;
	return doc;
}

static at_verb_dict *load_dict(void)
{
	char err[256];
	at_verb_dict *d = at_verb_dict_load(dict_path, err, sizeof err);
	if (!d)
		fprintf(stderr, "%s\n", err);
	assert_non_null(d);
	return d;
}

static void assert_event(const at_doc *doc, size_t i, const char *code, const char *src, const char *tgt)
{
	assert_true(i < doc->nevents);
	const at_event *e = &doc->events[i];
	assert_string_equal(e->code, code);
	assert_string_equal(e->source_code, src);
	if (tgt)
		assert_string_equal(e->target_code, tgt);
	else
		assert_null(e->target_code);
}

/* Codes doc, frees it and returns how many events it had. */
static size_t coded_count(const at_verb_dict *d, at_doc *doc)
{
	assert_int_equal(at_events_code(d, doc, 0), 0);
	size_t n = doc->nevents;
	at_doc_free(doc);
	return n;
}

/* How many events the coder finds in a hand-built sentence. */
static size_t events_in(const at_verb_dict *d, const char *rows, const actor_at *actors)
{
	return coded_count(d, gold_doc(rows, actors));
}

/* The one event the coder finds in a hand-built sentence; returns its
 * modality. */
static int assert_one_event(const at_verb_dict *d, const char *rows, const actor_at *actors,
			    const char *code, const char *src, const char *tgt)
{
	at_doc *doc = gold_doc(rows, actors);
	assert_int_equal(at_events_code(d, doc, 0), 0);
	assert_int_equal(doc->nevents, 1);
	assert_event(doc, 0, code, src, tgt);
	int modality = doc->events[0].modality;
	at_doc_free(doc);
	return modality;
}

/* rows code nothing by default and, with negated events kept, only negated
 * ones; returns that document (the caller frees it). */
static at_doc *coded_negated_only(const at_verb_dict *d, const char *rows, const actor_at *actors)
{
	at_doc *doc = gold_doc(rows, actors);
	assert_int_equal(at_events_code(d, doc, 0), 0);
	assert_int_equal(doc->nevents, 0);
	assert_int_equal(at_events_code(d, doc, 1), 0);
	assert_true(doc->nevents >= 1);
	for (size_t i = 0; i < doc->nevents; i++)
		assert_true(doc->events[i].negated);
	return doc;
}

/* Compiles texts, in order, into a dictionary at out. */
static void compile_texts(const char *const *texts, size_t n, const char *out)
{
	char paths[4][64];
	const char *names[4];
	assert_true(n <= 4);
	for (size_t i = 0; i < n; i++) {
		snprintf(paths[i], sizeof paths[i], "build/asan/tests/verbs-XXXXXX");
		int fd = mkstemp(paths[i]);
		assert_true(fd >= 0);
		size_t len = strlen(texts[i]);
		assert_int_equal(write(fd, texts[i], len), (ssize_t)len);
		close(fd);
		names[i] = paths[i];
	}
	char err[256];
	int rc = at_verb_dict_compile(names, n, out, err, sizeof err);
	for (size_t i = 0; i < n; i++)
		unlink(paths[i]);
	if (rc != 0)
		fprintf(stderr, "%s\n", err);
	assert_int_equal(rc, 0);
}

static void codebook_follows_icews_and_gdelt_quads(void **state)
{
	(void)state;
	const at_cameo_code *c = at_codebook_find("016");
	assert_non_null(c);
	assert_true(c->goldstein == -5.0);  /* ICEWS, not Phoenix's +3.4 */
	assert_int_equal(at_codebook_find("042")->quad, 1);
	assert_string_equal(at_codebook_find("042")->plover, "CONSULT");
	assert_int_equal(at_codebook_find("061")->quad, 2);
	assert_int_equal(at_codebook_find("111")->quad, 3);
	assert_int_equal(at_codebook_find("190")->quad, 4);
	assert_null(at_codebook_find("999"));
	for (size_t i = 1; i < at_codebook_size; i++)
		assert_true(strcmp(at_codebook[i - 1].code, at_codebook[i].code) < 0);
}

static void compiled_dictionary_has_forms_and_particles(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	size_t n = 0;
	const at_vd_verb *v = at_vd_lookup(d, "met", &n);
	assert_int_equal(n, 1);
	assert_string_equal(v->code, "040");
	v = at_vd_lookup(d, "attacked", &n);
	assert_int_equal(n, 1);
	v = at_vd_lookup(d, "called", &n);
	assert_int_equal(n, 1);
	assert_string_equal(d->strings + v->after, "off");
	assert_null(at_vd_lookup(d, "walked", &n));
	at_verb_dict_free(d);
}

static void subject_verb_object(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at actors[] = {{1, "ARN"}, {3, "GON"}, {0, NULL}};
	at_doc *doc = gold_doc("Arnor Arnor PROPN 2 nsubj met meet VERB 0 root Gondor Gondor PROPN 2 obj "
			       ". . PUNCT 2 punct", actors);
	assert_int_equal(at_events_code(d, doc, 0), 0);
	assert_int_equal(doc->nevents, 1);
	assert_event(doc, 0, "040", "ARN", "GON");
	assert_int_equal(doc->events[0].modality, AT_MOD_ASSERTED);
	at_doc_free(doc);
	at_verb_dict_free(d);
}

static void negation_drops_unless_kept(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at actors[] = {{1, "ARN"}, {5, "GON"}, {0, NULL}};
	const char *rows = "Arnor Arnor PROPN 4 nsubj did do AUX 4 aux not not PART 4 advmod "
			   "meet meet VERB 0 root Gondor Gondor PROPN 4 obj";
	at_doc *doc = coded_negated_only(d, rows, actors);
	assert_int_equal(doc->nevents, 1);
	at_doc_free(doc);
	at_verb_dict_free(d);
}

/* "refused to meet", "failed to meet", "was unable to meet": the meeting
 * did not happen. */
static void refused_and_failed_acts_are_negated(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	static const char *const governors[] = {"refused refuse", "failed fail", "declined decline"};
	for (size_t k = 0; k < 3; k++) {
		char rows[512];
		snprintf(rows, sizeof rows,
			 "Arnor Arnor PROPN 2 nsubj %s VERB 0 root to to PART 4 mark meet meet VERB 2 xcomp "
			 "Gondor Gondor PROPN 4 obj", governors[k]);
		at_doc_free(coded_negated_only(d, rows, (const actor_at[]){{1, "ARN"}, {5, "GON"}, {0, NULL}}));
	}
	/* "Arnor was unable to meet Gondor" */
	at_doc_free(coded_negated_only(d, "Arnor Arnor PROPN 3 nsubj was be AUX 3 cop unable unable ADJ 0 root "
					  "to to PART 5 mark meet meet VERB 3 xcomp Gondor Gondor PROPN 5 obj",
				       (const actor_at[]){{1, "ARN"}, {6, "GON"}, {0, NULL}}));
	at_verb_dict_free(d);
}

/* What someone denies did not happen as far as the text asserts: "Arnor
 * denied that Rohan attacked Gondor", "denied reports that ...". */
static void denied_clauses_are_negated(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const char *rows[] = {
		"Arnor Arnor PROPN 2 nsubj denied deny VERB 0 root that that SCONJ 5 mark "
		"Rohan Rohan PROPN 5 nsubj attacked attack VERB 2 ccomp Gondor Gondor PROPN 5 obj",
		"Arnor Arnor PROPN 2 nsubj denied deny VERB 0 root reports report NOUN 2 obj that that SCONJ 6 mark "
		"Rohan Rohan PROPN 6 nsubj attacked attack VERB 3 acl Gondor Gondor PROPN 6 obj",
	};
	const actor_at actors[][4] = {{{1, "ARN"}, {4, "ROH"}, {6, "GON"}, {0, NULL}},
				     {{1, "ARN"}, {5, "ROH"}, {7, "GON"}, {0, NULL}}};
	for (size_t k = 0; k < 2; k++) {
		at_doc *doc = coded_negated_only(d, rows[k], actors[k]);
		assert_int_equal(doc->nevents, 1);
		assert_event(doc, 0, "190", "ROH", "GON");
		at_doc_free(doc);
	}
	at_verb_dict_free(d);
}

static void passive_with_agent(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at actors[] = {{1, "GON"}, {5, "ARN"}, {0, NULL}};
	assert_one_event(d, "Gondor Gondor PROPN 3 nsubj:pass was be AUX 3 aux:pass attacked attack VERB 0 root "
			 "by by ADP 5 case Arnor Arnor PROPN 3 obl:agent", actors,
			 "190", "ARN", "GON");
	at_verb_dict_free(d);
}

static void coordinated_subjects_expand(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at actors[] = {{1, "ARN"}, {3, "OSG"}, {5, "GON"}, {0, NULL}};
	at_doc *doc = gold_doc("Arnor Arnor PROPN 4 nsubj and and CCONJ 3 cc Osgiliath Osgiliath PROPN 1 conj "
			       "attacked attack VERB 0 root Gondor Gondor PROPN 4 obj", actors);
	assert_int_equal(at_events_code(d, doc, 0), 0);
	assert_int_equal(doc->nevents, 2);
	assert_event(doc, 0, "190", "ARN", "GON");
	assert_event(doc, 1, "190", "OSG", "GON");
	at_doc_free(doc);
	at_verb_dict_free(d);
}

/* Two subjects with no target do it to each other only when the object is
 * between them: "attacked each other", not "attacked shipping". */
static void joint_subjects_act_on_each_other_only_through_their_object(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at actors[] = {{1, "ARN"}, {3, "OSG"}, {0, NULL}};
	assert_int_equal(events_in(d, "Arnor Arnor PROPN 4 nsubj and and CCONJ 3 cc Osgiliath Osgiliath PROPN 1 conj "
				   "attacked attack VERB 0 root shipping shipping NOUN 4 obj", actors), 0);
	at_doc *doc = gold_doc("Arnor Arnor PROPN 4 nsubj and and CCONJ 3 cc Osgiliath Osgiliath PROPN 1 conj "
			       "attacked attack VERB 0 root each each DET 6 det other other ADJ 4 obj", actors);
	assert_int_equal(at_events_code(d, doc, 0), 0);
	assert_int_equal(doc->nevents, 2);
	assert_event(doc, 0, "190", "ARN", "OSG");
	assert_event(doc, 1, "190", "OSG", "ARN");
	at_doc_free(doc);
	at_verb_dict_free(d);
}

/* "the meetings of the IMF and the World Bank" are the two organisations'
 * own; "the meetings of Arnor and Gondor" are between the two. */
static void organisations_own_meetings_are_no_talks_between_them(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const char *rows = "meetings meeting NOUN 0 root of of ADP 3 case Lorien Lorien PROPN 1 nmod "
			   "and and CCONJ 5 cc Erebor Erebor PROPN 3 conj";
	const actor_at organisations[] = {{3, "IGOLOR"}, {5, "IGOERE"}, {0, NULL}};
	const actor_at countries[] = {{3, "LOR"}, {5, "ERE"}, {0, NULL}};
	assert_int_equal(events_in(d, rows, organisations), 0);
	assert_int_equal(events_in(d, rows, countries), 2);
	at_verb_dict_free(d);
}

/* "a Rohan attack on Gondor": the name modifying a noun of force is who
 * uses it, and under "the risk of" it may not happen; "Rohan sanctions"
 * name their target, not who imposes them. */
static void the_modifier_of_a_noun_of_force_uses_it(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at attack[] = {{2, "ROH"}, {5, "GON"}, {0, NULL}};
	assert_one_event(d, "a a DET 3 det Rohan Rohan PROPN 3 amod attack attack NOUN 0 root "
			    "on on ADP 5 case Gondor Gondor PROPN 3 nmod", attack, "190", "ROH", "GON");
	const actor_at risk[] = {{4, "ROH"}, {7, "GON"}, {0, NULL}};
	int modality = assert_one_event(d, "risk risk NOUN 0 root of of ADP 5 case a a DET 5 det "
					   "Rohan Rohan PROPN 5 amod attack attack NOUN 1 nmod "
					   "on on ADP 7 case Gondor Gondor PROPN 5 nmod", risk, "190", "ROH", "GON");
	assert_int_equal(modality, AT_MOD_HYPOTHETICAL);
	const actor_at sanctions[] = {{1, "ROH"}, {0, NULL}};
	assert_int_equal(events_in(d, "Rohan Rohan PROPN 2 compound sanctions sanction NOUN 0 root", sanctions), 0);
	at_verb_dict_free(d);
}

/* "the Gondor dollar", "the Gondor economy": whose money, not who. */
static void a_name_modifying_money_is_no_party(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at actors[] = {{1, "ARN"}, {4, "GON"}, {0, NULL}};
	assert_int_equal(events_in(d, "Arnor Arnor PROPN 2 nsubj criticized criticize VERB 0 root the the DET 5 det "
				   "Gondor Gondor PROPN 5 compound dollar dollar NOUN 2 obj", actors), 0);
	assert_int_equal(events_in(d, "Arnor Arnor PROPN 2 nsubj criticized criticize VERB 0 root the the DET 5 det "
				   "Gondor Gondor PROPN 5 compound government government NOUN 2 obj", actors), 1);
	/* "47 mln U.S. Dlrs" parsed as a name of two words: the word after
	 * the name still says it is money */
	const actor_at misparsed[] = {{1, "ARN"}, {5, "GON"}, {0, NULL}};
	assert_int_equal(events_in(d, "Arnor Arnor PROPN 2 nsubj criticized criticize VERB 0 root five five NUM 4 nummod "
				   "mln mln NOUN 2 obj Gondor Gondor PROPN 4 appos Dlrs Dlrs PROPN 5 flat", misparsed), 0);
	assert_int_equal(events_in(d, "Arnor Arnor PROPN 2 nsubj criticized criticize VERB 0 root five five NUM 4 nummod "
				   "mln mln NOUN 2 obj Gondor Gondor PROPN 4 appos Gate Gate PROPN 5 flat", misparsed), 1);
	at_verb_dict_free(d);
}

/* "MORDOR, May 12 - Gondor criticized Arnor": the place in capitals before
 * the dateline's date is where the report was filed, even when parsed as a
 * subject; a name in mixed case there is not a dateline's. */
static size_t events_after(const at_verb_dict *d, const char *first_word)
{
	char rows[512];
	snprintf(rows, sizeof rows, "%s %s PROPN 7 nsubj , , PUNCT 1 punct May May PROPN 7 obl 12 12 NUM 3 nummod "
		 "- - PUNCT 3 punct Gondor Gondor PROPN 7 nsubj criticized criticize VERB 0 root "
		 "Arnor Arnor PROPN 7 obj", first_word, first_word);
	const actor_at actors[] = {{1, "MOR"}, {6, "GON"}, {8, "ARN"}, {0, NULL}};
	at_doc *doc = gold_doc(rows, actors);
	doc->timexes = AT_NEW_N(doc->arena, at_timex, 1);
	assert_non_null(doc->timexes);
	doc->timexes[0] = (at_timex){.start = doc->words[2].start, .end = doc->words[3].end, .word_first = 2,
				     .word_last = 3, .type = AT_TIMEX_DATE, .precision = AT_PREC_DAY, .value = "2022-05-12"};
	doc->ntimexes = 1;
	doc->dateline_timex = 0;
	assert_int_equal(at_events_code(d, doc, 0), 0);
	size_t n = doc->nevents;
	for (size_t i = 0; i < n; i++)
		assert_string_equal(doc->events[i].target_code, "ARN");
	at_doc_free(doc);
	return n;
}

static void the_dateline_place_is_no_party(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	assert_int_equal(events_after(d, "MORDOR"), 1);
	assert_int_equal(events_after(d, "Mordor"), 2);
	at_verb_dict_free(d);
}

/* "Arnor met in the court": an institution a common noun names, in a
 * phrase of place, is where; with another preposition, or named by the
 * dictionary, it is a party. */
static size_t events_at_court(const at_verb_dict *d, const char *prep, uint8_t how)
{
	char rows[256];
	snprintf(rows, sizeof rows, "Arnor Arnor PROPN 2 nsubj met meet VERB 0 root %s %s ADP 5 case "
		 "the the DET 5 det court court NOUN 2 obl", prep, prep);
	const actor_at actors[] = {{1, "ARN"}, {5, "GONJUD"}, {0, NULL}};
	at_doc *doc = gold_doc(rows, actors);
	doc->mentions[1].how = how;
	return coded_count(d, doc);
}

static void an_institution_in_a_phrase_of_place_is_no_party(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	assert_int_equal(events_at_court(d, "in", AT_HOW_AGENT), 0);
	assert_int_equal(events_at_court(d, "outside", AT_HOW_COUNTRY), 0);
	assert_true(events_at_court(d, "with", AT_HOW_AGENT) > 0);
	assert_true(events_at_court(d, "in", AT_HOW_DICT) > 0);
	at_verb_dict_free(d);
}

/* "The report in Arnor criticized Gondor": a place after "in" inside the
 * subject is where the subject is, not who acts; a name that is no place
 * there still acts ("a Republican in the Arnor council"). */
static size_t events_with_subject_in(const at_verb_dict *d, uint8_t how)
{
	const actor_at actors[] = {{4, "ARN"}, {6, "GON"}, {0, NULL}};
	at_doc *doc = gold_doc("The the DET 2 det report report NOUN 5 nsubj in in ADP 4 case Arnor Arnor PROPN 2 nmod "
			       "criticized criticize VERB 0 root Gondor Gondor PROPN 5 obj", actors);
	doc->mentions[0].how = how;
	return coded_count(d, doc);
}

static void a_place_in_the_subjects_phrase_is_not_its_doer(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	assert_int_equal(events_with_subject_in(d, AT_HOW_PLACE), 0);
	assert_int_equal(events_with_subject_in(d, AT_HOW_DICT), 1);
	at_verb_dict_free(d);
}

/* "An attack on a Gondor port damaged an Arnor ship": the one an act is
 * done to is no doer of what the act's noun, as subject, does; a member
 * is ("a member on the Gondor council criticized Arnor"). */
static void the_one_an_act_is_done_to_is_no_subject(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at actors[] = {{5, "GON"}, {8, "ARN"}, {0, NULL}};
	assert_int_equal(events_in(d, "An a DET 2 det attack attack NOUN 7 nsubj on on ADP 6 case a a DET 6 det "
				   "Gondor Gondor PROPN 6 compound port port NOUN 2 nmod criticized criticize VERB 0 root "
				   "Arnor Arnor PROPN 7 obj", actors), 0);
	assert_int_equal(events_in(d, "A a DET 2 det member member NOUN 7 nsubj on on ADP 6 case the the DET 6 det "
				   "Gondor Gondor PROPN 6 compound council council NOUN 2 nmod criticized criticize VERB 0 root "
				   "Arnor Arnor PROPN 7 obj", actors), 1);
	at_verb_dict_free(d);
}

/* Events of a sentence whose word w (1-based) has the Penn tag xpos. */
static size_t events_with_xpos(const at_verb_dict *d, const char *rows, const actor_at *actors, int w,
			       const char *xpos)
{
	at_doc *doc = gold_doc(rows, actors);
	doc->words[w - 1].xpos = (uint8_t)at_xpos_id(xpos);
	return coded_count(d, doc);
}

/* "A Gondor envoy criticized for the Arnor deal was found dead": the noun
 * a past participle modifies is what was done to, never its doer; a past
 * tense the parser hung the same way ("Gondor envoys criticized Arnor")
 * keeps it. */
static void a_past_participle_does_not_act_for_its_noun(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at actors[] = {{2, "GON"}, {7, "ARN"}, {0, NULL}};
	const char *rows = "A a DET 3 det Gondor Gondor PROPN 3 compound envoy envoy NOUN 9 nsubj:pass "
			   "criticized criticize VERB 3 acl for for ADP 7 case the the DET 7 det Arnor Arnor PROPN 4 obl "
			   "was be AUX 9 aux:pass found find VERB 0 root";
	assert_int_equal(events_with_xpos(d, rows, actors, 4, "VBD"), 1);
	assert_int_equal(events_with_xpos(d, rows, actors, 4, "VBN"), 0);
	at_verb_dict_free(d);
}

/* An object is a nominal: a word there tagged as a verb ("extradite
 * suspects" with "suspects" a verb) is a tagging error, not a predicate. */
static void an_object_is_no_predicate(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at actors[] = {{1, "ARN"}, {3, "GON"}, {7, "ROH"}, {0, NULL}};
	assert_int_equal(events_in(d, "Arnor Arnor PROPN 2 nsubj saw see VERB 0 root Gondor Gondor PROPN 2 obj "
				   "extradite extradite VERB 2 xcomp attackers attack VERB 4 obj "
				   "to to ADP 7 case Rohan Rohan PROPN 5 nmod", actors), 0);
	at_verb_dict_free(d);
}

/* One meets a demand by satisfying it: no meeting with its owner. */
static void meeting_a_demand_is_no_meeting(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at actors[] = {{1, "ARN"}, {3, "GON"}, {0, NULL}};
	assert_int_equal(events_in(d, "Arnor Arnor PROPN 2 nsubj met meet VERB 0 root Gondor Gondor PROPN 4 nmod:poss "
				   "demands demand NOUN 2 obj", actors), 0);
	at_doc *doc = gold_doc("Arnor Arnor PROPN 2 nsubj met meet VERB 0 root envoys envoy NOUN 2 obj "
			       "from from ADP 5 case Gondor Gondor PROPN 3 nmod", actors);
	doc->mentions[1].word_first = doc->mentions[1].word_last = doc->mentions[1].head = 4;
	doc->mentions[1].start = doc->words[4].start;
	doc->mentions[1].end = doc->words[4].end;
	assert_int_equal(at_events_code(d, doc, 0), 0);
	assert_int_equal(doc->nevents, 1);
	assert_event(doc, 0, "040", "ARN", "GON");
	at_doc_free(doc);
	at_verb_dict_free(d);
}

static void pattern_with_synset_and_preposition(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at actors[] = {{1, "ARN"}, {6, "GON"}, {0, NULL}};
	assert_one_event(d, "Arnor Arnor PROPN 2 nsubj restored restore VERB 0 root diplomatic diplomatic ADJ 4 amod "
			 "ties tie NOUN 2 obj with with ADP 6 case Gondor Gondor PROPN 4 nmod", actors,
			 "064", "ARN", "GON");
	/* the verb codes nothing by itself: no fallback code */
	const actor_at actors2[] = {{1, "ARN"}, {3, "GON"}, {0, NULL}};
	assert_int_equal(events_in(d, "Arnor Arnor PROPN 2 nsubj restored restore VERB 0 root Gondor Gondor PROPN 2 obj", actors2), 0);
	at_verb_dict_free(d);
}

static void intention_and_future(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at actors[] = {{1, "ARN"}, {5, "GON"}, {0, NULL}};
	assert_int_equal(assert_one_event(d, "Arnor Arnor PROPN 2 nsubj wants want VERB 0 root to to PART 4 mark "
					     "meet meet VERB 2 xcomp Gondor Gondor PROPN 4 obj",
					  actors, "036", "ARN", "GON"),
			 AT_MOD_FUTURE);
	const actor_at actors2[] = {{1, "ARN"}, {4, "GON"}, {0, NULL}};
	assert_int_equal(assert_one_event(d, "Arnor Arnor PROPN 3 nsubj will will AUX 3 aux meet meet VERB 0 root "
					     "Gondor Gondor PROPN 3 obj",
					  actors2, "040", "ARN", "GON"),
			 AT_MOD_FUTURE);
	/* a headline: "Arnor to meet Gondor"; an infinitive under a verb is
	 * not one ("Arnor wants to meet" is intent, above) */
	assert_int_equal(assert_one_event(d, "Arnor Arnor PROPN 3 nsubj to to PART 3 mark meet meet VERB 0 root "
					     "Gondor Gondor PROPN 3 obj",
					  actors2, "040", "ARN", "GON"),
			 AT_MOD_FUTURE);
	at_verb_dict_free(d);
}

/* "Arnor wants Gondor to meet Mordor": Arnor asks Gondor to meet (026),
 * also through "wants to see Gondor meet"; what Gondor may do is not
 * Gondor's intention. An intention whose act codes nothing is nothing:
 * SEEK's own 030 would take the act's target for its own. */
static void a_wish_for_another_is_an_appeal(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at actors[] = {{1, "ARN"}, {3, "GON"}, {6, "MOR"}, {0, NULL}};
	assert_int_equal(assert_one_event(d, "Arnor Arnor PROPN 2 nsubj wants want VERB 0 root Gondor Gondor PROPN 2 obj "
					     "to to PART 5 mark meet meet VERB 2 xcomp Mordor Mordor PROPN 5 obj",
					  actors, "026", "ARN", "GON"),
			 AT_MOD_FUTURE);
	assert_one_event(d, "Arnor Arnor PROPN 2 nsubj wants want VERB 0 root to to PART 4 mark see see VERB 2 xcomp "
			 "Gondor Gondor PROPN 4 obj meet meet VERB 4 xcomp Mordor Mordor PROPN 6 obj",
			 (const actor_at[]){{1, "ARN"}, {5, "GON"}, {7, "MOR"}, {0, NULL}},
			 "026", "ARN", "GON");
	assert_int_equal(events_in(d, "Arnor Arnor PROPN 2 nsubj seeks seek VERB 0 root to to PART 4 mark "
				   "enter enter VERB 2 xcomp Gondor Gondor PROPN 4 obj",
				   (const actor_at[]){{1, "ARN"}, {5, "GON"}, {0, NULL}}), 0);
	at_verb_dict_free(d);
}

/* Who the verb is done to is in its own phrase: not past a colon ("a
 * theme: ... ties with Gondor"), not a name hyphened to a noun ("the
 * Gondor-era policy": an era, not Gondor). */
static void target_is_in_the_verbs_own_phrase(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	assert_int_equal(events_in(d, "Arnor Arnor PROPN 2 nsubj criticized criticize VERB 0 root the the DET 4 det "
				   "plan plan NOUN 2 obj : : PUNCT 6 punct ties tie NOUN 4 appos with with ADP 8 case "
				   "Gondor Gondor PROPN 6 nmod",
				   (const actor_at[]){{1, "ARN"}, {8, "GON"}, {0, NULL}}), 0);
	assert_int_equal(events_in(d, "Arnor Arnor PROPN 2 nsubj criticized criticize VERB 0 root the the DET 7 det "
				   "Gondor Gondor PROPN 6 compound - - PUNCT 4 punct era era NOUN 7 compound "
				   "policy policy NOUN 2 obj",
				   (const actor_at[]){{1, "ARN"}, {4, "GON"}, {0, NULL}}), 0);
	at_verb_dict_free(d);
}

/* "Arnor criticized the memos sent by Gondor": the by-phrase of a
 * participle in the object is as much the verb's phrase as any other, by
 * whatever name the parser gives it (obl or obl:agent). */
static void target_in_the_agent_of_a_participle(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at actors[] = {{1, "ARN"}, {7, "GON"}, {0, NULL}};
	const char *rows[] = {"obl", "obl:agent"};
	for (size_t i = 0; i < 2; i++) {
		char sentence[512];
		snprintf(sentence, sizeof sentence,
			 "Arnor Arnor PROPN 2 nsubj criticized criticize VERB 0 root the the DET 4 det "
			 "memos memo NOUN 2 obj sent send VERB 4 acl by by ADP 7 case Gondor Gondor PROPN 5 %s",
			 rows[i]);
		assert_one_event(d, sentence, actors, "111", "ARN", "GON");
	}
	at_verb_dict_free(d);
}

/* "Arnor is joining Rohan in Gondor for talks": being in a place of
 * another country for talks is visiting it (042); Rohan, in the same
 * place, is no host. */
static void there_for_talks_is_a_visit(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	at_doc *doc = gold_doc("Arnor Arnor PROPN 3 nsubj is be AUX 3 aux joining join VERB 0 root "
			       "Rohan Rohan PROPN 3 obj in in ADP 6 case Gondor Gondor PROPN 3 obl "
			       "for for ADP 8 case talks talk NOUN 3 obl",
			       (const actor_at[]){{1, "ARN"}, {4, "ROH"}, {6, "GON"}, {0, NULL}});
	doc->mentions[2].how = AT_HOW_PLACE;
	assert_int_equal(at_events_code(d, doc, 0), 0);
	assert_int_equal(doc->nevents, 1);
	assert_event(doc, 0, "042", "ARN", "GON");
	at_doc_free(doc);
	/* the same, with "for talks" hung on the place, as parsers often do */
	doc = gold_doc("Arnor Arnor PROPN 3 nsubj is be AUX 3 aux joining join VERB 0 root "
		       "Rohan Rohan PROPN 3 obj in in ADP 6 case Gondor Gondor PROPN 3 obl "
		       "for for ADP 8 case talks talk NOUN 6 nmod",
		       (const actor_at[]){{1, "ARN"}, {4, "ROH"}, {6, "GON"}, {0, NULL}});
	doc->mentions[2].how = AT_HOW_PLACE;
	assert_int_equal(at_events_code(d, doc, 0), 0);
	assert_int_equal(doc->nevents, 1);
	assert_event(doc, 0, "042", "ARN", "GON");
	at_doc_free(doc);
	/* "Arnor is in Gondor for talks with Rohan": the place is the
	 * predicate; the talks, a purpose, are an event of their own */
	doc = gold_doc("Arnor Arnor PROPN 4 nsubj is be AUX 4 cop in in ADP 4 case Gondor Gondor PROPN 0 root "
		       "for for ADP 6 case talks talk NOUN 4 nmod with with ADP 8 case Rohan Rohan PROPN 6 nmod",
		       (const actor_at[]){{1, "ARN"}, {4, "GON"}, {8, "ROH"}, {0, NULL}});
	doc->mentions[1].how = AT_HOW_PLACE;
	assert_int_equal(at_events_code(d, doc, 0), 0);
	assert_int_equal(doc->nevents, 3);
	assert_event(doc, 0, "040", "ARN", "ROH");
	assert_event(doc, 1, "040", "ROH", "ARN");
	assert_event(doc, 2, "042", "ARN", "GON");
	at_doc_free(doc);
	at_verb_dict_free(d);
}

/* A later dictionary's explicit "[---]" takes the bare verb's code away
 * (attache's supplement does so for EXPRESS, whose CAMEO.2.0 code is 110);
 * the earlier dictionary's patterns still code. */
static void a_later_no_event_overrides(void **state)
{
	(void)state;
	const char *texts[] = {
		"---  CRITICIZE  [111]  ---\nCRITICIZE\n- * HARSHLY   [112]\n",
		"---  CRITICIZE  [---]  ---\nCRITICIZE\n",
	};
	char out[] = "build/asan/tests/override.atm";
	compile_texts(texts, 2, out);
	char err[256];
	at_verb_dict *d = at_verb_dict_load(out, err, sizeof err);
	assert_non_null(d);
	const actor_at actors[] = {{1, "ARN"}, {3, "GON"}, {0, NULL}};
	assert_int_equal(events_in(d, "Arnor Arnor PROPN 2 nsubj criticized criticize VERB 0 root Gondor Gondor PROPN 2 obj",
				   actors), 0);
	assert_one_event(d, "Arnor Arnor PROPN 2 nsubj criticized criticize VERB 0 root Gondor Gondor PROPN 2 obj "
			 "harshly harshly ADV 2 advmod", actors,
			 "112", "ARN", "GON");
	at_verb_dict_free(d);
	unlink(out);
}

static void particle_verb(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at actors[] = {{1, "ARN"}, {0, NULL}};
	assert_one_event(d, "Arnor Arnor PROPN 2 nsubj called call VERB 0 root off off ADP 2 compound:prt "
			 "talks talk NOUN 2 obj", actors,
			 "160", "ARN", NULL);
	at_verb_dict_free(d);
}

/* "Arnor took action", "Arnor stressed": nobody on the other end, no
 * event; an appeal for something is complete without an addressee. */
static void an_event_needs_a_target(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	assert_int_equal(events_in(d, "Arnor Arnor PROPN 2 nsubj took take VERB 0 root further further ADJ 4 amod "
				   "action action NOUN 2 obj", (const actor_at[]){{1, "ARN"}, {0, NULL}}), 0);
	at_doc *doc = gold_doc("Arnor Arnor PROPN 2 nsubj appealed appeal VERB 0 root for for ADP 4 case "
			       "aid aid NOUN 2 obl", (const actor_at[]){{1, "ARN"}, {0, NULL}});
	assert_int_equal(at_events_code(d, doc, 0), 0);
	assert_int_equal(doc->nevents, 1);
	assert_true(strncmp(doc->events[0].code, "02", 2) == 0 && strcmp(doc->events[0].code, "020") != 0);
	assert_null(doc->events[0].target_code);
	at_doc_free(doc);
	at_verb_dict_free(d);
}

/* Confidence follows what told right from wrong on judged wire news: a
 * meeting between named parties is trusted more than an appeal without an
 * addressee. */
static void confidence_ranks_a_meeting_above_an_appeal_to_nobody(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	at_doc *met = gold_doc("Arnor Arnor PROPN 2 nsubj met meet VERB 0 root Gondor Gondor PROPN 2 obj",
			       (const actor_at[]){{1, "ARN"}, {3, "GON"}, {0, NULL}});
	at_doc *appealed = gold_doc("Arnor Arnor PROPN 2 nsubj appealed appeal VERB 0 root for for ADP 4 case "
				    "aid aid NOUN 2 obl", (const actor_at[]){{1, "ARN"}, {0, NULL}});
	assert_int_equal(at_events_code(d, met, 0), 0);
	assert_int_equal(at_events_code(d, appealed, 0), 0);
	assert_true(met->nevents >= 1 && appealed->nevents == 1);
	assert_true(met->events[0].confidence >= 0.5f);
	assert_true(appealed->events[0].confidence < 0.5f);
	assert_true(met->events[0].confidence <= 1.0f && appealed->events[0].confidence >= 0.0f);
	at_doc_free(met);
	at_doc_free(appealed);
	at_verb_dict_free(d);
}

/* A country's own refugees are a party apart from it; its government is
 * not. */
static void own_refugees_are_a_target(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	assert_one_event(d, "Arnor Arnor PROPN 2 nsubj deported deport VERB 0 root refugees refugee NOUN 2 obj",
			 (const actor_at[]){{1, "ARN"}, {3, "ARNREF"}, {0, NULL}},
			 "174", "ARN", "ARNREF");
	assert_int_equal(events_in(d, "Arnor Arnor PROPN 2 nsubj criticized criticize VERB 0 root officials official NOUN 2 obj",
				   (const actor_at[]){{1, "ARN"}, {3, "ARNGOV"}, {0, NULL}}), 0);
	at_verb_dict_free(d);
}

/* "a meeting later between A and B", the phrase hung on the verb by the
 * parser: the partners right after the noun, past the time, are the
 * meeting's, coordination included. */
static void partners_after_a_time(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	at_doc *doc = gold_doc("officials official NOUN 2 nsubj spoke speak VERB 0 root before before ADP 5 case "
			       "a a DET 5 det meeting meeting NOUN 2 obl later later ADV 2 advmod "
			       "between between ADP 8 case Arnor Arnor PROPN 2 obl and and CCONJ 10 cc "
			       "Gondor Gondor PROPN 8 conj",
			       (const actor_at[]){{8, "ARN"}, {10, "GON"}, {0, NULL}});
	assert_int_equal(at_events_code(d, doc, 0), 0);
	assert_int_equal(doc->nevents, 2);
	assert_event(doc, 0, "040", "ARN", "GON");
	assert_event(doc, 1, "040", "GON", "ARN");
	at_doc_free(doc);
	at_verb_dict_free(d);
}

/* "the meeting with A and B": the listed partners meet someone the
 * sentence does not name, not one another. */
static void partners_listed_after_with_do_not_meet_each_other(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	at_doc *doc = gold_doc("The the DET 2 det meeting meeting NOUN 7 nsubj with with ADP 4 case "
			       "Arnor Arnor PROPN 2 nmod and and CCONJ 6 cc Gondor Gondor PROPN 4 conj "
			       "ended end VERB 0 root",
			       (const actor_at[]){{4, "ARN"}, {6, "GON"}, {0, NULL}});
	assert_int_equal(at_events_code(d, doc, 0), 0);
	for (size_t i = 0; i < doc->nevents; i++)
		assert_false(doc->events[i].source >= 0 && doc->events[i].target >= 0);
	at_doc_free(doc);
	at_verb_dict_free(d);
}

/* "Arnor, Rohan and Gondor attacked", parsed with Arnor as the object:
 * the names of one list are joint actors, not parties to one another. */
static void names_of_one_list_are_not_source_and_target(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	at_doc *doc = gold_doc("Arnor Arnor PROPN 6 obj , , PUNCT 3 punct Rohan Rohan PROPN 1 conj "
			       "and and CCONJ 5 cc Gondor Gondor PROPN 6 nsubj attacked attack VERB 0 root",
			       (const actor_at[]){{1, "ARN"}, {3, "ROH"}, {5, "GON"}, {0, NULL}});
	assert_int_equal(at_events_code(d, doc, 0), 0);
	assert_int_equal(doc->nevents, 0);
	at_doc_free(doc);
	at_verb_dict_free(d);
}

/* "The meeting was attended by officials from Arnor and Gondor": the
 * countries in the officials' phrase are theirs, not parties apart; a
 * clause on the officials has parties of its own. */
static void a_name_inside_a_partys_phrase_is_no_party_apart(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at inside[] = {{6, "ROHGOV"}, {8, "ARN"}, {10, "GON"}, {0, NULL}};
	assert_int_equal(events_in(d, "The the DET 2 det event event NOUN 4 nsubj:pass was be AUX 4 aux:pass "
				   "met meet VERB 0 root by by ADP 6 case officials official NOUN 4 obl:agent "
				   "from from ADP 8 case Arnor Arnor PROPN 6 nmod and and CCONJ 10 cc "
				   "Gondor Gondor PROPN 8 conj", inside), 0);
	const actor_at clause[] = {{6, "ROHGOV"}, {9, "ARN"}, {0, NULL}};
	assert_true(events_in(d, "The the DET 2 det event event NOUN 4 nsubj:pass was be AUX 4 aux:pass "
				 "met meet VERB 0 root by by ADP 6 case officials official NOUN 4 obl:agent "
				 "who who PRON 8 nsubj met meet VERB 6 acl:relcl Arnor Arnor PROPN 8 obj", clause) > 0);
	at_verb_dict_free(d);
}

/* Talks named by a noun are both parties' ("talks with Gondor"); the
 * verb's subject is the one partner. */
static void talks_with_come_out_both_ways(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	at_doc *doc = gold_doc("Arnor Arnor PROPN 2 nsubj turned turn VERB 0 root to to ADP 4 case "
			       "talks talk NOUN 2 obl with with ADP 6 case Gondor Gondor PROPN 4 nmod",
			       (const actor_at[]){{1, "ARN"}, {6, "GON"}, {0, NULL}});
	assert_int_equal(at_events_code(d, doc, 0), 0);
	assert_int_equal(doc->nevents, 2);
	assert_event(doc, 0, "040", "ARN", "GON");
	assert_event(doc, 1, "040", "GON", "ARN");
	at_doc_free(doc);
	at_verb_dict_free(d);
}

static void slot_markers_swap_source_and_target(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at actors[] = {{1, "GON"}, {5, "ARN"}, {0, NULL}};
	assert_one_event(d, "Gondor Gondor PROPN 2 nsubj received receive VERB 0 root money money NOUN 2 obj "
			 "from from ADP 5 case Arnor Arnor PROPN 2 obl", actors,
			 "071", "ARN", "GON");
	at_verb_dict_free(d);
}

static void record_fields_and_stable_ids(void **state)
{
	(void)state;
	at_verb_dict *d = load_dict();
	const actor_at actors[] = {{1, "ARN"}, {3, "GON"}, {0, NULL}};
	const char *rows = "Arnor Arnor PROPN 2 nsubj met meet VERB 0 root Gondor Gondor PROPN 2 obj";
	at_doc *doc = gold_doc(rows, actors);
	assert_int_equal(at_events_code(d, doc, 0), 0);
	at_events_assign_ids(doc);
	char first_id[13];
	memcpy(first_id, doc->events[0].id, sizeof first_id);
	assert_int_equal(strlen(first_id), 12);
	at_buf out;
	at_buf_init(&out);
	at_events_write_jsonl(doc, &out);
	const char *keys[] = {"{\"id\":\"", ",\"doc\":\"gold\"", ",\"sent\":0,\"sentence\":\"Arnor met Gondor\"",
			      ",\"code\":\"040\",\"root\":\"04\",\"quad\":1,\"goldstein\":1.0,\"plover\":\"CONSULT\"",
			      ",\"source\":{\"text\":\"Arnor\",\"code\":\"ARN\"}",
			      ",\"target\":{\"text\":\"Gondor\",\"code\":\"GON\"}", ",\"date\":null",
			      ",\"date_precision\":null", ",\"date_text\":null", ",\"location\":null",
			      ",\"modality\":\"asserted\"", ",\"confidence\":"};
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		if (!strstr(out.data, keys[i]))
			fail_msg("missing %s in %s", keys[i], out.data);
	assert_null(strstr(out.data, "negated"));
	at_buf_clear(&out);
	at_events_write_tsv(doc, &out);
	size_t tabs = 0;
	for (const char *p = out.data; *p; p++)
		tabs += *p == '\t';
	assert_int_equal(tabs, 21);  /* 22 columns */
	at_buf_free(&out);
	at_doc_free(doc);

	doc = gold_doc(rows, actors);
	assert_int_equal(at_events_code(d, doc, 0), 0);
	at_events_assign_ids(doc);
	assert_string_equal(doc->events[0].id, first_id);
	at_doc_free(doc);
	at_verb_dict_free(d);
}

static void corrupt_dictionary_is_refused(void **state)
{
	(void)state;
	char err[256];
	assert_null(at_verb_dict_load("build/asan/tests/no-such-verbs.atm", err, sizeof err));
	assert_non_null(strstr(err, "no-such-verbs.atm"));
	/* well-formed container, an offset out of its section */
	char path[] = "build/asan/tests/bad-verbs-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	at_model_writer *w = at_model_writer_new(AT_VERBS_KIND, AT_VERBS_VERSION);
	at_vd_verb v;
	memset(&v, 0, sizeof v);
	v.word = 999;
	assert_int_equal(at_model_writer_add(w, "strings", "\0meet", 6), 0);
	assert_int_equal(at_model_writer_add(w, "verbs", &v, sizeof v), 0);
	assert_int_equal(at_model_writer_save(w, path, err, sizeof err), 0);
	at_model_writer_free(w);
	assert_null(at_verb_dict_load(path, err, sizeof err));
	assert_non_null(strstr(err, "out of its section"));
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(codebook_follows_icews_and_gdelt_quads),
		cmocka_unit_test(compiled_dictionary_has_forms_and_particles),
		cmocka_unit_test(subject_verb_object),
		cmocka_unit_test(negation_drops_unless_kept),
		cmocka_unit_test(denied_clauses_are_negated),
		cmocka_unit_test(refused_and_failed_acts_are_negated),
		cmocka_unit_test(passive_with_agent),
		cmocka_unit_test(coordinated_subjects_expand),
		cmocka_unit_test(joint_subjects_act_on_each_other_only_through_their_object),
		cmocka_unit_test(organisations_own_meetings_are_no_talks_between_them),
		cmocka_unit_test(the_modifier_of_a_noun_of_force_uses_it),
		cmocka_unit_test(a_name_modifying_money_is_no_party),
		cmocka_unit_test(the_dateline_place_is_no_party),
		cmocka_unit_test(an_institution_in_a_phrase_of_place_is_no_party),
		cmocka_unit_test(a_place_in_the_subjects_phrase_is_not_its_doer),
		cmocka_unit_test(the_one_an_act_is_done_to_is_no_subject),
		cmocka_unit_test(a_past_participle_does_not_act_for_its_noun),
		cmocka_unit_test(an_object_is_no_predicate),
		cmocka_unit_test(meeting_a_demand_is_no_meeting),
		cmocka_unit_test(pattern_with_synset_and_preposition),
		cmocka_unit_test(intention_and_future),
		cmocka_unit_test(a_wish_for_another_is_an_appeal),
		cmocka_unit_test(target_is_in_the_verbs_own_phrase),
		cmocka_unit_test(target_in_the_agent_of_a_participle),
		cmocka_unit_test(there_for_talks_is_a_visit),
		cmocka_unit_test(a_later_no_event_overrides),
		cmocka_unit_test(particle_verb),
		cmocka_unit_test(an_event_needs_a_target),
		cmocka_unit_test(confidence_ranks_a_meeting_above_an_appeal_to_nobody),
		cmocka_unit_test(own_refugees_are_a_target),
		cmocka_unit_test(talks_with_come_out_both_ways),
		cmocka_unit_test(partners_after_a_time),
		cmocka_unit_test(names_of_one_list_are_not_source_and_target),
		cmocka_unit_test(a_name_inside_a_partys_phrase_is_no_party_apart),
		cmocka_unit_test(partners_listed_after_with_do_not_meet_each_other),
		cmocka_unit_test(slot_markers_swap_source_and_target),
		cmocka_unit_test(record_fields_and_stable_ids),
		cmocka_unit_test(corrupt_dictionary_is_refused),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
