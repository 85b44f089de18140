// Opaque C API over the system ICU.
//
// No ICU header is included here: Swift's Foundation ships its own ICU module on Linux, and a
// Swift module that sees both fails to build. Only warta_icu.c includes <unicode/...>, where ICU's
// version-renaming macros (ubrk_open -> ubrk_open_72) work as designed.
#ifndef WARTA_ICU_H
#define WARTA_ICU_H

#include <stdint.h>

typedef struct WartaBreak WartaBreak;

enum { WARTA_BREAK_WORD = 0, WARTA_BREAK_SENTENCE = 1 };

/// Opens a break iterator; `*status` is an ICU UErrorCode (negative values are warnings).
WartaBreak *warta_break_open(int32_t kind, const char *locale, int32_t *status);
void warta_break_close(WartaBreak *iterator);

/// Iterates `text` (UTF-8, `length` bytes) and writes every boundary after the first as a byte
/// offset into `offsets`, with its rule status into `statuses` (may be NULL). `capacity` must be
/// at least `length + 1`. Returns the number of boundaries written.
int32_t warta_break_collect(WartaBreak *iterator, const char *text, int64_t length,
                            int32_t *offsets, int32_t *statuses, int32_t capacity, int32_t *status);

/// NFC-normalizes UTF-16 `source`; returns the length needed (call again with more room if larger
/// than `capacity`). Returns -1 when `source` is already in NFC (nothing written).
int32_t warta_nfc(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity,
                  int32_t *status);

/// Detects the charset of `bytes`; writes its IANA name (NUL-terminated) into `name`. With
/// `markup` nonzero, ICU's input filter skips `<…>` tags, so only the text is weighed.
/// Returns the detector's confidence 0...100, or -1 when nothing matched.
int32_t warta_detect_charset(const char *bytes, int32_t length, int8_t markup, char *name,
                             int32_t name_capacity, int32_t *status);

/// Converts `bytes` from `charset` to UTF-8; returns the bytes written (`capacity` of 3 × `length`
/// + 16 always suffices). Unmappable input is an
/// error (U_INVALID_CHAR_FOUND / U_ILLEGAL_CHAR_FOUND), not silently replaced.
int32_t warta_convert_to_utf8(const char *charset, const char *bytes, int32_t length, char *destination,
                              int32_t capacity, int32_t *status);

/// ICU's name for a status code.
const char *warta_error_name(int32_t status);

#endif
