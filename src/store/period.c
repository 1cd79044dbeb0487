#include "store/period.h"
#include "timex/calendar.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

static int digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

static int week_start(int year, int week, char out[11])
{
	if (week < 1 || week > 53)
		return -1;
	tx_date jan4 = {year, 1, 4};
	tx_date monday = tx_add_days(jan4, 7L * (week - 1) - tx_weekday(jan4));
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)monday.y % 10000u, (unsigned)monday.m % 100u,
		 (unsigned)monday.d % 100u);
	return 0;
}

int at_period_start(const char *s, char out[11])
{
	if (!digits(s, 4))
		return -1;
	int year = atoi(s);
	if (s[4] == '\0') {
		snprintf(out, 11, "%04d-01-01", year);
		return 0;
	}
	if (s[4] != '-')
		return -1;
	const char *rest = s + 5;
	if (rest[0] == 'W' && digits(rest + 1, 2))
		return week_start(year, atoi(rest + 1), out);
	if (rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
		snprintf(out, 11, "%04d-%02d-01", year, (rest[1] - '1') * 3 + 1);
		return 0;
	}
	if (!digits(rest, 2) || atoi(rest) < 1 || atoi(rest) > 12)
		return -1;
	int month = atoi(rest);
	if (rest[2] == '\0') {
		snprintf(out, 11, "%04d-%02d-01", year, month);
		return 0;
	}
	if (rest[2] != '-' || !digits(rest + 3, 2))
		return -1;
	snprintf(out, 11, "%04d-%02d-%.2s", year, month, rest + 3);
	return 0;
}
