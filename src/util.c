/*
 * util.c: helpers for words and error messages, shared by the types and
 * functions of the extension.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"
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

const CcFormatHeader cc_format_header = {CC_FORMAT_VERSION};

void
cc_damaged(const char *typname, const char *shown, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 shown ? errmsg("damaged %s value %s", typname, shown) :
			 errmsg("damaged %s value", typname),
			 errdetail("%s", detail)));
}

void
cc_damaged_header(const char *typname, const CcFormatHeader *h)
{
	int			i;

	if (h->version != CC_FORMAT_VERSION)
		cc_damaged(typname, NULL,
				   psprintf("Its header gives format version %d; this version of "
							"cocreation reads format version %d only.",
							h->version, CC_FORMAT_VERSION));
	for (i = 0; h->reserved[i] == 0; i++)
		;
	cc_damaged(typname, NULL,
			   psprintf("Reserved byte %d of its header is 0x%02X; in format version %d "
						"it is 0.", i + 1, h->reserved[i], CC_FORMAT_VERSION));
}

void
cc_invalid_code(const char *typname, int code, int max)
{
	if (CC_CODE_VERSION(code) != CC_FORMAT_VERSION)
		cc_damaged(typname, psprintf("0x%02X", code),
				   psprintf("Its top two bits give format version %d; this version of "
							"cocreation reads format version %d only, codes 0 to %d.",
							CC_CODE_VERSION(code), CC_FORMAT_VERSION, max));
	cc_damaged(typname, psprintf("0x%02X", code),
			   psprintf("Code %d is out of range: codes run from 0 to %d.", code, max));
}

void
cc_unknown_format(const char *typname, int version)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("unsupported format version %d in binary %s", version, typname),
			 errdetail("The value is in format version %d; this version of cocreation "
					   "reads format version %d only.", version, CC_FORMAT_VERSION),
			 errhint("Read it with the version of cocreation that wrote it, or a later one.")));
}

uint32		cc_byte_hashes[256];

void
cc_fill_byte_hashes(void)
{
	int			i;

	for (i = 0; i < lengthof(cc_byte_hashes); i++)
		cc_byte_hashes[i] = hash_bytes_uint32((uint32) i);
}

int
cc_recv_code_byte(StringInfo buf, const char *typname)
{
	int			b = pq_getmsgbyte(buf);

	if (CC_CODE_VERSION(b) != CC_FORMAT_VERSION)
		cc_unknown_format(typname, CC_CODE_VERSION(b));
	return b;
}
