#include "warta_icu.h"

#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/utext.h>
#include <stdlib.h>
#include <string.h>

struct WartaBreak {
    UBreakIterator *iterator;
};

WartaBreak *warta_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *iterator =
        ubrk_open(kind == WARTA_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD, locale, NULL, 0, &code);
    *status = code;
    if (U_FAILURE(code)) return NULL;
    WartaBreak *result = (WartaBreak *)malloc(sizeof(WartaBreak));
    if (result == NULL) {
        ubrk_close(iterator);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->iterator = iterator;
    return result;
}

void warta_break_close(WartaBreak *iterator) {
    if (iterator == NULL) return;
    ubrk_close(iterator->iterator);
    free(iterator);
}

int32_t warta_break_collect(WartaBreak *iterator, const char *text, int64_t length,
                            int32_t *offsets, int32_t *statuses, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UText utext = UTEXT_INITIALIZER;
    utext_openUTF8(&utext, text, length, &code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    ubrk_setUText(iterator->iterator, &utext, &code);
    if (U_FAILURE(code)) { utext_close(&utext); *status = code; return 0; }
    int32_t count = 0;
    ubrk_first(iterator->iterator);
    for (int32_t b = ubrk_next(iterator->iterator); b != UBRK_DONE && count < capacity;
         b = ubrk_next(iterator->iterator)) {
        offsets[count] = b;
        if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(iterator->iterator);
        count++;
    }
    utext_close(&utext);
    *status = code;
    return count;
}

int32_t warta_nfc(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity,
                  int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    if (unorm2_isNormalized(nfc, (const UChar *)source, length, &code) && U_SUCCESS(code)) {
        *status = code;
        return -1;
    }
    code = U_ZERO_ERROR;
    int32_t needed = unorm2_normalize(nfc, (const UChar *)source, length, (UChar *)destination,
                                      capacity, &code);
    *status = code == U_BUFFER_OVERFLOW_ERROR ? U_ZERO_ERROR : code;
    return needed;
}

int32_t warta_detect_charset(const char *bytes, int32_t length, int8_t markup, char *name,
                             int32_t name_capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&code);
    if (U_FAILURE(code)) { *status = code; return -1; }
    ucsdet_enableInputFilter(detector, markup != 0);
    ucsdet_setText(detector, bytes, length, &code);
    const UCharsetMatch *match = U_SUCCESS(code) ? ucsdet_detect(detector, &code) : NULL;
    int32_t confidence = -1;
    if (match != NULL && U_SUCCESS(code)) {
        const char *found = ucsdet_getName(match, &code);
        confidence = ucsdet_getConfidence(match, &code);
        if (U_SUCCESS(code) && found != NULL && name_capacity > 0) {
            strncpy(name, found, (size_t)name_capacity - 1);
            name[name_capacity - 1] = '\0';
        }
    }
    ucsdet_close(detector);
    *status = code;
    return confidence;
}

int32_t warta_convert_to_utf8(const char *charset, const char *bytes, int32_t length, char *destination,
                              int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &code);
    UConverter *utf8 = ucnv_open("UTF-8", &code);
    if (U_FAILURE(code)) { ucnv_close(converter); *status = code; return 0; }
    char *target = destination;
    const char *source = bytes;
    // Pivot through UTF-16 with ICU's own buffer; target size is checked by ICU.
    ucnv_convertEx(utf8, converter, &target, destination + capacity, &source, bytes + length,
                   NULL, NULL, NULL, NULL, 1, 1, &code);
    int32_t needed = (int32_t)(target - destination);
    ucnv_close(utf8);
    ucnv_close(converter);
    *status = code;
    return needed;
}

const char *warta_error_name(int32_t status) { return u_errorName((UErrorCode)status); }
