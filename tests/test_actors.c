/* Actors without models or ../shared: a small PETRARCH-format dictionary
 * written here, compiled, loaded, and used on tokenized text. */
#include "helpers.h"

#include "actors/actors.h"
#include "actors/codes.h"
#include "actors/compile.h"
#include "core/doc.h"
#include "core/tags.h"
#include "text/tokenize.h"

static const char actors_txt[] =
	"# test actors\n"
	"UNITED_STATES_  [USA]\n"
	"+AMERICAN_\n"
	"+U.S.\n"
	"+US_\n"
	"+WASHINGTON_\n"
	"MEXICO_  [MEX]\n"
	"+MEXICAN_\n"
	"FRANCE_  [FRA]\n"
	"+FRENCH_\n"
	"WHITE_HOUSE_\n"
	"\t[USAGOV]\n"
	"ANTONY_BLINKEN  # a person with terms\n"
	"+BLINKEN\n"
	"\t[USAGOV 090120-170120]\n"
	"\t[USAGOV 210126-250120]\n"
	"\t[USAELI]\n"
	"DONALD_TRUMP\n"
	"+TRUMP\n"
	"\t[USAGOV 170120-210120]\n"
	"\t[USAELI 210121-250119]\n"
	"ASEAN_\t[IGOAEAASN] # a typo the compiler must catch\n"
	"NOWHERE_LAND\n"
	"\t[USAGOV 210101-200101]\n"
	"BLINKEN_DOUBLE\n"
	"+BLINKEN\n"
	"\t[FRAGOV]\n"
	"LEONID_ZED_  # primaries without codes share the codes after them\n"
	"GENERAL_SECRETARY_ZED\n"
	"\t[USAGOV 700101-800101]\n"
	"NORTH_KOREA_  [PRK]\n"
	"+HERMIT_KINGDOM\n"
	"GRYFFINDOR_HEAD_MINERVA  [FRAGOV]\n"
	"RONALD_REAGAN  # people without a surname synonym\n"
	"\t[USAELI 19290101-810119]\n"
	"\t[USAGOV 810120-890120]\n"
	"HOWARD_BAKER\n"
	"\t[USAGOV 870227-880701]\n"
	"JAMES_BAKER\n"
	"\t[USAGOV 850204-880817]\n";

static const char agents_txt[] =
	"!PERSON! = MAN, MEN, WOMAN, WOMEN\n"
	"OFFICIAL [~GOV]\n"
	"SECRETARY [~GOV]\n"
	"AMBASSADOR_TO {} [~GOV]\n"
	"FOREIGN_SECRETARY [~GOV]\n"
	"POLICE!PERSON! [~COP]\n"
	"MIGRANT [~CVL]\n"
	"ASYLUM_SEEKER [~REF]\n"
	"HUMAN_RIGHTS_GROUP [NGO~]\n"
	"CARTEL [~CRM]\n"
	"COMMUNITY [~CVL]\n"
	"HUNTER [~CVL]\n"
	"PARTY [~PTY]\n"
	"PRISON [~COP]\n"
	"HOSPITAL [~HLH]\n"
	"SCHOOL [~EDU]\n";

static const char discards_txt[] = "WORLD_CUP\n+ACADEMY_AWARD\n";

static const char codes_txt[] = "USA\nPRK\nPTY\nMEX\nFRA\nGOV\nELI\nCOP\nCVL\nREF\nCRM\nNGO\nIGO\nASN\nSEA\nHLH\nEDU\n";

typedef struct fixture {
	char dir[64];
	char files[4][128];
	at_actor_dict *dict;
	char report[8192];
	at_actor_compile_stats stats;
} fixture;

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static int setup(void **state)
{
	fixture *f = calloc(1, sizeof *f);
	char dir[64] = "/tmp/attache-actors-XXXXXX";
	if (!mkdtemp(dir))
		return -1;
	memcpy(f->dir, dir, sizeof dir);
	const char *names[4] = {"test.actors.txt", "test.agents.txt", "test.discards.txt", "codes.txt"};
	const char *texts[4] = {actors_txt, agents_txt, discards_txt, codes_txt};
	for (int i = 0; i < 4; i++) {
		snprintf(f->files[i], sizeof f->files[i], "%s/%s", dir, names[i]);
		write_file(f->files[i], texts[i]);
	}
	char out[160], err[512];
	snprintf(out, sizeof out, "%s/actors.atm", dir);
	FILE *report = fmemopen(f->report, sizeof f->report - 1, "w");
	const char *files[3] = {f->files[0], f->files[1], f->files[2]};
	int rc = at_actor_dict_compile(files, 3, f->files[3], out, report, &f->stats, err, sizeof err);
	fclose(report);
	if (rc != 0) {
		fprintf(stderr, "compile: %s\n", err);
		return -1;
	}
	f->dict = at_actor_dict_load(out, err, sizeof err);
	if (!f->dict) {
		fprintf(stderr, "load: %s\n", err);
		return -1;
	}
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	char path[160];
	at_actor_dict_free(f->dict);
	for (int i = 0; i < 4; i++)
		unlink(f->files[i]);
	snprintf(path, sizeof path, "%s/actors.atm", f->dir);
	unlink(path);
	rmdir(f->dir);
	free(f);
	return 0;
}

static at_doc *run(const at_actor_dict *d, const char *text, const char *date)
{
	at_doc *doc = at_doc_new("t", text, strlen(text));
	assert_non_null(doc);
	doc->date = date;
	assert_int_equal(at_tokenize(doc), 0);
	assert_int_equal(at_actors_find(d, doc), 0);
	return doc;
}

/* The mention whose text is exactly s, or NULL. */
static const at_mention *mention(const at_doc *doc, const char *s)
{
	for (size_t i = 0; i < doc->nmentions; i++) {
		const at_mention *m = &doc->mentions[i];
		if (m->end - m->start == strlen(s) && memcmp(doc->text + m->start, s, strlen(s)) == 0)
			return m;
	}
	return NULL;
}

static void assert_code(const at_doc *doc, const char *text, const char *code, int how)
{
	const at_mention *m = mention(doc, text);
	if (!m)
		fail_msg("no mention '%s'", text);
	if (!m->code || strcmp(m->code, code) != 0)
		fail_msg("'%s' is %s, not %s", text, m->code ? m->code : "(none)", code);
	if (how >= 0 && m->how != how)
		fail_msg("'%s' was coded by %d, not %d", text, m->how, how);
}

static void test_report(void **state)
{
	fixture *f = *state;
	/* The typo'd code, the impossible range and the conflicting synonym are
	 * each reported with file and line and left out. */
	assert_int_equal(f->stats.bad_codes, 1);
	assert_int_equal(f->stats.bad_dates, 1);
	assert_int_equal(f->stats.conflicts, 1);
	char where[200];
	snprintf(where, sizeof where, "%s:22: code 'IGOAEAASN': 'AEA' is not a CAMEO actor code", f->files[0]);
	assert_non_null(strstr(f->report, where));
	snprintf(where, sizeof where, "%s:24: impossible date range", f->files[0]);
	assert_non_null(strstr(f->report, where));
	snprintf(where, sizeof where, "%s:26: 'blinken' is already Antony Blinken", f->files[0]);
	assert_non_null(strstr(f->report, where));
	/* A record left without codes is not reported twice. */
	assert_null(strstr(f->report, "has no code"));
	at_doc *doc = run(f->dict, "ASEAN met in Nowhere Land.", "2021-05-01");
	assert_null(mention(doc, "ASEAN"));
	assert_null(mention(doc, "Nowhere Land"));
	at_doc_free(doc);
}

static void test_dates(void **state)
{
	fixture *f = *state;
	at_doc *doc = run(f->dict, "Antony Blinken met Donald Trump.", "2021-10-08");
	assert_code(doc, "Antony Blinken", "USAGOV", AT_HOW_DICT);
	assert_code(doc, "Donald Trump", "USAELI", AT_HOW_DICT);
	at_doc_free(doc);
	doc = run(f->dict, "Leonid Zed met General Secretary Zed.", "1975-03-01");
	assert_code(doc, "Leonid Zed", "USAGOV", AT_HOW_DICT);
	assert_code(doc, "General Secretary Zed", "USAGOV", AT_HOW_DICT);
	at_doc_free(doc);
	doc = run(f->dict, "Antony Blinken met Donald Trump.", "2018-03-01");
	assert_code(doc, "Antony Blinken", "USAELI", AT_HOW_DICT);
	assert_code(doc, "Donald Trump", "USAGOV", AT_HOW_DICT);
	at_doc_free(doc);
}

static void test_titles_and_agents(void **state)
{
	fixture *f = *state;
	at_doc *doc = run(f->dict,
			  "Mexican Foreign Secretary Alicia Smith met senior US officials and "
			  "French policemen. Migrants and asylum seekers waited at the border, "
			  "where Mexican cartels operate.",
			  "2023-09-29");
	assert_code(doc, "Mexican Foreign Secretary Alicia Smith", "MEXGOV", AT_HOW_TITLE);
	assert_code(doc, "senior US officials", "USAGOV", AT_HOW_AGENT);
	assert_code(doc, "French policemen", "FRACOP", AT_HOW_AGENT);
	assert_code(doc, "Mexican cartels", "MEXCRM", AT_HOW_AGENT);
	/* No country in the sentence: the document's main one. */
	assert_code(doc, "Migrants", "MEXCVL", AT_HOW_COUNTRY);
	assert_code(doc, "asylum seekers", "MEXREF", AT_HOW_COUNTRY);
	at_doc_free(doc);
	doc = run(f->dict, "The officials of the United States met policemen of Mexico.", "2023-09-29");
	assert_code(doc, "officials of the United States", "USAGOV", AT_HOW_AGENT);
	assert_code(doc, "policemen of Mexico", "MEXCOP", AT_HOW_AGENT);
	at_doc_free(doc);
	/* No country anywhere: PETRARCH's unknown-country mark. */
	doc = run(f->dict, "Officials said nothing.", "2023-09-29");
	assert_code(doc, "Officials", "---GOV", AT_HOW_COUNTRY);
	at_doc_free(doc);
	doc = run(f->dict, "The former Mexican Foreign Secretary John Doe spoke.", "2023-09-29");
	assert_code(doc, "former Mexican Foreign Secretary John Doe", "MEXELI", AT_HOW_TITLE);
	at_doc_free(doc);
	/* a prison or a hospital after a preposition is where, not who */
	doc = run(f->dict, "The prison freed migrants sentenced to life in prison, taken to the hospital.", "2023-09-29");
	assert_code(doc, "prison", "---COP", AT_HOW_COUNTRY);
	assert_int_equal(doc->nmentions, 2);
	at_doc_free(doc);
	/* the elite are those who held an office, not former migrants */
	doc = run(f->dict, "Former Mexican policemen met former Mexican migrants.", "2023-09-29");
	assert_code(doc, "Former Mexican policemen", "MEXELI", AT_HOW_AGENT);
	assert_code(doc, "former Mexican migrants", "MEXCVL", AT_HOW_AGENT);
	at_doc_free(doc);
	/* Another person of a known surname is not the known one; "Mr" is */
	doc = run(f->dict, "The Mexican Foreign Secretary Michael Blinken met Mr Blinken.", "2023-09-29");
	assert_code(doc, "Mexican Foreign Secretary Michael Blinken", "MEXGOV", AT_HOW_TITLE);
	assert_code(doc, "Mr Blinken", "USAGOV", AT_HOW_DICT);
	at_doc_free(doc);
	/* A civilian agent word as a given name is no agent; a title is */
	doc = run(f->dict, "Secretary Blinken met Hunter Blinken.", "2023-09-29");
	assert_code(doc, "Secretary Blinken", "USAGOV", -1);
	const at_mention *son = mention(doc, "Hunter Blinken");
	assert_true(!son || !son->code);
	assert_null(mention(doc, "Blinken"));
	at_doc_free(doc);
}

static void test_title_words_are_not_agents(void **state)
{
	fixture *f = *state;
	at_doc *doc = run(f->dict, "They signed the Framework for Security, Health and Safe Communities. "
				   "The Republican Party objected.", "2021-10-08");
	assert_null(mention(doc, "Safe Communities"));
	assert_code(doc, "Republican Party", "---PTY", AT_HOW_COUNTRY);
	at_doc_free(doc);
}

static void test_lowercase_us_is_not_a_country(void **state)
{
	fixture *f = *state;
	at_doc *doc = run(f->dict, "Give us the report, the White House said.", "2021-01-01");
	assert_null(mention(doc, "us"));
	assert_code(doc, "White House", "USAGOV", AT_HOW_DICT);
	at_doc_free(doc);
}

static void test_metonymy(void **state)
{
	fixture *f = *state;
	at_doc *doc = run(f->dict, "Washington said it would respond. Mexico has agreed.", "2021-01-01");
	assert_code(doc, "Washington", "USAGOV", AT_HOW_PLACE);
	assert_code(doc, "Mexico", "MEX", AT_HOW_DICT);
	at_doc_free(doc);
	/* Country names are not capitals. */
	doc = run(f->dict, "The Hermit Kingdom fired two shells. The US is ready.", "2021-01-01");
	assert_code(doc, "Hermit Kingdom", "PRK", AT_HOW_DICT);
	assert_code(doc, "US", "USA", AT_HOW_DICT);
	at_doc_free(doc);
	/* A people is not its government. */
	doc = run(f->dict, "Many Americans said no.", "2021-01-01");
	assert_code(doc, "Americans", "USA", AT_HOW_DICT);
	at_doc_free(doc);
}

static void test_coreference(void **state)
{
	fixture *f = *state;
	at_doc *doc = run(f->dict,
			  "Mexican Foreign Secretary Alicia Smith arrived on Monday. "
			  "Smith said the talks went well. She thanked U.S. Secretary Antony Blinken. "
			  "The secretary said he was pleased.",
			  "2023-09-29");
	const at_mention *first = mention(doc, "Mexican Foreign Secretary Alicia Smith");
	const at_mention *surname = mention(doc, "Smith");
	const at_mention *she = mention(doc, "She");
	const at_mention *title = mention(doc, "secretary");
	const at_mention *he = mention(doc, "he");
	assert_non_null(first);
	assert_non_null(surname);
	assert_non_null(she);
	assert_non_null(title);
	assert_non_null(he);
	assert_int_equal(surname->entity, first->entity);
	assert_int_equal(surname->how, AT_HOW_COREF);
	assert_string_equal(surname->code, "MEXGOV");
	assert_int_equal(she->entity, first->entity);
	const at_mention *blinken = mention(doc, "U.S. Secretary Antony Blinken");
	assert_non_null(blinken);
	assert_int_equal(title->entity, blinken->entity);
	assert_string_equal(title->code, "USAGOV");
	assert_int_equal(he->entity, blinken->entity);
	at_doc_free(doc);
	/* a school is no one "he" can stand for */
	doc = run(f->dict, "Mexican Foreign Secretary Alicia Smith visited the school. He said nothing.", "2023-09-29");
	const at_mention *school = mention(doc, "school");
	assert_non_null(school);
	assert_false(school->is_person);
	he = mention(doc, "He");
	assert_true(!he || he->entity != school->entity);
	at_doc_free(doc);
}

/* Gives word w of doc the tags of a name that is its clause's subject. */
static void tag_subject_name(at_doc *doc, const char *form)
{
	for (size_t i = 0; i < doc->nwords; i++)
		if (strcmp(doc->words[i].form, form) == 0) {
			doc->words[i].upos = AT_PROPN;
			doc->words[i].deprel = (uint8_t)at_deprel_id("nsubj");
			doc->words[i].head = (int16_t)(i - doc->sents[doc->nsents - 1].word_first + 2);
		}
}

/* "Jones said he ...": a subject name the coder cannot code is who the
 * pronoun stands for, so the pronoun stays uncoded instead of passing to
 * the secretary of the sentence before. */
static void test_pronoun_after_an_unknown_name(void **state)
{
	fixture *f = *state;
	const char *text = "Mexican Foreign Secretary Alicia Smith arrived. Jones said he was pleased.";
	at_doc *doc = at_doc_new("t", text, strlen(text));
	assert_non_null(doc);
	doc->date = "2023-09-29";
	assert_int_equal(at_tokenize(doc), 0);
	assert_int_equal(at_actors_find(f->dict, doc), 0);
	assert_non_null(mention(doc, "he"));
	tag_subject_name(doc, "Jones");
	assert_int_equal(at_actors_find(f->dict, doc), 0);
	assert_null(mention(doc, "he"));
	assert_non_null(mention(doc, "Mexican Foreign Secretary Alicia Smith"));
	at_doc_free(doc);
}

/* The dictionary has Blinken among the elite after his last recorded
 * term (CountryInfo's terms record heads of government only, so a
 * minister in office is "elite" there too); an office the text gives him
 * is newer, here and when he is named again, unless it is a former one. */
static void test_title_outranks_elite(void **state)
{
	fixture *f = *state;
	at_doc *doc = run(f->dict, "Secretary Antony Blinken spoke. Blinken left.", "2026-03-01");
	assert_code(doc, "Secretary Antony Blinken", "USAGOV", AT_HOW_DICT);
	assert_code(doc, "Blinken", "USAGOV", AT_HOW_DICT);
	at_doc_free(doc);
	doc = run(f->dict, "Antony Blinken spoke. The former Secretary Antony Blinken left.", "2026-03-01");
	assert_code(doc, "Antony Blinken", "USAELI", AT_HOW_DICT);
	assert_code(doc, "former Secretary Antony Blinken", "USAELI", AT_HOW_DICT);
	at_doc_free(doc);
	/* a title of no public office changes nothing */
	doc = run(f->dict, "The migrant Antony Blinken spoke.", "2026-03-01");
	assert_code(doc, "migrant Antony Blinken", "USAELI", AT_HOW_DICT);
	at_doc_free(doc);
}

/* "US$78 million": a country's letters before a dollar sign are money. */
static void test_currency_is_no_country(void **state)
{
	fixture *f = *state;
	at_doc *doc = run(f->dict, "Mexico paid US$78 million to US officials.", "2023-09-29");
	assert_code(doc, "Mexico", "MEX", AT_HOW_DICT);
	assert_code(doc, "US officials", "USAGOV", -1);
	assert_null(mention(doc, "US"));
	at_doc_free(doc);
}

/* "ambassador to Mexico": the country after "to" is the posting. */
static void test_ambassador_to_a_country(void **state)
{
	fixture *f = *state;
	at_doc *doc = run(f->dict, "Mexico's ambassador to France praised Washington.", "2022-03-01");
	assert_code(doc, "ambassador to France", "MEXGOV", AT_HOW_COUNTRY);
	at_doc_free(doc);
	/* nor is the posting the country around it */
	doc = run(f->dict, "Ambassador to Mexico Ken Salazar met Mexican officials.", "2022-03-01");
	assert_code(doc, "Ambassador to Mexico Ken Salazar", "---GOV", AT_HOW_COUNTRY);
	assert_code(doc, "Mexican officials", "MEXGOV", AT_HOW_AGENT);
	at_doc_free(doc);
	/* the agent's own country still counts */
	doc = run(f->dict, "The U.S. ambassador to Mexico spoke.", "2022-03-01");
	assert_code(doc, "U.S. ambassador to Mexico", "USAGOV", AT_HOW_AGENT);
	at_doc_free(doc);
}

/* A surname alone is the one person of that name in office on the date,
 * in a document that names the person's country; never one of the elite,
 * and never one of two. */
static void test_surname_of_an_office_holder(void **state)
{
	fixture *f = *state;
	at_doc *doc = run(f->dict, "Reagan met reporters in Washington.", "1987-04-02");
	assert_code(doc, "Reagan", "USAGOV", AT_HOW_SURNAME);
	at_doc_free(doc);
	doc = run(f->dict, "Reagan met reporters.", "1987-04-02");
	assert_null(mention(doc, "Reagan"));
	at_doc_free(doc);
	doc = run(f->dict, "Reagan met reporters in Washington.", "1975-01-01");
	assert_null(mention(doc, "Reagan"));
	at_doc_free(doc);
	doc = run(f->dict, "Baker met reporters in Washington.", "1987-04-02");
	assert_null(mention(doc, "Baker"));
	at_doc_free(doc);
	doc = run(f->dict, "Baker met reporters in Washington.", "1986-01-01");
	assert_code(doc, "Baker", "USAGOV", AT_HOW_SURNAME);
	assert_string_equal(doc->entities[mention(doc, "Baker")->entity].name, "James Baker");
	at_doc_free(doc);
}

/* A government title of a company's officer is the company's. */
static void test_company_officers(void **state)
{
	fixture *f = *state;
	at_doc *doc = run(f->dict, "Acme Corp officials met Mexican officials.", "2023-09-29");
	assert_code(doc, "Acme Corp officials", "MEXBUS", AT_HOW_COUNTRY);
	assert_code(doc, "Mexican officials", "MEXGOV", AT_HOW_AGENT);
	at_doc_free(doc);
	doc = run(f->dict, "The official of Acme Corp met the secretary of marketing.", "2023-09-29");
	assert_code(doc, "official of Acme Corp", "---BUS", AT_HOW_COUNTRY);
	assert_code(doc, "secretary", "---BUS", AT_HOW_COUNTRY);
	at_doc_free(doc);
}

static void test_possessive_inside_a_phrase(void **state)
{
	fixture *f = *state;
	at_doc *doc = run(f->dict, "Gryffindor's head Minerva left.", "2021-01-01");
	assert_code(doc, "Gryffindor's head Minerva", "FRAGOV", AT_HOW_DICT);
	at_doc_free(doc);
}

static void test_discards(void **state)
{
	fixture *f = *state;
	at_doc *doc = run(f->dict, "France won the World Cup.", "2021-01-01");
	assert_code(doc, "France", "FRA", AT_HOW_DICT);
	assert_int_equal(doc->nmentions, 1);
	at_doc_free(doc);
}

static void test_jsonl(void **state)
{
	fixture *f = *state;
	at_doc *doc = run(f->dict, "Blinken met French officials.", "2021-10-08");
	at_buf out;
	at_buf_init(&out);
	at_actors_write_jsonl(doc, &out);
	at_buf_putc(&out, '\0');
	assert_non_null(strstr(out.data, "{\"doc\":\"t\",\"sent\":0,\"start\":0,\"end\":7,\"text\":\"Blinken\","
					 "\"entity\":\"Antony Blinken\",\"entity_id\":0,\"code\":\"USAGOV\","
					 "\"how\":\"dictionary\",\"person\":true}\n"));
	assert_non_null(strstr(out.data, "\"text\":\"French officials\""));
	at_buf_free(&out);
	at_doc_free(doc);
}

static void test_missing_and_text_folder(void **state)
{
	fixture *f = *state;
	char err[512], path[200];
	assert_null(at_actor_dict_load("/nonexistent/dict/actors.atm", err, sizeof err));
	assert_non_null(strstr(err, "/nonexistent/dict/actors.atm"));
	/* A damaged file is refused with its name. */
	snprintf(path, sizeof path, "%s/damaged.atm", f->dir);
	write_file(path, "ATTACHE\x1a not really");
	assert_null(at_actor_dict_load(path, err, sizeof err));
	assert_non_null(strstr(err, path));
	unlink(path);
	/* A folder of text dictionaries is compiled on the fly. */
	snprintf(path, sizeof path, "%s/actors.atm", f->dir);
	rename(path, "/tmp/attache-actors-moved.atm");
	at_actor_dict *d = at_actor_dict_load(path, err, sizeof err);
	rename("/tmp/attache-actors-moved.atm", path);
	assert_non_null(d);
	at_doc *doc = run(d, "Antony Blinken met French officials.", "2021-10-08");
	assert_code(doc, "Antony Blinken", "USAGOV", AT_HOW_DICT);
	assert_code(doc, "French officials", "FRAGOV", AT_HOW_AGENT);
	at_doc_free(doc);
	at_actor_dict_free(d);
}

static void test_codes_and_dates(void **state)
{
	fixture *f = *state;
	char why[160], err[256];
	ad_codeset *set = ad_codeset_load(f->files[3], err, sizeof err);
	assert_non_null(set);
	assert_true(ad_code_valid(set, "USAGOV", why, sizeof why));
	assert_false(ad_code_valid(set, "USAGO", why, sizeof why));
	assert_false(ad_code_valid(set, "usa", why, sizeof why));
	assert_false(ad_code_valid(set, "USAXYZ", why, sizeof why));
	assert_non_null(strstr(why, "'XYZ' is not a CAMEO actor code"));
	ad_codeset_free(set);
	assert_true(ad_code_valid(NULL, "USAGOV", why, sizeof why));
	assert_true(ad_code_valid(NULL, "---", why, sizeof why));
	assert_true(ad_code_valid(NULL, "ITHTV", why, sizeof why));
	assert_false(ad_code_valid(NULL, "", why, sizeof why));
	assert_int_equal(ad_parse_date("090120", 6), 20090120);
	assert_int_equal(ad_parse_date("360101", 6), 19360101);
	assert_int_equal(ad_parse_date("18970101", 8), 18970101);
	assert_int_equal(ad_parse_date("090230", 6), 0);
	assert_int_equal(ad_iso_date("2021-10-08"), 20211008);
	assert_int_equal(ad_iso_date("2021-13-08"), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_codes_and_dates),
		cmocka_unit_test(test_report),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_titles_and_agents),
		cmocka_unit_test(test_title_words_are_not_agents),
		cmocka_unit_test(test_lowercase_us_is_not_a_country),
		cmocka_unit_test(test_metonymy),
		cmocka_unit_test(test_coreference),
		cmocka_unit_test(test_pronoun_after_an_unknown_name),
		cmocka_unit_test(test_title_outranks_elite),
		cmocka_unit_test(test_currency_is_no_country),
		cmocka_unit_test(test_ambassador_to_a_country),
		cmocka_unit_test(test_surname_of_an_office_holder),
		cmocka_unit_test(test_company_officers),
		cmocka_unit_test(test_possessive_inside_a_phrase),
		cmocka_unit_test(test_discards),
		cmocka_unit_test(test_jsonl),
		cmocka_unit_test(test_missing_and_text_folder),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
