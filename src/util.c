/*
 * util.c: helpers for words and error messages, shared by the types and
 * functions of the extension.
 */
#include "postgres.h"

#include "mb/pg_wchar.h"
#include "parser/scansup.h"

#include "util.h"

#define CC_ERROR_CLIP 64

char *
cc_clip_for_error(const char *str, int len)
{
	int			keep;
	char	   *out;

	if (len <= CC_ERROR_CLIP)
		return pnstrdup(str, len);

	/* never cut a multibyte character in half: the message must stay valid */
	keep = pg_mbcliplen(str, len, CC_ERROR_CLIP);
	out = palloc(keep + 4);
	memcpy(out, str, keep);
	memcpy(out + keep, "...", 4);
	return out;
}

void
cc_syntax_error(const char *typname, const char *input, const char *detail, const char *hint)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", typname,
					cc_clip_for_error(input, strlen(input))),
			 detail ? errdetail("%s", detail) : 0,
			 errhint("%s", hint)));
}

char *
cc_unknown_word_detail(const char *what, const char *word, int len, const char *valid)
{
	cc_trim(&word, &len);
	return psprintf("Unknown %s \"%s\". %s", what, cc_clip_for_error(word, len), valid);
}

bool
cc_word_equals(const char *str, int len, const char *word)
{
	int			i;

	for (i = 0; i < len; i++)
	{
		char		c = str[i];

		if (word[i] == '\0')
			return false;
		if (c == '-' || c == ' ')
			c = '_';
		else if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c != word[i])
			return false;
	}
	return word[len] == '\0';
}

void
cc_trim(const char **str, int *len)
{
	const char *s = *str;
	int			n = *len;

	while (n > 0 && scanner_isspace(*s))
	{
		s++;
		n--;
	}
	while (n > 0 && scanner_isspace(s[n - 1]))
		n--;
	*str = s;
	*len = n;
}

void
cc_invalid_code(const char *typname, int code, int max)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("invalid %s code %d", typname, code),
			 errdetail("Codes run from 0 to %d.", max)));
}
