#ifndef CPCRE2_SHIM_H
#define CPCRE2_SHIM_H
/* Must come before pcre2.h, which refuses to compile without a code unit width. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* Swift cannot import cast-expression macros. */
static inline size_t cpcre2_unset(void) { return PCRE2_UNSET; }
#endif
