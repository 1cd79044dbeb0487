#include "events/modality.h"
#include "core/wordlist.h"

#include <string.h>

static const char *const negators[] = {"not", "never", "n't", "no", NULL};
static const char *const future_aux[] = {"will", "shall", "'ll", "wo", NULL};
static const char *const hypothetical_aux[] = {"would", "could", "might", "may", "should", "'d", NULL};
static const char *const intent_verbs[] = {
	"want", "plan", "intend", "agree", "offer", "promise", "pledge", "vow", "seek", "hope",
	"propose", "decide", "expect", "prepare", "aim", "wish", "undertake", "commit", NULL,
};
static const char *const saying_verbs[] = {
	"say", "tell", "announce", "report", "state", "claim", "add", "note", "declare",
	"insist", "stress", "confirm", "assert", "explain", "write", NULL,
};

static int negated_word(const at_sview *sv, int32_t w)
{
	for (int32_t c = sv->first_child[w]; c >= 0; c = sv->next_sibling[c])
		if ((sv->role[c] == AT_R_ADVMOD || sv->role[c] == AT_R_DET) && at_word_in(sv->lemma[c], negators))
			return 1;
	return 0;
}

int at_is_unrealising(const char *word)
{
	static const char *const stems[] = {
		"fail", "refus", "declin", "neglect", "avoid", "unable", "unwilling", "reluctant", NULL,
	};
	for (int i = 0; stems[i]; i++)
		if (strncmp(word, stems[i], strlen(stems[i])) == 0)
			return 1;
	return 0;
}

int at_is_intention(const at_sview *sv, int32_t p)
{
	return at_word_in(sv->lemma[p], intent_verbs);
}

int at_is_saying(const at_sview *sv, int32_t p)
{
	return at_word_in(sv->lemma[p], saying_verbs);
}

static uint8_t aux_modality(const at_sview *sv, int32_t p)
{
	for (int32_t c = sv->first_child[p]; c >= 0; c = sv->next_sibling[c]) {
		if (sv->role[c] != AT_R_AUX)
			continue;
		if (at_word_in(sv->lemma[c], future_aux) || at_word_in(sv->form[c], future_aux))
			return AT_MOD_FUTURE;
		if (at_word_in(sv->form[c], hypothetical_aux))
			return AT_MOD_HYPOTHETICAL;
	}
	for (int32_t c = sv->first_child[p]; c >= 0; c = sv->next_sibling[c])
		if (sv->role[c] == AT_R_MARK && strcmp(sv->lemma[c], "if") == 0)
			return AT_MOD_HYPOTHETICAL;
	return AT_MOD_ASSERTED;
}

/* A subordinator, which parsers also attach as an adverb ("when"). */
static int has_mark(const at_sview *sv, int32_t p, const char *const *marks)
{
	for (int32_t c = sv->first_child[p]; c >= 0; c = sv->next_sibling[c])
		if ((sv->role[c] == AT_R_MARK || sv->role[c] == AT_R_ADVMOD) && at_word_in(sv->lemma[c], marks))
			return 1;
	return 0;
}

/* "could announce projects when they talk", "could lead to collaboration
 * to contain X": a clause of time or purpose under a verb that may never
 * happen is no more certain than that verb. */
static uint8_t governing_modality(const at_sview *sv, int32_t p)
{
	static const char *const when[] = {"when", "once", "if", "until", NULL};
	static const char *const to[] = {"to", NULL};
	int32_t g = -1;
	if (sv->role[p] == AT_R_ADVCL && (has_mark(sv, p, when) || has_mark(sv, p, to)))
		g = sv->head[p];
	else if (sv->role[p] == AT_R_ACL && has_mark(sv, p, to) && sv->head[p] >= 0)
		g = at_sview_clause_of(sv, sv->head[p]);
	return g >= 0 && g != p ? aux_modality(sv, g) : AT_MOD_ASSERTED;
}

/* Up the complement clauses above p: under a wish ("he wants to see the
 * United States extradite suspects") the event is still to come; under a
 * saying ("officials said X") it is reported. */
static uint8_t clause_modality(const at_sview *sv, int32_t p)
{
	int32_t w = at_sview_clause_of(sv, p);
	for (int depth = 0; w >= 0 && depth < 6; depth++) {
		if (sv->role[w] != AT_R_CCOMP && sv->role[w] != AT_R_PARATAXIS && sv->role[w] != AT_R_XCOMP)
			break;
		int32_t g = sv->head[w];
		if (g < 0)
			break;
		if (at_word_in(sv->lemma[g], intent_verbs))
			return AT_MOD_FUTURE;
		if (at_is_saying(sv, g))
			return AT_MOD_REPORTED;
		w = g;
	}
	return AT_MOD_ASSERTED;
}

/* "Iran denied that it had attacked the tanker", "denied a suggestion
 * that the bank had sold marks": a clause that someone denies, directly
 * or through the noun that names it, did not happen as far as the text
 * asserts. */
static int denied_clause(const at_sview *sv, int32_t p)
{
	static const char *const denials[] = {"deny", "refute", "dismiss", "reject", NULL};
	int32_t w = at_sview_clause_of(sv, p);
	for (int depth = 0; w >= 0 && depth < 4; depth++) {
		uint8_t role = sv->role[w];
		int32_t g = sv->head[w];
		if (g < 0 || (role != AT_R_CCOMP && role != AT_R_XCOMP && role != AT_R_ACL && role != AT_R_ADVCL))
			return 0;
		/* a purpose or time clause shares the fate of its clause, but
		 * "denied the charge, attacking the press" denies no attack */
		int32_t denier = role == AT_R_ACL ? sv->head[g] : role == AT_R_ADVCL ? -1 : g;
		if (denier >= 0 && at_word_in(sv->lemma[denier], denials))
			return 1;
		w = at_sview_clause_of(sv, g);
	}
	return 0;
}

/* "INDIA AND JAPAN TO DISCUSS IRON ORE PRICES", "Biden to meet Lopez
 * Obrador": a headline's main verb in the infinitive is what is to come. */
static int headline_infinitive(const at_sview *sv, int32_t p)
{
	static const char *const to[] = {"to", NULL};
	return sv->head[p] < 0 && has_mark(sv, p, to) && at_sview_child(sv, p, AT_R_NSUBJ) >= 0;
}

/* "the risk of Iranian attack on U.S. warships", "fears of an invasion":
 * an event noun that a noun of possibility governs may not happen. */
static int possible_only(const at_sview *sv, int32_t p)
{
	static const char *const possibilities[] = {
		"risk", "threat", "possibility", "prospect", "danger", "fear", "chance", "likelihood", NULL,
	};
	int32_t h = sv->head[p];
	const char *prep = at_sview_case(sv, p);
	return h >= 0 && sv->role[p] == AT_R_NMOD && prep && strcmp(prep, "of") == 0 &&
	       at_word_in(sv->lemma[h], possibilities);
}

void at_modality_of(const at_sview *sv, int32_t p, at_modal *out)
{
	out->modality = headline_infinitive(sv, p) ? AT_MOD_FUTURE : aux_modality(sv, p);
	out->negated = (uint8_t)negated_word(sv, p);
	out->intent_of = -1;
	/* "held no talks", "No meeting was announced", "no one attacked" */
	int32_t obj = at_sview_child(sv, p, AT_R_OBJ);
	int32_t subj = at_sview_child(sv, p, AT_R_NSUBJ_PASS);
	if (subj < 0)
		subj = at_sview_child(sv, p, AT_R_NSUBJ);
	if ((obj >= 0 && negated_word(sv, obj)) || (subj >= 0 && negated_word(sv, subj)) || denied_clause(sv, p))
		out->negated = 1;
	/* Up the chain of control verbs: "did not agree to meet", "wants to
	 * meet", "is going to visit", "will travel to ... to meet"; a verb
	 * coordinated without a subject of its own shares its first verb's
	 * ("agreed to take action and deport"). */
	int32_t w0 = p;
	if (sv->role[p] == AT_R_CONJ && sv->head[p] >= 0 && at_sview_child(sv, p, AT_R_NSUBJ) < 0 &&
	    sv->role[sv->head[p]] == AT_R_XCOMP)
		w0 = sv->head[p];
	for (int32_t w = w0, depth = 0; sv->role[w] == AT_R_XCOMP && sv->head[w] >= 0 && depth < 4; depth++) {
		int32_t g = sv->head[w];
		/* "failed to agree", "refused to meet", "is reluctant to
		 * suggest": it did not happen (a refusal is coded from its own
		 * verb) */
		if (negated_word(sv, g) || at_is_unrealising(sv->lemma[g]))
			out->negated = 1;
		uint8_t m = aux_modality(sv, g);
		if (m != AT_MOD_ASSERTED && out->modality == AT_MOD_ASSERTED)
			out->modality = m;
		if (at_word_in(sv->lemma[g], intent_verbs)) {
			out->modality = AT_MOD_FUTURE;
			if (out->intent_of < 0)
				out->intent_of = g;
		} else if (strcmp(sv->lemma[g], "go") == 0 && w > g) {
			out->modality = AT_MOD_FUTURE;
		}
		w = g;
	}
	if (out->modality == AT_MOD_ASSERTED && possible_only(sv, p))
		out->modality = AT_MOD_HYPOTHETICAL;
	if (out->modality == AT_MOD_ASSERTED)
		out->modality = governing_modality(sv, p);
	if (out->modality == AT_MOD_ASSERTED)
		out->modality = clause_modality(sv, p);
}

const char *at_intent_code(const char *code)
{
	static const char *const by_root[21] = {
		NULL, NULL, NULL, NULL, "036", "032", "031", "033", "035", NULL,
		NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	};
	/* 061-064: to cooperate economically, militarily, on judicial
	 * matters, on intelligence */
	static const char *const material[5] = {NULL, "0311", "0312", "0313", "0314"};
	if (!code[0] || !code[1])
		return NULL;
	int root = (code[0] - '0') * 10 + (code[1] - '0');
	if (root == 3)
		return code;
	if (root == 6 && code[2] >= '1' && code[2] <= '4')
		return material[code[2] - '0'];
	return root >= 0 && root <= 20 ? by_root[root] : NULL;
}
