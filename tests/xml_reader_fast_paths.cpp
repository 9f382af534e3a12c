// SPDX-License-Identifier: MIT
// The XML reader's fast paths against its plain ones, on crafted input: the
// span reader's eight-digits-at-a-time numbers against the digit by digit
// loop, at every length of every number, with every number of bytes
// readable past the span's end.
#include <doctest/doctest.h>

#include <reportdoc/detail/xml_vocabulary.hpp>

#include <cstddef>
#include <string>

using namespace reportdoc;

TEST_CASE("xml reader: a span read eight digits at a time equals the span read digit by digit") {
    // Bytes a number can stop at: its separator, the neighbours of the digits
    // ('/' and ':' around '0'..'9'), a byte that borrows ('\x01'), one past
    // 0x80 whose low bits look like a digit ('\xB5'), the other separators.
    const std::string stops = std::string("/:;+-\x01\xB5 a", 10) + std::string(1, '\0');
    const char separators[] = {':', '+', '-', ':', '+', '\0'};
    std::size_t fast_reads = 0, compared = 0;
    for (std::size_t which = 0; which < 6; ++which) {            // the number that varies
        for (std::size_t digits = 0; digits <= 21; ++digits) {   // its length, 0 and past what fits
            for (const char stop : stops) {                      // what ends it
                for (const char after_nul : {'7', ':', '\0'}) {  // what lies past the span's NUL
                    std::string text;
                    for (std::size_t k = 0; k < 6; ++k) {
                        if (k == which) {
                            for (std::size_t d = 0; d < digits; ++d) text += static_cast<char>('9' - (d * 7 + k) % 10);
                            text += stop;
                        } else {
                            text += std::to_string(1 + k * 4093);  // one to five digits
                            text += separators[k];
                        }
                    }
                    // text ends with the last separator ('\0' unless the stop replaced it).
                    const std::size_t length = text.size();
                    for (std::size_t k = 0; k < 9; ++k) text += after_nul;
                    for (std::size_t readable = 0; readable <= 9; ++readable) {
                        CAPTURE(which);
                        CAPTURE(digits);
                        CAPTURE(int{static_cast<unsigned char>(stop)});
                        CAPTURE(readable);
                        source_span plain, fast;
                        const bool plain_ok = detail::parse_span(text.c_str(), plain);
                        const bool fast_ok = detail::parse_span(text.c_str(), fast, text.data() + length + readable);
                        REQUIRE(fast_ok == plain_ok);
                        if (plain_ok) {
                            REQUIRE(fast.begin == plain.begin);
                            REQUIRE(fast.end == plain.end);
                        }
                        fast_reads += readable >= 8 && digits <= 7;
                        ++compared;
                    }
                }
            }
        }
    }
    CHECK(compared == 6 * 22 * 11 * 3 * 10);
    CHECK(fast_reads > 1000);
    // A value that is a span: read either way, with the numbers' values.
    source_span span;
    const std::string value = std::string("12:3+4567890-12:45+9999999") + std::string(8, '\0');
    REQUIRE(detail::parse_span(value.c_str(), span, value.data() + value.size()));
    CHECK(span.begin == source_position{12, 3, 4567890});
    CHECK(span.end == source_position{12, 45, 9999999});
}
