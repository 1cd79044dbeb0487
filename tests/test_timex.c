/* Dates: calendar arithmetic, the recogniser and normaliser on every format
 * the issue lists, the seed articles' dates, event dating, the writer. */
#include "helpers.h"

#include <jansson.h>

#include "core/buf.h"
#include "core/tags.h"
#include "text/tokenize.h"
#include "timex/calendar.h"
#include "timex/meantime.h"
#include "timex/timex.h"
#include "timex/words.h"

static at_doc *dated(const char *text, const char *date)
{
	at_doc *d = at_doc_new("t", text, strlen(text));
	assert_non_null(d);
	d->date = date ? at_arena_strdup(d->arena, date) : NULL;
	assert_int_equal(at_tokenize(d), 0);
	assert_int_equal(at_timex_find(d), 0);
	return d;
}

/* The timex whose text is exactly `text` (the first one), or NULL. */
static const at_timex *timex_text(const at_doc *d, const char *text)
{
	size_t n = strlen(text);
	for (size_t k = 0; k < d->ntimexes; k++) {
		const at_timex *t = &d->timexes[k];
		if (t->end - t->start == n && memcmp(d->text + t->start, text, n) == 0)
			return t;
	}
	return NULL;
}

static void expect_in(const char *text, const char *date, const char *span, int type, const char *value)
{
	at_doc *d = dated(text, date);
	const at_timex *t = timex_text(d, span);
	if (!t) {
		for (size_t k = 0; k < d->ntimexes; k++)
			fprintf(stderr, "found: '%.*s'\n", (int)(d->timexes[k].end - d->timexes[k].start),
				d->text + d->timexes[k].start);
		fail_msg("'%s' not found in '%s'", span, text);
	}
	assert_int_equal(t->type, type);
	if (value)
		assert_string_equal(t->value, value);
	else
		assert_null(t->value);
	at_doc_free(d);
}

static void expect_none(const char *text)
{
	at_doc *d = dated(text, "2021-10-08");
	if (d->ntimexes)
		fail_msg("'%.*s' found in '%s'", (int)(d->timexes[0].end - d->timexes[0].start),
			 d->text + d->timexes[0].start, text);
	at_doc_free(d);
}

static void word_table_is_sorted(void **state)
{
	(void)state;
	assert_true(tx_words_sorted());
	assert_non_null(tx_word_find("october", 7));
	assert_null(tx_word_find("octobe", 6));
	assert_null(tx_word_find("octobers", 8));
}

static void calendar_arithmetic(void **state)
{
	(void)state;
	tx_date d = {2023, 12, 27}, back;
	assert_int_equal(tx_weekday(d), 2);  /* Wednesday */
	back = tx_from_days(tx_days(d));
	assert_int_equal(back.y, 2023);
	assert_int_equal(back.m, 12);
	assert_int_equal(back.d, 27);
	int iso_year;
	tx_date jan1 = {2021, 1, 1};  /* a Friday: ISO week 53 of 2020 */
	assert_int_equal(tx_iso_week(jan1, &iso_year), 53);
	assert_int_equal(iso_year, 2020);
	tx_date sep = {2023, 9, 22};
	assert_int_equal(tx_iso_week(sep, &iso_year), 38);
	tx_date jan31 = {2024, 1, 31};
	tx_date feb = tx_add_months(jan31, 1);
	assert_int_equal(feb.m, 2);
	assert_int_equal(feb.d, 29);
	assert_int_equal(tx_parse_date("2021-02-29", &d), -1);
	assert_int_equal(tx_parse_date("2024-02-29", &d), 0);
}

static void explicit_dates_in_common_formats(void **state)
{
	(void)state;
	const char *date = "2021-10-08";
	expect_in("They met on October 8, 2021 in Mexico.", date, "October 8, 2021", AT_TIMEX_DATE, "2021-10-08");
	expect_in("They met on Oct. 8 in Mexico.", date, "Oct. 8", AT_TIMEX_DATE, "2021-10-08");
	expect_in("They met on 8 October 2021.", date, "8 October 2021", AT_TIMEX_DATE, "2021-10-08");
	expect_in("Filed 2021-10-08 in court.", date, "2021-10-08", AT_TIMEX_DATE, "2021-10-08");
	expect_in("Filed 10/8/2021 in court.", date, "10/8/2021", AT_TIMEX_DATE, "2021-10-08");
	expect_in("It ended on Dec. 28.", "2023-12-29", "Dec. 28", AT_TIMEX_DATE, "2023-12-28");
	expect_in("It starts Jan. 3.", "2023-12-29", "Jan. 3", AT_TIMEX_DATE, "2024-01-03");
	expect_in("On Friday, Oct. 8, talks began.", date, "Friday, Oct. 8", AT_TIMEX_DATE, "2021-10-08");
	expect_in("The vote is set for March 2022.", date, "March 2022", AT_TIMEX_DATE, "2022-03");
	expect_in("It happened in 2019.", date, "2019", AT_TIMEX_DATE, "2019");
	expect_in("Prices rose in the 1990s.", date, "the 1990s", AT_TIMEX_DATE, "199");
	expect_in("Prices rose in the 20th century.", date, "the 20th century", AT_TIMEX_DATE, "19");
	expect_in("Results for the third quarter of 2020 came out.", date, "the third quarter of 2020",
		  AT_TIMEX_DATE, "2020-Q3");
	expect_in("Profit rose in the third quarter.", date, "the third quarter", AT_TIMEX_DATE, "2021-Q3");
	expect_in("It happened in summer 2019.", date, "summer 2019", AT_TIMEX_DATE, "2019-SU");
	expect_in("The summit is on April 24 and 25.", "1999-02-10", "25", AT_TIMEX_DATE, "1999-04-25");
	expect_in("In nineteen ninety-six a bomb exploded.", date, "nineteen ninety-six", AT_TIMEX_DATE, "1996");
	expect_in("He was found on Thanksgiving Day.", "2000-01-06", "Thanksgiving Day", AT_TIMEX_DATE,
		  "1999-11-25");
}

static void datelines_are_found(void **state)
{
	(void)state;
	at_doc *d = dated("Headline here\nDec. 28 (UPI) -- Officials met on Wednesday.", "2023-12-28");
	assert_true(d->dateline_timex >= 0);
	assert_string_equal(d->timexes[d->dateline_timex].value, "2023-12-28");
	at_doc_free(d);
	d = dated("MEXICO CITY, Oct 8 (Reuters) - Officials met.", "2021-10-08");
	assert_true(d->dateline_timex >= 0);
	const at_timex *t = &d->timexes[d->dateline_timex];
	assert_int_equal(t->end - t->start, strlen("Oct 8"));
	assert_string_equal(t->value, "2021-10-08");
	at_doc_free(d);
	d = dated("Officials met on Oct. 8 in Mexico.", "2021-10-08");
	assert_int_equal(d->dateline_timex, -1);
	at_doc_free(d);
	/* Without a document date, a dateline with a year dates the rest. */
	d = dated("WASHINGTON, Oct. 8, 2021 (AP) - Officials met on Wednesday.", NULL);
	assert_true(d->dateline_timex >= 0);
	assert_string_equal(timex_text(d, "Wednesday")->value, "2021-10-06");
	at_doc_free(d);
	/* A date alone on its line under the headline is a dateline too. */
	d = dated("GM names a new chief\nDecember 10, 2013\nGM named Mary Barra on Monday.", NULL);
	assert_true(d->dateline_timex >= 0);
	assert_string_equal(timex_text(d, "Monday")->value, "2013-12-09");
	at_doc_free(d);
}

static void weekdays_follow_the_tense(void **state)
{
	(void)state;
	/* 2023-09-29 is a Friday. */
	expect_in("Blinken met Barcena on Tuesday.", "2023-09-29", "Tuesday", AT_TIMEX_DATE, "2023-09-26");
	expect_in("On Thursday, Blinken will travel to Mexico City.", "2023-09-29", "Thursday", AT_TIMEX_DATE,
		  "2023-10-05");
	expect_in("Blinken will travel on Thursday.", "2023-09-29", "Thursday", AT_TIMEX_DATE, "2023-10-05");
	expect_in("They are holding talks on Friday.", "2023-09-29", "Friday", AT_TIMEX_DATE, "2023-09-29");
	expect_in("They said Monday that it was over.", "2023-09-29", "Monday", AT_TIMEX_DATE, "2023-09-25");
	expect_in("Rebels attacked the town on Tuesday and will return next month.", "2023-09-29", "Tuesday",
		  AT_TIMEX_DATE, "2023-09-26");
	expect_in("The deadline runs until Tuesday.", "2023-09-29", "Tuesday", AT_TIMEX_DATE, "2023-10-03");
	expect_in("They met last Friday.", "2023-09-29", "last Friday", AT_TIMEX_DATE, "2023-09-22");
	expect_in("They met Friday morning.", "2023-09-29", "Friday morning", AT_TIMEX_DATE, "2023-09-29TMO");
	expect_in("They met on Friday.", NULL, "Friday", AT_TIMEX_DATE, "XXXX-WXX-5");
}

static void relative_dates(void **state)
{
	(void)state;
	const char *date = "2021-10-08";
	expect_in("Rebels attacked yesterday.", date, "yesterday", AT_TIMEX_DATE, "2021-10-07");
	expect_in("Rebels attack today.", date, "today", AT_TIMEX_DATE, "2021-10-08");
	expect_in("Rebels attack tomorrow.", date, "tomorrow", AT_TIMEX_DATE, "2021-10-09");
	expect_in("They met last week.", date, "last week", AT_TIMEX_DATE, "2021-W39");
	expect_in("They meet this week.", date, "this week", AT_TIMEX_DATE, "2021-W40");
	expect_in("They meet next week.", date, "next week", AT_TIMEX_DATE, "2021-W41");
	expect_in("They met last month.", date, "last month", AT_TIMEX_DATE, "2021-09");
	expect_in("They meet next month.", date, "next month", AT_TIMEX_DATE, "2021-11");
	expect_in("They met last year.", date, "last year", AT_TIMEX_DATE, "2020");
	expect_in("They meet this year.", date, "this year", AT_TIMEX_DATE, "2021");
	expect_in("They met earlier this week.", date, "earlier this week", AT_TIMEX_DATE, "2021-W40");
	expect_in("They meet later this month.", date, "later this month", AT_TIMEX_DATE, "2021-10");
	expect_in("They met in January.", date, "January", AT_TIMEX_DATE, "2021-01");
	expect_in("They will meet in December.", date, "December", AT_TIMEX_DATE, "2021-12");
	expect_in("They met in July last year.", date, "July last year", AT_TIMEX_DATE, "2020-07");
	expect_in("Talks resume next spring.", date, "next spring", AT_TIMEX_DATE, "2022-SP");
	expect_in("It happened two years ago.", date, "two years ago", AT_TIMEX_DATE, "2019");
	expect_in("They met on March 3, 2019. The next day they left.", date, "The next day", AT_TIMEX_DATE,
		  "2019-03-04");
	expect_in("They met on March 3, 2019 and signed later that year.", date, "later that year",
		  AT_TIMEX_DATE, "2019");
	expect_in("It began in 2015. The following year it ended.", date, "The following year", AT_TIMEX_DATE,
		  "2016");
	expect_in("They met yesterday.", NULL, "yesterday", AT_TIMEX_DATE, NULL);
	expect_in("They met on Oct. 8.", NULL, "Oct. 8", AT_TIMEX_DATE, "XXXX-10-08");
}

static void durations_sets_and_references(void **state)
{
	(void)state;
	const char *date = "2021-10-08";
	expect_in("The war lasted three years.", date, "three years", AT_TIMEX_DURATION, "P3Y");
	expect_in("The strike lasted 10 days.", date, "10 days", AT_TIMEX_DURATION, "P10D");
	expect_in("Prices rose over the past two months.", date, "the past two months", AT_TIMEX_DURATION, "P2M");
	expect_in("He spoke for two hours.", date, "two hours", AT_TIMEX_DURATION, "PT2H");
	expect_in("It was the worst in the past decade.", date, "the past decade", AT_TIMEX_DURATION, "P10Y");
	expect_in("It took nearly two and a half years.", date, "nearly two and a half years", AT_TIMEX_DURATION,
		  "P2Y6M");
	expect_in("It signed a 10-year deal.", date, "10-year", AT_TIMEX_DURATION, "P10Y");
	expect_in("Growth will slow in the coming months.", date, "the coming months", AT_TIMEX_DURATION, "PXM");
	expect_in("His car was seen in the weeks before the attack.", date, "weeks", AT_TIMEX_DURATION, "PXW");
	expect_in("Inspectors visit every month.", date, "every month", AT_TIMEX_SET, "P1M");
	expect_in("Inspectors visit daily.", date, "daily", AT_TIMEX_SET, "P1D");
	expect_in("The talks are now over.", date, "now", AT_TIMEX_DATE, "PRESENT_REF");
	expect_in("They recently met.", date, "recently", AT_TIMEX_DATE, "PAST_REF");
	expect_in("They met at 10:30 a.m. today.", date, "10:30 a.m. today", AT_TIMEX_TIME, "2021-10-08T10:30");
	expect_in("The rocket lifted off at 1805 EST.", date, "1805 EST", AT_TIMEX_TIME, "2021-10-08T18:05");
}

static void numbers_that_are_not_dates(void **state)
{
	(void)state;
	expect_none("The border is 1,954 miles long.");
	expect_none("About 2000 people marched.");
	expect_none("They may march in the street.");
	expect_none("Prices fall when supply is high.");
	expect_none("The Sun reported the story.");
	expect_none("The Sunday Times reported the story.");
	expect_none("The 9/11 attacks and COVID-19 grounded Boeing 737 jets.");
}

/* The seed articles: the dates an editor reads in them. */
/* Every truncation of text full of date words, and random strings of them:
 * the rules look ahead and behind, and must never read past the pieces. */
static void truncated_and_random_text_is_safe(void **state)
{
	(void)state;
	static const char *const parts[] = {
		"Oct", ".", " ", "8", "2021", "-", "/", "'", "s", "last", "the", "year", "week", "Friday",
		"a", "m", "p", ":", "30", "early", "mid", "of", "fiscal", "third", "quarter", "1990",
		"ago", "every", "Q", "3", "1", "2", "and", "half", "th", "st", "(", ")", "\n", ",", "UTC",
	};
	const char *text = "Dec. 28 (UPI) -- On Friday, Oct. 8, 2021 at 10:30 a.m. EST, the year-ago quarter, "
			   "5 1/2 hours, mid-1990s, the '90s, two and a half years, Q3 2021, year-end";
	for (size_t n = 0; n <= strlen(text); n++) {
		at_doc *d = at_doc_new("t", text, n);
		d->date = "2021-10-08";
		assert_int_equal(at_tokenize(d), 0);
		assert_int_equal(at_timex_find(d), 0);
		for (size_t k = 0; k < d->ntimexes; k++)
			assert_true(d->timexes[k].end <= n);
		at_doc_free(d);
	}
	unsigned seed = 7;
	char buf[400];
	for (int round = 0; round < 300; round++) {
		size_t len = 0;
		while (len < sizeof buf - 16) {
			seed = seed * 1103515245u + 12345u;
			const char *p = parts[(seed >> 16) % (sizeof parts / sizeof parts[0])];
			memcpy(buf + len, p, strlen(p));
			len += strlen(p);
			if ((seed >> 8) & 1)
				buf[len++] = ' ';
		}
		at_doc *d = at_doc_new("t", buf, len);
		d->date = (seed >> 4) & 1 ? "2021-10-08" : NULL;
		assert_int_equal(at_tokenize(d), 0);
		assert_int_equal(at_timex_find(d), 0);
		at_doc_free(d);
	}
}

static void seed_article_dates(void **state)
{
	(void)state;
	char path[1024];
	if (!test_shared_path("seeds/seeds.jsonl", path, sizeof path))
		return;
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	static const struct {
		const char *id, *text, *value;
	} expected[] = {
		{"000", "Friday", "2023-09-29"},      {"000", "Thursday", "2023-10-05"},
		{"000", "last week", "2023-W38"},     {"000", "last year", "2022"},
		{"001", "Wednesday", "2023-12-27"},   {"001", "Dec. 28", "2023-12-28"},
		{"001", "January", "2024-01"},        {"001", "last week", "2023-W51"},
		{"002", "Friday", "2021-10-08"},      {"002", "Thursday", "2021-10-07"},
		{"003", "Thursday", "2021-10-07"},    {"003", "earlier this week", "2021-W40"},
		{"003", "Wednesday", "2021-10-06"},   {"003", "later this month", "2021-10"},
		{"003", "last month", "2021-09"},
	};
	char line[1 << 16];
	size_t checked = 0;
	while (fgets(line, sizeof line, f)) {
		json_t *doc = json_loads(line, 0, NULL);
		assert_non_null(doc);
		const char *id = json_string_value(json_object_get(doc, "id"));
		at_doc *d = dated(json_string_value(json_object_get(doc, "text")),
				  json_string_value(json_object_get(doc, "date")));
		for (size_t k = 0; k < sizeof expected / sizeof expected[0]; k++) {
			if (strncmp(id, expected[k].id, 3) != 0)
				continue;
			const at_timex *t = timex_text(d, expected[k].text);
			if (!t)
				fail_msg("%s: '%s' not found", id, expected[k].text);
			assert_string_equal(t->value, expected[k].value);
			checked++;
		}
		if (strncmp(id, "001", 3) == 0) {
			assert_true(d->dateline_timex >= 0);
			assert_string_equal(d->timexes[d->dateline_timex].value, "2023-12-28");
		}
		at_doc_free(d);
		json_decref(doc);
	}
	fclose(f);
	assert_int_equal(checked, sizeof expected / sizeof expected[0]);
}

static uint32_t word_index(const at_doc *d, const char *form)
{
	for (uint32_t w = 0; w < d->nwords; w++)
		if (strcmp(d->words[w].form, form) == 0)
			return w;
	fail_msg("no word '%s'", form);
	return 0;
}

static at_event *add_events(at_doc *d, size_t n)
{
	d->events = AT_NEW_N(d->arena, at_event, n);
	assert_non_null(d->events);
	d->nevents = n;
	return d->events;
}

static void event_at(at_doc *d, at_event *e, const char *anchor)
{
	e->anchor = word_index(d, anchor);
	e->sent = at_doc_word_sentence(d, e->anchor);
}

static void events_take_the_date_of_their_clause(void **state)
{
	(void)state;
	at_doc *d = dated("Officials met on Wednesday in Mexico City. They will talk again next month. "
			  "Both sides praised the talks.",
			  "2023-12-28");
	at_event *e = add_events(d, 3);
	event_at(d, &e[0], "met");
	event_at(d, &e[1], "talk");
	event_at(d, &e[2], "praised");
	at_timex_date_events(d);
	assert_string_equal(e[0].date, "2023-12-27");
	assert_int_equal(e[0].date_precision, AT_PREC_DAY);
	assert_true(e[0].date_timex >= 0);
	const at_timex *t = &d->timexes[e[0].date_timex];
	assert_memory_equal(d->text + t->start, "Wednesday", 9);
	assert_string_equal(e[1].date, "2024-01");
	assert_int_equal(e[1].date_precision, AT_PREC_MONTH);
	assert_string_equal(e[2].date, "2023-12-28");  /* the document's date */
	assert_int_equal(e[2].date_precision, AT_PREC_DAY);
	assert_int_equal(e[2].date_timex, -1);
	at_doc_free(d);
}

/* A sentence without a date of its own stays at the past date of the one
 * before: the UPI article's "Mexico City meeting" is Wednesday's. */
static void events_stay_at_the_date_of_the_sentence_before(void **state)
{
	(void)state;
	at_doc *d = dated("Dec. 28 (UPI) -- Officials agreed to keep talking after a meeting on Wednesday.\n"
			  "U.S. officials called the Mexico City meeting productive.\n"
			  "Officials will meet again.",
			  "2023-12-28");
	assert_int_equal(d->nsents, 3);
	at_event *e = add_events(d, 2);
	event_at(d, &e[0], "called");
	event_at(d, &e[1], "meet");
	at_timex_date_events(d);
	assert_string_equal(e[0].date, "2023-12-27");
	assert_string_equal(e[1].date, "2023-12-28");  /* future: the dateline's */
	at_doc_free(d);
	/* Another story: the court's order is not Friday's meeting. */
	d = dated("Officials did not discuss the policy during their meetings Friday.\n"
		  "A US court ordered the administration to revive the policy.",
		  "2021-10-08");
	e = add_events(d, 1);
	event_at(d, &e[0], "ordered");
	at_timex_date_events(d);
	assert_string_equal(e[0].date, "2021-10-08");
	assert_int_equal(e[0].date_timex, -1);
	at_doc_free(d);
}

static void events_fall_back_to_the_dateline_or_nothing(void **state)
{
	(void)state;
	at_doc *d = dated("Dec. 28 (UPI) -- Officials agreed to keep talking.", "2023-12-29");
	at_event *e = add_events(d, 1);
	event_at(d, &e[0], "agreed");
	at_timex_date_events(d);
	assert_string_equal(e[0].date, "2023-12-28");
	assert_int_equal(e[0].date_timex, d->dateline_timex);
	at_doc_free(d);

	d = dated("Officials agreed to keep talking.", NULL);
	e = add_events(d, 1);
	event_at(d, &e[0], "agreed");
	at_timex_date_events(d);
	assert_null(e[0].date);
	assert_int_equal(e[0].date_precision, AT_PREC_NONE);
	assert_int_equal(e[0].date_timex, -1);
	at_doc_free(d);
}

/* With a tree, the expression attached to the event's verb wins over a
 * nearer one attached to another verb. */
static void the_tree_decides_which_expression_governs(void **state)
{
	(void)state;
	at_doc *d = dated("Officials said on Tuesday that rebels attacked the town on Monday.", "2023-09-29");
	assert_int_equal(d->nsents, 1);
	static const struct {
		const char *form;
		const char *head;
		int upos;
	} tree[] = {
		{"Officials", "said", AT_NOUN}, {"said", NULL, AT_VERB},      {"on", "Tuesday", AT_ADP},
		{"Tuesday", "said", AT_PROPN},  {"that", "attacked", AT_SCONJ}, {"rebels", "attacked", AT_NOUN},
		{"attacked", "said", AT_VERB},  {"the", "town", AT_DET},       {"town", "attacked", AT_NOUN},
		{"Monday", "attacked", AT_PROPN}, {".", "said", AT_PUNCT},
	};
	for (uint32_t w = 0; w < d->nwords; w++)
		d->words[w].head = (int16_t)(word_index(d, "said") + 1);  /* "on" before Monday, too */
	d->words[word_index(d, "said")].head = 0;
	for (size_t k = 0; k < sizeof tree / sizeof tree[0]; k++) {
		at_word *w = &d->words[word_index(d, tree[k].form)];
		w->upos = (uint8_t)tree[k].upos;
		w->head = tree[k].head ? (int16_t)(word_index(d, tree[k].head) + 1) : 0;
	}
	at_event *e = add_events(d, 2);
	event_at(d, &e[0], "attacked");
	event_at(d, &e[1], "said");
	at_timex_date_events(d);
	assert_string_equal(e[0].date, "2023-09-25");
	assert_string_equal(e[1].date, "2023-09-26");
	at_doc_free(d);
}

static void writer_prints_offsets_and_values(void **state)
{
	(void)state;
	at_doc *d = dated("They met on Friday for three days.", "2021-10-08");
	at_buf b;
	at_buf_init(&b);
	at_timex_write_jsonl(d, &b);
	assert_non_null(strstr(b.data, "{\"doc\":\"t\",\"start\":12,\"end\":18,\"sent\":0,\"text\":\"Friday\","
					"\"type\":\"DATE\",\"value\":\"2021-10-08\"}\n"));
	assert_non_null(strstr(b.data, "\"text\":\"three days\",\"type\":\"DURATION\",\"value\":\"P3D\""));
	at_buf_free(&b);
	at_doc_free(d);
}

static void cli_prints_jsonl(void **state)
{
	(void)state;
	char path[] = "build/asan/tests/timex-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	const char *text = "Blinken will travel to Mexico City on Thursday.\n";
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	char cmd[1024], out[4096] = "";
	snprintf(cmd, sizeof cmd, "%s timex --date 2023-09-29 --format jsonl %s", test_attache_bin(), path);
	FILE *p = popen(cmd, "r");
	assert_non_null(p);
	size_t n = fread(out, 1, sizeof out - 1, p);
	out[n] = '\0';
	assert_int_equal(pclose(p), 0);
	unlink(path);
	assert_non_null(strstr(out, "\"start\":38,\"end\":46,\"sent\":0,\"text\":\"Thursday\",\"type\":\"DATE\","
				    "\"value\":\"2023-10-05\""));
}

static void timeml_and_meantime_readers(void **state)
{
	(void)state;
	static const char tml[] =
		"<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-10-08\" "
		"functionInDocument=\"CREATION_TIME\">October 8</TIMEX3></DCT>\n<TEXT>\nTalks "
		"<EVENT eid=\"e1\">ended</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-10-07\">"
		"Thursday</TIMEX3> &amp; resume in <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2W\">two "
		"weeks</TIMEX3>.\n</TEXT></TimeML>";
	at_arena *arena = at_arena_new(4096);
	tx_timeml t;
	char err[128];
	assert_int_equal(tx_timeml_read(arena, tml, strlen(tml), &t, err, sizeof err), 0);
	assert_string_equal(t.dct, "2021-10-08");
	assert_string_equal(t.text, "\nTalks ended Thursday & resume in two weeks.\n");
	assert_int_equal(t.ngold, 2);
	assert_memory_equal(t.text + t.gold[0].start, "Thursday", t.gold[0].end - t.gold[0].start);
	assert_int_equal(t.gold[1].type, AT_TIMEX_DURATION);
	assert_string_equal(t.gold[1].value, "P2W");

	static const char cat[] =
		"<?xml version=\"1.0\" ?><Document doc_id=\"1\">"
		"<token t_id=\"1\" sentence=\"0\">Talks</token><token t_id=\"2\" sentence=\"0\">end</token>"
		"<token t_id=\"3\" sentence=\"1\">May</token><token t_id=\"4\" sentence=\"1\">5</token>"
		"<token t_id=\"5\" sentence=\"2\">They</token><token t_id=\"6\" sentence=\"2\">met</token>"
		"<token t_id=\"7\" sentence=\"2\">last</token><token t_id=\"8\" sentence=\"2\">week</token>"
		"<token t_id=\"9\" sentence=\"2\">.</token>"
		"<Markables><TIMEX3 m_id=\"1\" type=\"DATE\" value=\"2010-05-05\" "
		"functionInDocument=\"CREATION_TIME\"><token_anchor t_id=\"3\"/><token_anchor t_id=\"4\"/>"
		"</TIMEX3><TIMEX3 m_id=\"2\" type=\"DATE\" value=\"2010-W17\" functionInDocument=\"NONE\">"
		"<token_anchor t_id=\"7\"/><token_anchor t_id=\"8\"/></TIMEX3></Markables></Document>";
	assert_int_equal(tx_meantime_read(arena, cat, strlen(cat), &t, err, sizeof err), 0);
	assert_string_equal(t.dct, "2010-05-05");
	assert_string_equal(t.text, "Talks end\nThey met last week.");
	assert_int_equal(t.ngold, 1);
	assert_memory_equal(t.text + t.gold[0].start, "last week", 9);
	assert_int_equal(t.gold[0].end - t.gold[0].start, 9);
	assert_string_equal(t.gold[0].value, "2010-W17");
	assert_int_equal(tx_meantime_read(arena, tml, strlen(tml), &t, err, sizeof err), -1);
	at_arena_free(arena);
}

/* TempEval-3 platinum through `attache eval timex`: the figures the issue
 * asks for must hold (the test set is only measured, never tuned on). */
static void tempeval3_platinum_scores(void **state)
{
	(void)state;
	char tar[1024], cmd[2048], out[4096] = "";
	if (!test_shared_path("data/corpora/TempEval-3/TempEval3_TBAQ-cleaned_te3-platinum.tar.zst", tar,
			      sizeof tar))
		return;
	const char *dir = "build/asan/tests/te3";
	snprintf(cmd, sizeof cmd, "mkdir -p %s && tar --zstd -xf %s -C %s Evaluation/te3-platinum", dir, tar, dir);
	assert_int_equal(system(cmd), 0);
	snprintf(cmd, sizeof cmd, "%s eval timex %s/Evaluation/te3-platinum", test_attache_bin(), dir);
	FILE *p = popen(cmd, "r");
	assert_non_null(p);
	size_t n = fread(out, 1, sizeof out - 1, p);
	out[n] = '\0';
	assert_int_equal(pclose(p), 0);
	double rp, rr, rf, acc;
	const char *rel = strstr(out, "relaxed");
	const char *val = strstr(out, "value    accuracy");
	assert_non_null(rel);
	assert_non_null(val);
	assert_int_equal(sscanf(rel, "relaxed P %lf R %lf F1 %lf", &rp, &rr, &rf), 3);
	assert_int_equal(sscanf(val, "value accuracy %lf", &acc), 1);
	fprintf(stderr, "TE3 platinum: relaxed F1 %.2f, value accuracy %.2f\n", rf, acc);
	assert_true(rf >= 90.0);
	assert_true(acc >= 86.0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(word_table_is_sorted),
		cmocka_unit_test(calendar_arithmetic),
		cmocka_unit_test(explicit_dates_in_common_formats),
		cmocka_unit_test(datelines_are_found),
		cmocka_unit_test(weekdays_follow_the_tense),
		cmocka_unit_test(relative_dates),
		cmocka_unit_test(durations_sets_and_references),
		cmocka_unit_test(numbers_that_are_not_dates),
		cmocka_unit_test(truncated_and_random_text_is_safe),
		cmocka_unit_test(seed_article_dates),
		cmocka_unit_test(events_take_the_date_of_their_clause),
		cmocka_unit_test(events_stay_at_the_date_of_the_sentence_before),
		cmocka_unit_test(events_fall_back_to_the_dateline_or_nothing),
		cmocka_unit_test(the_tree_decides_which_expression_governs),
		cmocka_unit_test(writer_prints_offsets_and_values),
		cmocka_unit_test(cli_prints_jsonl),
		cmocka_unit_test(timeml_and_meantime_readers),
		cmocka_unit_test(tempeval3_platinum_scores),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
