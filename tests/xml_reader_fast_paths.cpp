// SPDX-License-Identifier: MIT
// The XML reader's fast paths against its plain ones, on crafted input: the
// span reader's eight-digits-at-a-time numbers against the digit by digit
// loop, at every length of every number, and the word-at-a-time lookup of
// element and attribute names against the byte-by-byte one, on every name
// of the vocabulary cut short, lengthened and changed at every byte; each
// with every number of bytes readable past the end.
#include <doctest/doctest.h>

#include <reportdoc/detail/xml_vocabulary.hpp>
#include <reportdoc/xml.hpp>

#include <cstddef>
#include <string>
#include <vector>

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

TEST_CASE("xml reader: names looked up a word at a time are found as byte by byte") {
    std::vector<std::string> names;
    for (const auto& e : detail::xml_element_names) names.emplace_back(e.name);
    for (const auto& a : detail::xml_attribute_names) names.emplace_back(a.first);
    names.emplace_back("xmlns");
    std::vector<std::string> probes;
    for (const std::string& name : names) {
        probes.push_back(name);
        probes.push_back(name + "s");
        probes.push_back(name + "-item");
        for (std::size_t k = 0; k < name.size(); ++k) {
            probes.push_back(name.substr(0, k));
            std::string changed = name;
            changed[k] = static_cast<char>(changed[k] ^ 1);  // 'a' and '`', '-' and ',': a byte apart
            probes.push_back(changed);
        }
    }
    for (const std::string& probe : probes) {
        for (const char after : {'\0', 'x', '"'}) {  // what lies past the name's NUL
            const std::string buffer = probe + '\0' + std::string(9, after);
            for (std::size_t readable = 0; readable <= 9; ++readable) {
                CAPTURE(probe);
                CAPTURE(readable);
                const char* const end = buffer.data() + probe.size() + 1 + readable;
                const detail::xml_element_name& element = detail::xml_element_of(buffer.c_str());
                REQUIRE(&detail::xml_element_of(buffer.c_str(), end) == &element);
                const detail::xml_attribute attribute = detail::xml_attribute_of(buffer.c_str());
                REQUIRE(detail::xml_attribute_of(buffer.c_str(), end) == attribute);
            }
        }
    }
    // Every name finds itself, a word at a time.
    for (const auto& e : detail::xml_element_names) {
        const std::string buffer = std::string(e.name) + std::string(9, '\0');
        CHECK(detail::xml_element_of(buffer.c_str(), buffer.data() + buffer.size()).element == e.element);
    }
    for (const auto& [name, attribute] : detail::xml_attribute_names) {
        const std::string buffer = std::string(name) + std::string(9, '\0');
        CHECK(detail::xml_attribute_of(buffer.c_str(), buffer.data() + buffer.size()) == attribute);
    }
}
