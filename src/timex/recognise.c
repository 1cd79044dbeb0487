/* The scanner: at each piece a rule can start on, every rule is tried; the
 * longest match wins and scanning goes on after it. Extents follow TimeML
 * as TimeBank has it: "the" is part of "the last week" and "the third
 * quarter", approximators of durations ("nearly two years") too,
 * prepositions and "about" never. */
#include "timex/recognise.h"

#include "core/doc.h"
#include "timex/rules.h"

static const tx_rule rules[] = {
	tx_rule_numeric_date, tx_rule_month_date, tx_rule_day_month, tx_rule_weekday,
	tx_rule_relday,       tx_rule_relative,   tx_rule_earlier,   tx_rule_edge,
	tx_rule_duration,     tx_rule_year,       tx_rule_decade,    tx_rule_century,
	tx_rule_quarter,      tx_rule_season,     tx_rule_ref,       tx_rule_recent,
	tx_rule_set,          tx_rule_time,       tx_rule_holiday,   tx_rule_the_unit,
	tx_rule_bare_plural,  tx_rule_year_adjective, tx_rule_approximate, tx_rule_anaphoric,
	tx_rule_coming,       tx_rule_second_day, tx_rule_spoken_year,
};

/* Only pieces a rule can start on are worth trying. */
static int can_start(const tx_scan *s, size_t i)
{
	const tx_piece *p = &s->p[i];
	if (p->kind == TX_P_NUM)
		return 1;
	if (p->kind == TX_P_PUNCT)
		return p->punct == '\'';
	if (p->kind == TX_P_WORD && p->end - p->start == 1 && (s->text[p->start] == 'Q'))
		return 1;
	if (!p->word)
		return 0;
	switch (p->word->cls) {
	case TX_CUE: case TX_FUTURE: case TX_PAST: case TX_PRESENT: case TX_OF: case TX_AND:
	case TX_ZONE: case TX_AMPM: case TX_AGO:
		return 0;
	case TX_APPROX:
		return tx_approximator(s, i) > 0;
	default:
		return 1;
	}
}

/* "Dec. 28 (UPI) --", "MEXICO CITY, Oct 8 (Reuters) -": a day near the start
 * of a line followed by an agency in parentheses or a dash; or, near the
 * top, a full date alone on its line (the date line under a headline). */
static int is_dateline(const tx_scan *s, const tx_match *m)
{
	if (m->precision != AT_PREC_DAY || m->first - s->line > 8 || s->p[m->first].start > 2000)
		return 0;
	size_t k = m->last + 1;
	if (m->first == s->line && k == s->limit && m->type == AT_TIMEX_DATE && m->value[0] != 'X' &&
	    s->p[m->first].start < 400)
		return 1;
	if (tx_punct(s, k, '(')) {
		size_t close = k + 1;
		while (close < k + 6 && tx_in(s, close) && !tx_punct(s, close, ')'))
			close++;
		if (!tx_punct(s, close, ')'))
			return 0;
		k = close + 1;
	}
	return tx_punct(s, k, '-') || tx_punct(s, k, ':');
}

static int emit(at_arena *arena, const tx_scan *s, const tx_match *m, tx_found **out, size_t *n,
		size_t *cap)
{
	if (*n == *cap) {
		*out = at_arena_grow(arena, *out, sizeof **out, cap);
		if (!*out)
			return -1;
	}
	tx_found *f = &(*out)[(*n)++];
	f->start = s->p[m->first].start;
	f->end = s->p[m->last].end;
	f->type = (uint8_t)m->type;
	f->precision = (uint8_t)m->precision;
	f->dateline = (uint8_t)is_dateline(s, m);
	memcpy(f->value, m->value, sizeof f->value);
	return 0;
}

/* A day, month or year just found becomes what "that day" refers to. */
static void update_focus(tx_scan *s, const tx_match *m)
{
	const char *v = m->value;
	tx_date d = {0, 1, 1};
	if (m->type != AT_TIMEX_DATE && m->type != AT_TIMEX_TIME)
		return;
	for (int k = 0; k < 4; k++) {
		if (v[k] < '0' || v[k] > '9')
			return;
		d.y = d.y * 10 + (v[k] - '0');
	}
	int prec = AT_PREC_YEAR;
	if (v[4] == '-' && v[5] >= '0' && v[5] <= '1' && v[6] >= '0' && v[6] <= '9') {
		d.m = (v[5] - '0') * 10 + (v[6] - '0');
		prec = AT_PREC_MONTH;
		if (v[7] == '-' && tx_parse_date(v, &d) == 0)
			prec = AT_PREC_DAY;
	} else if (v[4] != '\0') {
		return;
	}
	s->focus = d;
	s->focus_prec = prec;
}

static size_t line_end(const tx_piece *p, size_t n, size_t from)
{
	size_t k = from + 1;
	while (k < n && !p[k].brk)
		k++;
	return k;
}

int tx_recognise(at_arena *arena, const char *text, size_t len, const char *date,
		 const struct at_doc *doc, tx_found **out, size_t *n)
{
	tx_piece *pieces;
	size_t npieces, cap = 0;
	*out = NULL;
	*n = 0;
	if (tx_lex(arena, text, len, &pieces, &npieces) != 0)
		return -1;
	tx_scan s = {text, pieces, npieces, 0, 0, 0, {0, 0, 0}, 0, {0, 0, 0}, doc};
	s.has_ref = tx_parse_date(date, &s.ref) == 0;
	size_t i = 0;
	while (i < npieces) {
		if (i >= s.limit) {
			s.line = i;
			s.limit = line_end(pieces, npieces, i);
		}
		if (!can_start(&s, i)) {
			i++;
			continue;
		}
		tx_match best = {0, 0, 0, 0, ""}, m;
		int found = 0;
		for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++) {
			memset(&m, 0, sizeof m);
			if (rules[r](&s, i, &m) && m.first == i && (!found || m.last > best.last)) {
				best = m;
				found = 1;
			}
		}
		if (!found) {
			i++;
			continue;
		}
		if (emit(arena, &s, &best, out, n, &cap) != 0)
			return -1;
		update_focus(&s, &best);
		i = best.last + 1;
	}
	return 0;
}
