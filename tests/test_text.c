/* The text layer: tokenizer, sentence splitter, CoNLL-U, HTML extraction,
 * and the four seed articles split as a reader checked them by eye. */
#include "helpers.h"

#include "core/buf.h"
#include "core/file.h"
#include "eval/tokenize_eval.h"
#include "text/conllu.h"
#include "text/html.h"
#include "text/sentsplit.h"
#include "text/tokenize.h"

static at_doc *tokenized_with(const at_sentsplit *model, const char *text)
{
	at_doc *d = at_doc_new("t", text, strlen(text));
	assert_non_null(d);
	assert_int_equal(at_tokenize_with(model, d), 0);
	return d;
}

static at_doc *tokenized(const char *text)
{
	return tokenized_with(NULL, text);
}

/* The tokens, space-separated; a multiword token shows as {do|n't}. */
static char *token_string(const at_doc *d, at_buf *b)
{
	at_buf_clear(b);
	for (size_t i = 0; i < d->ntokens; i++) {
		const at_token *t = &d->tokens[i];
		if (i)
			at_buf_putc(b, ' ');
		if (t->word_count > 1)
			at_buf_putc(b, '{');
		for (unsigned k = 0; k < t->word_count; k++) {
			if (k)
				at_buf_putc(b, '|');
			at_buf_puts(b, d->words[t->word_first + k].form);
		}
		if (t->word_count > 1)
			at_buf_putc(b, '}');
	}
	return b->data ? b->data : "";
}

static void expect_tokens(const char *text, const char *expected)
{
	at_buf b;
	at_buf_init(&b);
	at_doc *d = tokenized(text);
	assert_string_equal(token_string(d, &b), expected);
	at_doc_free(d);
	at_buf_free(&b);
}

static void clitics_are_multiword_tokens(void **state)
{
	(void)state;
	expect_tokens("I don't think it's Mexico's fault, I'm sure.",
		      "I {do|n't} think {it|'s} {Mexico|'s} fault , {I|'m} sure .");
	expect_tokens("We can't and won't, they've said; you'll see. Cannot.",
		      "We {ca|n't} and {wo|n't} , {they|'ve} said ; {you|'ll} see . {Can|not} .");
	expect_tokens("China\xE2\x80\x99s army didn\xE2\x80\x99t move.",
		      "{China|\xE2\x80\x99s} army {did|n\xE2\x80\x99t} move .");
	expect_tokens("O'Brien rock'n'roll parents' house", "O'Brien rock'n'roll parents ' house");
}

static void offsets_point_into_the_text(void **state)
{
	(void)state;
	const char *text = "  \xE2\x80\x9CHe didn't\xE2\x80\x9D \n said\xC2\xA0(maybe).";
	at_doc *d = tokenized(text);
	assert_int_equal(d->ntokens, 9);
	for (size_t i = 0; i < d->ntokens; i++) {
		const at_token *t = &d->tokens[i];
		assert_true(t->start < t->end && t->end <= d->len);
		for (unsigned k = 0; k < t->word_count; k++) {
			const at_word *w = &d->words[t->word_first + k];
			assert_int_equal(w->token, i);
			assert_int_equal(w->head, -1);
			assert_int_equal(w->start, t->start);
			assert_int_equal(w->end, t->end);
		}
	}
	assert_memory_equal(d->text + d->tokens[2].start, "didn't", 6);
	assert_string_equal(d->words[d->tokens[2].word_first + 1].form, "n't");
	assert_int_equal(d->tokens[0].space_after, 0);   /* “He */
	assert_int_equal(d->tokens[2].space_after, 0);   /* didn't” */
	assert_int_equal(d->tokens[3].space_after, 1);   /* ” then a line break */
	assert_int_equal(d->tokens[4].space_after, 1);   /* said, then a no-break space */
	assert_memory_equal(d->text + d->tokens[5].start, "(", 1);
	assert_int_equal(d->nsents, 1);
	at_doc_free(d);
}

static void abbreviations_numbers_urls(void **state)
{
	(void)state;
	expect_tokens("The U.S. and Mr. Smith met Gen. Jones on Dec. 5 at 3.5 p.m. for $3,000.",
		      "The U.S. and Mr. Smith met Gen. Jones on Dec. 5 at 3.5 p.m. for $ 3,000 .");
	expect_tokens("A 1,954-mile (3,145-kilometre) border, 10% and 11/28/2000 at 5:00.",
		      "A 1,954 - mile ( 3,145 - kilometre ) border , 10 % and 11/28/2000 at 5:00 .");
	expect_tokens("See http://example.com/a?b=1, or mail jo.smith@example.org.",
		      "See http://example.com/a?b=1 , or mail jo.smith@example.org .");
	expect_tokens("top-level e-mail non-profit call 713-853-3989 now...",
		      "top - level e-mail non-profit call 713-853-3989 now ...");
	expect_tokens("Pens, etc. are sold; books etc. J. R. R. Tolkien wrote it!!! Really?! :)",
		      "Pens , etc. are sold ; books etc . J. R. R. Tolkien wrote it !!! Really ?! :)");
	expect_tokens("At 7:30PM or 5am, \xE2\x80\x98\xE2\x80\x99quoted\xE2\x80\x99\xE2\x80\x99.",
		      "At 7:30 PM or 5 am , \xE2\x80\x98\xE2\x80\x99 quoted \xE2\x80\x99\xE2\x80\x99 .");
}

/* The sentences of text, separated by " | ". */
static void expect_split(const at_sentsplit *model, const char *text, const char *expected)
{
	at_doc *d = tokenized_with(model, text);
	at_buf b;
	at_buf_init(&b);
	for (size_t i = 0; i < d->nsents; i++) {
		if (i)
			at_buf_puts(&b, " | ");
		at_buf_put(&b, d->text + d->sents[i].start, d->sents[i].end - d->sents[i].start);
	}
	assert_string_equal(b.data ? b.data : "", expected);
	at_buf_free(&b);
	at_doc_free(d);
}

static void expect_sentences(const char *text, const char *expected)
{
	expect_split(NULL, text, expected);
}

/* Datelines and headlines, with the rules alone and with the model. */
static void check_news_layout(const at_sentsplit *model)
{
	expect_split(model, "Dec. 28 (UPI) -- Senior officials met. They agreed.",
		     "Dec. 28 (UPI) -- Senior officials met. | They agreed.");
	expect_split(model, "MEXICO CITY, Oct 8 (Reuters) - Mexico said on Friday it would act.",
		     "MEXICO CITY, Oct 8 (Reuters) - Mexico said on Friday it would act.");
	expect_split(model, "OTTAWA, May 12 - Canadian Prime Minister Justin Trudeau met Fumio Kishida.",
		     "OTTAWA, May 12 - Canadian Prime Minister Justin Trudeau met Fumio Kishida.");
	expect_split(model, "WASHINGTON -- The talks ended. Both sides left: nothing was agreed.",
		     "WASHINGTON -- The talks ended. | Both sides left: nothing was agreed.");
	expect_split(model, "Talks resume in Mexico\nOfficials from both countries met on Friday.",
		     "Talks resume in Mexico | Officials from both countries met on Friday.");
	/* a digest's items between lines of dashes or stars */
	expect_split(model, "Japan acted today.\n- - - -\nMANILA - Rebels said they attacked a base\n* * *\n"
			    "BELFAST - Mourners clashed with police.",
		     "Japan acted today. | - - - - | MANILA - Rebels said they attacked a base | * * * | "
		     "BELFAST - Mourners clashed with police.");
	/* dashes of any script make such a line; letters of any script do not */
	expect_split(model, "Japan acted today\n\u2014 \u2014 \u2014\nRebels said they attacked a base",
		     "Japan acted today | \u2014 \u2014 \u2014 | Rebels said they attacked a base");
}

static void splitter_rules(void **state)
{
	(void)state;
	expect_sentences("He left. She stayed! Why? Nobody knows.",
			 "He left. | She stayed! | Why? | Nobody knows.");
	expect_sentences("Mr. Smith met Gen. Jones in the U.S. Army base on Jan. 3. They talked.",
			 "Mr. Smith met Gen. Jones in the U.S. Army base on Jan. 3. | They talked.");
	expect_sentences("It was sold to the U.S. The deal closed.", "It was sold to the U.S. | The deal closed.");
	expect_sentences("In Roe v. Wade the court ruled.", "In Roe v. Wade the court ruled.");
	expect_sentences("He said \"stop.\" Then he left (quietly.) It ended.",
			 "He said \"stop.\" | Then he left (quietly.) | It ended.");
	expect_sentences("We are working ... to help. Wait... What?", "We are working ... to help. | Wait... | What?");
	expect_sentences("Big news today\nThe rest of the story follows.",
			 "Big news today | The rest of the story follows.");
	expect_sentences("asked about treatment of \nHaitian migrants\n at the border, he said.",
			 "asked about treatment of \nHaitian migrants\n at the border, he said.");
	expect_sentences("Dr. J. Smith arrived at 5 p.m. on Tuesday", "Dr. J. Smith arrived at 5 p.m. on Tuesday");
}

static void blank_lines_make_paragraphs(void **state)
{
	(void)state;
	at_doc *d = tokenized("Title line\n\nFirst sentence here. Second one\n\n\nThird.");
	assert_int_equal(d->nsents, 4);
	assert_int_equal(d->sents[0].new_par, 1);
	assert_int_equal(d->sents[1].new_par, 1);
	assert_int_equal(d->sents[2].new_par, 0);
	assert_int_equal(d->sents[3].new_par, 1);
	size_t words = 0;
	for (size_t i = 0; i < d->nsents; i++) {
		assert_int_equal(d->sents[i].word_first, words);
		words += d->sents[i].word_count;
	}
	assert_int_equal(words, d->nwords);
	at_doc_free(d);
	d = tokenized(" \n\t ");
	assert_int_equal(d->ntokens, 0);
	assert_int_equal(d->nsents, 0);
	at_doc_free(d);
}

static char *read_shared(const char *rel, size_t *len)
{
	char path[1024], err[256];
	if (!test_shared_path(rel, path, sizeof path))
		return NULL;
	char *data = at_read_file(path, len, err, sizeof err);
	assert_non_null(data);
	return data;
}

static at_doc *seed(const char *name, const at_sentsplit *model)
{
	char rel[256];
	size_t len = 0;
	snprintf(rel, sizeof rel, "seeds/%s.txt", name);
	char *text = read_shared(rel, &len);
	if (!text)
		return NULL;
	at_doc *d = at_doc_new(name, text, len);
	free(text);
	assert_non_null(d);
	assert_int_equal(at_tokenize_with(model, d), 0);
	return d;
}

static void assert_sentence(const at_doc *d, size_t i, const char *text)
{
	assert_true(i < d->nsents);
	const at_sentence *s = &d->sents[i];
	size_t n = strlen(text);
	if (s->end - s->start != n || memcmp(d->text + s->start, text, n) != 0)
		fail_msg("sentence %zu is \"%.*s\", expected \"%s\"", i, (int)(s->end - s->start),
			 d->text + s->start, text);
}

/* Checked by eye: headlines on their own line are sentences, the UPI
 * dateline stays with its sentence, a line broken inside a sentence does
 * not split it, and narrow no-break spaces separate sentences. */
static void check_seeds(const at_sentsplit *model)
{
	at_doc *d = seed("000_2876ba5f1953b5d9", model);
	if (!d)
		return;
	assert_int_equal(d->nsents, 16);
	assert_sentence(d, 7, "Mexico's migration plea");
	assert_sentence(d, 12, "Opioids caused deaths on rise");
	at_doc_free(d);

	d = seed("001_a9cda7e2701f1645", model);
	assert_int_equal(d->nsents, 17);
	assert_sentence(d, 1, "Photo by Madia Hartz/EPA-EFE");
	assert_sentence(d, 2, "Dec. 28 (UPI) -- Senior U.S. and Mexican officials agreed to keep talking "
			      "after a high-stakes meeting on migration at the border on Wednesday.");
	assert_sentence(d, 5, "\"We have seen in recent days a pretty significant reduction in border crossings.");
	at_doc_free(d);

	d = seed("002_235a77a59d59c6fe", model);
	assert_int_equal(d->nsents, 41);
	assert_sentence(d, 6, "'Balanced and sustainable'");
	assert_sentence(d, 28, "When Blinken was asked about treatment of \nHaitian migrants\n at the US-Mexico "
			       "border, he said the US is in \"close, daily contact\" with its Mexican colleagues "
			       "about the issue.");
	at_doc_free(d);

	d = seed("003_0e6515a92939e8ab", model);
	assert_int_equal(d->nsents, 18);
	assert_sentence(d, 5, "Paris relations");
	assert_sentence(d, 12, "The Biden administration last month announced the new security pact with "
			       "Australia and\xE2\x80\xAF" "Britain that angered Paris.");
	assert_int_equal(d->sents[12].new_par, 1);
	assert_int_equal(d->sents[13].new_par, 0);
	at_doc_free(d);
}

static void seeds_and_news_split_as_checked(void **state)
{
	(void)state;
	check_seeds(NULL);
	check_news_layout(NULL);
	char err[256];
	at_sentsplit *model = at_sentsplit_load("models/sentsplit.atm", err, sizeof err);
	if (!model) {
		fprintf(stderr, "skipped the learned splitter on the seeds: %s\n", err);
		return;
	}
	check_seeds(model);
	check_news_layout(model);
	at_sentsplit_free(model);
}

static const char small_conllu[] =
	"# newdoc id = d1\n"
	"# newpar\n"
	"# sent_id = d1-1\n"
	"# text = I don't know.\n"
	"1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
	"2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
	"2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
	"3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
	"4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
	"5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
	"\n"
	"# sent_id = d1-2\n"
	"# text = Fine!\n"
	"1\tFine\tfine\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No\n"
	"2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\n"
	"\n";

static void conllu_round_trips(void **state)
{
	(void)state;
	char err[256];
	at_doc *d = at_conllu_read(small_conllu, strlen(small_conllu), "d1", err, sizeof err);
	assert_non_null(d);
	assert_string_equal(d->text, "I don't know. Fine!");
	assert_int_equal(d->nsents, 2);
	assert_int_equal(d->ntokens, 6);
	assert_int_equal(d->nwords, 7);
	assert_int_equal(d->tokens[1].word_count, 2);
	at_buf once, twice;
	at_buf_init(&once);
	at_buf_init(&twice);
	at_conllu_write(d, &once);
	at_doc *again = at_conllu_read(once.data, once.len, "d1", err, sizeof err);
	assert_non_null(again);
	at_conllu_write(again, &twice);
	assert_string_equal(once.data, twice.data);
	assert_non_null(strstr(once.data, "2-3\tdon't\t"));
	assert_non_null(strstr(once.data, "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"));
	assert_non_null(strstr(once.data, "# text = Fine!\n"));

	/* Our tokenizer and splitter agree with this gold entirely. */
	at_tokenize_scores s;
	assert_int_equal(at_tokenize_eval(d, NULL, &s, err, sizeof err), 0);
	assert_int_equal(s.tokens.correct, 6);
	assert_int_equal(s.words.correct, 7);
	assert_int_equal(s.sents.correct, 2);
	assert_true(at_span_f1(&s.sents) > 99.99);
	at_doc_free(again);
	at_doc_free(d);
	at_buf_free(&once);
	at_buf_free(&twice);

	assert_null(at_conllu_read("1\tonly-two-columns\n", 19, "bad", err, sizeof err));
	assert_non_null(strstr(err, "line 1"));
}

static void html_main_text_title_and_date(void **state)
{
	(void)state;
	const char *html =
		"<!DOCTYPE html><html><head><title>Site | Talks resume</title>"
		"<meta property=\"og:title\" content=\"Talks resume\">"
		"<meta property=\"article:published_time\" content=\"2023-09-29T10:00:00Z\">"
		"<script>var x = 'no';</script><style>p{}</style></head><body>"
		"<nav><a href=\"/\">Home</a> <a>World</a></nav>"
		"<header>Site header</header>"
		"<article><h1>Talks resume</h1><p>Officials met on <b>Friday</b>.\nThey agreed.</p>"
		"<div class=\"share-tools\">Share this</div>"
		"<figure><img src=x><figcaption>A photo</figcaption></figure>"
		"<p>Caf\xC3\xA9 owners<br>cheered.</p></article>"
		"<footer>Copyright</footer></body></html>";
	at_buf out;
	at_buf_init(&out);
	at_html_meta meta;
	char err[256];
	assert_int_equal(at_html_extract(html, strlen(html), &out, &meta, err, sizeof err), 0);
	assert_string_equal(meta.title, "Talks resume");
	assert_string_equal(meta.date, "2023-09-29");
	assert_string_equal(out.data, "Talks resume\n\nOfficials met on Friday. They agreed.\n\nCaf\xC3\xA9 owners\ncheered.");
	at_buf_clear(&out);

	const char *plain = "<html><head><title> Plain page </title></head><body><div>One."
			    "<time datetime=\"2021/10/08\">Oct 8</time></div>"
			    "<table><tr><td>Cell</td><td>by cell</td></tr></table></body></html>";
	assert_int_equal(at_html_extract(plain, strlen(plain), &out, &meta, err, sizeof err), 0);
	assert_string_equal(meta.title, "Plain page");
	assert_string_equal(meta.date, "2021-10-08");
	assert_string_equal(out.data, "One.Oct 8\n\nCell by cell");
	at_buf_clear(&out);

	const char *no_article =
		"<html><body><div><ul><li><a>Home</a></li><li><a>Sport</a></li></ul></div>"
		"<div id=\"story\"><p>The ministers met in Geneva on Monday to discuss the ceasefire and the "
		"exchange of prisoners, officials said.</p><p>Both delegations said the talks had been useful "
		"and that they would meet again next month in Vienna to settle the details.</p></div>"
		"<div>Contact us</div></body></html>";
	assert_int_equal(at_html_extract(no_article, strlen(no_article), &out, &meta, err, sizeof err), 0);
	assert_true(strncmp(out.data, "The ministers met", 17) == 0);
	assert_null(strstr(out.data, "Home"));
	assert_null(strstr(out.data, "Contact"));
	at_buf_clear(&out);

	const char *empty = "<html><body><script>only()</script></body></html>";
	assert_int_equal(at_html_extract(empty, strlen(empty), &out, &meta, err, sizeof err), -1);
	assert_non_null(strstr(err, "no article text"));
	at_buf_free(&out);
}

/* Tokens are ordered, non-empty, never hold a space and never overlap;
 * sentences tile the tokens and words in order. */
static void check_invariants(const at_doc *d)
{
	uint32_t prev_end = 0;
	for (size_t i = 0; i < d->ntokens; i++) {
		const at_token *t = &d->tokens[i];
		assert_true(t->start < t->end && t->start >= prev_end && t->end <= d->len);
		for (uint32_t k = t->start; k < t->end; k++)
			assert_false(d->text[k] == ' ' || d->text[k] == '\n' || d->text[k] == '\t');
		assert_true(t->word_count >= 1);
		prev_end = t->end;
	}
	size_t next_token = 0, next_word = 0;
	for (size_t s = 0; s < d->nsents; s++) {
		assert_int_equal(d->sents[s].token_first, next_token);
		assert_int_equal(d->sents[s].word_first, next_word);
		assert_true(d->sents[s].token_count >= 1 && d->sents[s].token_count <= AT_MAX_SENT_TOKENS);
		next_token += d->sents[s].token_count;
		next_word += d->sents[s].word_count;
	}
	assert_int_equal(next_token, d->ntokens);
	assert_int_equal(next_word, d->nwords);
}

/* Random text made of the pieces the rules care about never breaks them. */
static void random_text_keeps_invariants(void **state)
{
	(void)state;
	static const char *const pieces[] = {
		"a", "Mr", "U", "S", ".", "..", "'", "\xE2\x80\x99", "s", "n't", "don", "-", "--", ",",
		"3", "1,954", " ", " ", "\n", "\n\n", "\"", "(", ")", "@", "x.com", "http://", "www.",
		"\xC2\xA0", "\xE2\x80\xAF", "?!", ":)", "\xE2\x80\x9C", "#", "$", "/", "_", "&", "\xC3\xA9",
		"\xE2\x80\xA6", "\xFF", "cannot", "Inc", "etc", "7:30", "pm",
	};
	uint64_t seed = 42;
	char text[600];
	for (int round = 0; round < 400; round++) {
		size_t len = 0;
		while (len < sizeof text - 16) {
			seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
			const char *p = pieces[(seed >> 33) % (sizeof pieces / sizeof *pieces)];
			size_t n = strlen(p);
			memcpy(text + len, p, n);
			len += n;
		}
		at_doc *d = at_doc_new("r", text, len);
		assert_non_null(d);
		assert_int_equal(at_tokenize(d), 0);
		check_invariants(d);
		at_doc_free(d);
	}
}

/* A long run of word pieces without spaces is tokenized in one pass. */
static void long_chunk_is_tokenized(void **state)
{
	(void)state;
	size_t pairs = 20000;
	char *text = malloc(pairs * 2 + 2);
	assert_non_null(text);
	for (size_t i = 0; i < pairs; i++)
		memcpy(text + 2 * i, "a-", 2);
	memcpy(text + 2 * pairs, "@", 2);
	at_doc *d = at_doc_new("long", text, pairs * 2 + 1);
	free(text);
	assert_int_equal(at_tokenize(d), 0);
	assert_int_equal(d->ntokens, pairs * 2 + 1);
	check_invariants(d);
	at_doc_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(clitics_are_multiword_tokens),
		cmocka_unit_test(offsets_point_into_the_text),
		cmocka_unit_test(abbreviations_numbers_urls),
		cmocka_unit_test(splitter_rules),
		cmocka_unit_test(blank_lines_make_paragraphs),
		cmocka_unit_test(random_text_keeps_invariants),
		cmocka_unit_test(long_chunk_is_tokenized),
		cmocka_unit_test(seeds_and_news_split_as_checked),
		cmocka_unit_test(conllu_round_trips),
		cmocka_unit_test(html_main_text_title_and_date),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
