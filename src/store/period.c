#include "store/period.h"

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

/* Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's algorithm). */
static long days_from_civil(long y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, char out[11])
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	int d = (int)(doy - (153 * mp + 2) / 5 + 1);
	int m = (int)(mp < 10 ? mp + 3 : mp - 9);
	int y = (int)(yoe + era * 400 + (m <= 2));
	/* Event years are 4-digit; keep the output in its 10 bytes regardless. */
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
}

static int week_start(int year, int week, char out[11])
{
	if (week < 1 || week > 53)
		return -1;
	long jan4 = days_from_civil(year, 1, 4);
	int weekday = (int)((jan4 + 3) % 7); /* 0 = Monday; 1970-01-01 was a Thursday */
	if (weekday < 0)
		weekday += 7;
	civil_from_days(jan4 - weekday + 7L * (week - 1), out);
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
