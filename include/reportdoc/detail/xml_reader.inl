// SPDX-License-Identifier: MIT
// parse_xml: reportdoc XML (docs/xml.md, schema/reportdoc.rng) to the model.
//
// pugixml parses the input in place into one buffer, without DTD processing:
// a DOCTYPE becomes a node that is refused here, so no entity is ever declared,
// let alone expanded. Its tree is then converted with an explicit stack, so a
// document nested 100,000 levels deep fails on reader_limits::max_depth, or
// converts with a higher limit, but never overflows the C stack.
#pragma once

#include <reportdoc/detail/simd.hpp>
#include <reportdoc/detail/string_match.hpp>
#include <reportdoc/detail/utf8.hpp>
#include <reportdoc/detail/xml_vocabulary.hpp>
#include <reportdoc/version.hpp>
#include <reportdoc/xml.hpp>

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace reportdoc {
namespace detail {

/// The elements of the vocabulary.
enum class xml_element : std::uint8_t {
    unknown, report, metadata, title, subtitle, author, date, source, category, language, field,
    front_matter, body, closing, back_matter, related, related_link,
    section, heading, paragraph, list, list_item, block_quote, preformatted,
    text, emphasis, strong, code, link, line_break,
};

/// The attributes of the vocabulary.
enum class xml_attribute : std::uint8_t {
    unknown, version, src, level, label, style, ordinal, run_in, role, ordered, start,
    href, title, iso, url, key, heading, date, date_iso,
};

struct xml_element_name {
    std::string_view name;
    xml_element element;
    std::uint32_t attributes;  // bit i: xml_attribute(i) is allowed
};

constexpr std::uint32_t xml_attribute_bit(xml_attribute a) noexcept { return std::uint32_t{1} << static_cast<unsigned>(a); }
template <class... A>
constexpr std::uint32_t xml_attribute_bits(A... a) noexcept { return (xml_attribute_bit(a) | ... | 0u); }

// Most frequent first: the lookup is a linear scan.
inline constexpr xml_element_name xml_element_names[] = {
    {"text", xml_element::text, xml_attribute_bits(xml_attribute::src)},
    {"paragraph", xml_element::paragraph, xml_attribute_bits(xml_attribute::src, xml_attribute::role)},
    {"emphasis", xml_element::emphasis, xml_attribute_bits(xml_attribute::src)},
    {"strong", xml_element::strong, xml_attribute_bits(xml_attribute::src)},
    {"code", xml_element::code, xml_attribute_bits(xml_attribute::src)},
    {"link", xml_element::link, xml_attribute_bits(xml_attribute::src, xml_attribute::href, xml_attribute::title)},
    {"line-break", xml_element::line_break, xml_attribute_bits(xml_attribute::src)},
    {"section", xml_element::section,
     xml_attribute_bits(xml_attribute::src, xml_attribute::level, xml_attribute::label, xml_attribute::style,
                        xml_attribute::ordinal, xml_attribute::run_in, xml_attribute::role)},
    {"heading", xml_element::heading, 0},
    {"list-item", xml_element::list_item, xml_attribute_bits(xml_attribute::src, xml_attribute::label)},
    {"list", xml_element::list,
     xml_attribute_bits(xml_attribute::src, xml_attribute::ordered, xml_attribute::style, xml_attribute::start)},
    {"block-quote", xml_element::block_quote, xml_attribute_bits(xml_attribute::src)},
    {"preformatted", xml_element::preformatted, xml_attribute_bits(xml_attribute::src)},
    {"front-matter", xml_element::front_matter, 0},
    {"body", xml_element::body, 0},
    {"closing", xml_element::closing, 0},
    {"back-matter", xml_element::back_matter, 0},
    {"metadata", xml_element::metadata, 0},
    {"title", xml_element::title, 0},
    {"subtitle", xml_element::subtitle, 0},
    {"author", xml_element::author, 0},
    {"date", xml_element::date, xml_attribute_bits(xml_attribute::iso)},
    {"source", xml_element::source, xml_attribute_bits(xml_attribute::url)},
    {"category", xml_element::category, 0},
    {"language", xml_element::language, 0},
    {"field", xml_element::field, xml_attribute_bits(xml_attribute::key)},
    {"related", xml_element::related, xml_attribute_bits(xml_attribute::heading)},
    {"related-link", xml_element::related_link,
     xml_attribute_bits(xml_attribute::url, xml_attribute::date, xml_attribute::date_iso)},
    {"report", xml_element::report, xml_attribute_bits(xml_attribute::version)},
};

inline constexpr std::pair<std::string_view, xml_attribute> xml_attribute_names[] = {
    {"src", xml_attribute::src},         {"role", xml_attribute::role},       {"label", xml_attribute::label},
    {"href", xml_attribute::href},       {"title", xml_attribute::title},     {"level", xml_attribute::level},
    {"style", xml_attribute::style},     {"ordinal", xml_attribute::ordinal}, {"run-in", xml_attribute::run_in},
    {"ordered", xml_attribute::ordered}, {"start", xml_attribute::start},     {"iso", xml_attribute::iso},
    {"url", xml_attribute::url},         {"key", xml_attribute::key},         {"heading", xml_attribute::heading},
    {"date", xml_attribute::date},       {"date-iso", xml_attribute::date_iso}, {"version", xml_attribute::version},
};

// True when the name s (NUL-terminated, as pugixml holds names) starts with
// `prefix`: compared where it lies, with no strlen first, and most candidates
// of the lookups below differ from it in their first byte.
inline bool name_starts_with(const char*& s, std::string_view prefix) noexcept {
    const char* p = s;
    for (const char c : prefix)
        if (*p++ != c) return false;
    s = p;
    return true;
}
inline bool name_is(const char* s, std::string_view name) noexcept { return name_starts_with(s, name) && *s == '\0'; }

// The entries of a name table by the first letter of their names, in the
// table's order (most frequent first), each list ended by 0xFF: a name is
// compared with the one to five entries of its letter, not with every entry
// before its own. (A letter with more entries fails to compile.)
struct names_by_letter {
    std::uint8_t entries[26][6];
};
template <class Table, class Name>
constexpr names_by_letter index_by_letter(const Table& table, Name name_of) {
    names_by_letter index{};
    for (auto& letter : index.entries)
        for (std::uint8_t& entry : letter) entry = 0xFF;
    for (std::size_t i = 0; i < std::size(table); ++i) {
        std::uint8_t* entry = index.entries[name_of(table[i])[0] - 'a'];
        while (*entry != 0xFF) ++entry;
        *entry = static_cast<std::uint8_t>(i);
        entry[1] = 0xFF;  // past the end of a list too long: not a constant expression
    }
    return index;
}
// The first eight bytes of each name of a table, its NUL included, as
// load_word reads them, and which of them the name fills: find_name compares
// a name with each candidate in one step, and with the rest of the longer
// ones byte by byte.
template <std::size_t N>
struct name_words {
    std::uint64_t word[N];
    std::uint64_t mask[N];
};
template <class Entry, std::size_t N, class Name>
constexpr name_words<N> words_of(const Entry (&table)[N], Name name_of) {
    name_words<N> words{};
    for (std::size_t i = 0; i < N; ++i) {
        const std::string_view name = name_of(table[i]);
        for (std::size_t k = 0; k < 8 && k <= name.size(); ++k) {
            const auto byte = static_cast<unsigned char>(k < name.size() ? name[k] : '\0');
            words.word[i] |= std::uint64_t{byte} << (8 * k);
            words.mask[i] |= std::uint64_t{0xFF} << (8 * k);
        }
    }
    return words;
}

// The entry of `table` whose name is `name` (NUL-terminated), or nullptr.
// `readable_end`, when given, is where the buffer the name lies in ends:
// with eight bytes readable there, each candidate is compared a word at a time.
template <class Table, class Name, std::size_t N>
const auto* find_name(const Table& table, const names_by_letter& index, const name_words<N>& words, Name name_of,
                      const char* name, const char* readable_end) noexcept {
    const unsigned letter = static_cast<unsigned char>(name[0]) - unsigned{'a'};
    if (letter < 26) {
        const std::uint8_t* const entries = index.entries[letter];
        if (readable_end && readable_end - name >= 8) {
            const std::uint64_t w = load_word(name);
            for (const std::uint8_t* entry = entries; *entry != 0xFF; ++entry) {
                if ((w & words.mask[*entry]) != words.word[*entry]) continue;
                const std::string_view candidate = name_of(table[*entry]);
                if (candidate.size() < 8 || name_is(name + 8, candidate.substr(8))) return &table[*entry];
            }
            return static_cast<decltype(&table[0])>(nullptr);
        }
        for (const std::uint8_t* entry = entries; *entry != 0xFF; ++entry) {
            const std::string_view candidate = name_of(table[*entry]);  // not empty: it has a first letter
            if (name_is(name + 1, std::string_view(candidate.data() + 1, candidate.size() - 1))) return &table[*entry];
        }
    }
    return static_cast<decltype(&table[0])>(nullptr);
}

/// The element named `name`; `readable_end` as find_name takes it.
inline const xml_element_name& xml_element_of(const char* name, const char* readable_end = nullptr) noexcept {
    constexpr auto name_of = [](const xml_element_name& e) { return e.name; };
    static constexpr names_by_letter index = index_by_letter(xml_element_names, name_of);
    static constexpr auto words = words_of(xml_element_names, name_of);
    static constexpr xml_element_name unknown{{}, xml_element::unknown, 0};
    const xml_element_name* const e = find_name(xml_element_names, index, words, name_of, name, readable_end);
    return e ? *e : unknown;
}

/// The attribute named `name`; `readable_end` as find_name takes it.
inline xml_attribute xml_attribute_of(const char* name, const char* readable_end = nullptr) noexcept {
    // Every element of a converted document has a src: asked first, with no lookup.
    if (name[0] == 's' && name[1] == 'r' && name[2] == 'c' && name[3] == '\0') return xml_attribute::src;
    constexpr auto name_of = [](const std::pair<std::string_view, xml_attribute>& a) { return a.first; };
    static constexpr names_by_letter index = index_by_letter(xml_attribute_names, name_of);
    static constexpr auto words = words_of(xml_attribute_names, name_of);
    const auto* const a = find_name(xml_attribute_names, index, words, name_of, name, readable_end);
    return a ? a->second : xml_attribute::unknown;
}

// XML 1.0's Char production: what a document may hold, raw or as a character reference.
constexpr bool is_xml_char(std::uint32_t c) noexcept {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

/// What the input check finds: the first problem that makes the input no
/// document, and whether the document can be parsed in place.
struct xml_input_check {
    enum class problem : std::uint8_t { none, invalid_utf8, xml_syntax };
    problem found = problem::none;
    std::size_t offset = std::string_view::npos;
    std::string message;  // of an xml_syntax problem
    /// pugixml has nothing to decode or normalise: no '&' or CR, no tab or line
    /// break inside a tag. It then writes only the NULs that end names and
    /// values, and over no line break, so positions counted in what it parsed
    /// in place are those of the input; and parsing needs none of the flags
    /// that decode (parse_escapes, parse_eol, parse_wconv_attribute).
    bool verbatim = true;
};

// A character reference to a character XML does not allow, at s[i] == '&': its message, else empty.
inline std::string bad_reference(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
    if (byte(i + 1) != '#') return {};
    const bool hex = byte(i + 2) == 'x';
    std::size_t k = i + (hex ? 3 : 2);
    std::uint32_t value = 0;
    const std::size_t digits = k;
    for (;; ++k) {
        const unsigned c = byte(k);
        unsigned digit;
        if (c >= '0' && c <= '9') digit = c - '0';
        else if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
        else break;
        value = std::min<std::uint32_t>(value * (hex ? 16 : 10) + digit, 0x110000);  // no overflow
    }
    if (k == digits || byte(k) != ';' || is_xml_char(value)) return {};
    return "character reference " + std::string(s.substr(i, k + 1 - i)) + " to a character XML does not allow";
}

// The offset of the first byte of s[i, end) that is not printable ASCII
// (0x20..0x7F) or is one of `stops`, or end. Eight bytes a step: a byte below
// 0x20 borrows in w - 0x20..., one past 0x7F has its high bit set; a borrow
// only flags bytes after the one that caused it, so the first flag is exact.
// Inlined into the walk (a call per stretch of text or value cost as much as
// the words it skipped); compilers that do not know the attribute ignore it.
// The portable form of skip_plain_ascii, which tests compare with it.
template <unsigned char... stops>
REPORTDOC_ALWAYS_INLINE inline std::size_t skip_plain_ascii_words(std::string_view s, std::size_t i,
                                                                 std::size_t end) noexcept {
    for (; i + 8 <= end; i += 8) {
        const std::uint64_t w = load_word(s.data() + i);
        const std::uint64_t flags =
            ((w - low_bits * 0x20) | w | (bytes_equal_up_to_first(w, stops) | ... | 0u)) & high_bits;
        if (flags != 0) return i + first_high_byte(flags);
    }
    for (; i < end; ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x20 || b >= 0x80 || ((b == stops) || ...)) return i;
    }
    return end;
}

// As skip_plain_ascii_words, sixteen bytes a step where SSE2 is there (every
// x86-64): this scan is most of the input check of text in Latin script, and
// it takes a third of the instructions. Compared as signed, a byte past 0x7F
// is below 0x20 as a control is.
template <unsigned char... stops>
REPORTDOC_ALWAYS_INLINE inline std::size_t skip_plain_ascii(std::string_view s, std::size_t i, std::size_t end) noexcept {
#if REPORTDOC_SSE2
    for (; i + 16 <= end; i += 16) {
        const __m128i v = simd::load16(s.data() + i);
        __m128i hits = _mm_cmplt_epi8(v, simd::splat(0x20));
        ((hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, simd::splat(stops)))), ...);
        if (const unsigned mask = simd::byte_mask(hits)) return i + simd::lowest_set_bit(mask);
    }
#endif
    return skip_plain_ascii_words<stops...>(s, i, end);
}

#if REPORTDOC_SSE2
// How many of the 16 bytes at p are whole units that skip_plain_text takes:
// printable ASCII but '<' and '&', and three-byte characters led by E1..EC or
// EE (not EF, for the noncharacters: skip_plain_text decodes those one by
// one). Each byte is classified, then the continuation bytes must be exactly
// the two after each lead. A lead at byte 14 or 15, its character unfinished,
// is where the count ends; so is the first byte that fails, or the lead of
// the character it falls in.
inline unsigned plain_text_prefix(const char* p) noexcept {
    const __m128i v = simd::load16(p);
    const __m128i ascii = _mm_andnot_si128(_mm_or_si128(_mm_cmpeq_epi8(v, simd::splat('<')), _mm_cmpeq_epi8(v, simd::splat('&'))),
                                           _mm_cmpgt_epi8(v, simd::splat(0x1F)));  // signed: 0x80..0xFF are below
    const __m128i continuation = _mm_cmpeq_epi8(_mm_and_si128(v, simd::splat(0xC0)), simd::splat(0x80));
    const __m128i flipped = _mm_xor_si128(v, simd::splat(0x80));  // E1..EC as 0x61..0x6C, signed
    const __m128i lead = _mm_or_si128(
        _mm_and_si128(_mm_cmpgt_epi8(flipped, simd::splat(0x60)), _mm_cmplt_epi8(flipped, simd::splat(0x6D))),
        _mm_cmpeq_epi8(v, simd::splat(0xEE)));
    const unsigned a = simd::byte_mask(ascii);
    const unsigned c = simd::byte_mask(continuation);
    const unsigned l = simd::byte_mask(lead);
    const unsigned expected = ((l << 1) | (l << 2)) & 0xFFFFu;
    const unsigned bad = (~(a | c | l) & 0xFFFFu) | (c ^ expected) | (l & 0xC000u);
    if (bad == 0) return 16;
    unsigned at = simd::lowest_set_bit(bad);
    if ((expected >> at) & 1u) at -= (l >> (at - 1)) & 1u ? 1 : 2;
    return at;
}
#endif

// The end of the plain text that starts at s[i]: printable ASCII but '<'
// and '&', and plain three-byte characters as skip_plain_three_byte takes
// them, mixed. CJK text punctuated and numbered in ASCII is read in one loop
// instead of a call per run between two ASCII bytes. i itself when neither
// starts there. It may stop early at a word of plain ASCII, which
// skip_plain_ascii reads faster; before it, every unit is plain. `wide`: 16
// bytes a step with SSE2 where it is there; tests also run the portable loop.
template <bool wide = true>
std::size_t skip_plain_text(std::string_view s, std::size_t i) noexcept {
    const std::size_t n = s.size();
    const auto plain_ascii = [](unsigned b) { return b >= 0x20 && b < 0x80 && b != '<' && b != '&'; };
    for (;;) {
#if REPORTDOC_SSE2
        if (wide && i + 16 <= n) {
            if (const unsigned plain = plain_text_prefix(s.data() + i)) {
                i += plain;
                continue;
            }
        }
#endif
        if (i + 8 <= n) {
            const std::uint64_t w = load_word(s.data() + i);
            if ((w & 0xC0C0F0u) == 0x8080E0u && is_plain_lead_nibble(w)) {
                i += (w & 0xC0C0F0000000u) == 0x8080E0000000u && is_plain_lead_nibble(w >> 24) ? 6 : 3;
                continue;
            }
            if ((w & high_bits) == 0) return i;
            if (plain_ascii(w & 0xFF)) {
                ++i;
                continue;
            }
        }
        if (i >= n) return i;
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            if (!plain_ascii(b)) return i;
            ++i;
        } else if (is_skippable_three_byte(s, i)) {
            i += 3;
        } else {
            return i;
        }
    }
}

// pugixml takes any byte and decodes any character reference: a NUL or &#0;
// would silently cut a text short, &#xD800; would put invalid UTF-8 into the
// model, a control character could not be written back. So the reader checks
// the input first, in one pass: that it is UTF-8, that it holds no character
// XML does not allow (controls, U+FFFE, U+FFFF), raw or as a reference, and
// no '<' in an attribute value (pugixml takes it). References are decoded in
// text and attribute values, not in comments, CDATA sections and processing
// instructions: the pass follows the markup as far as to tell them apart, so
// that a "<!--" in a value opens nothing. Of several problems, invalid UTF-8
// anywhere comes first, then a character XML does not allow, then a reference
// or a '<'; of one kind, the first.
class xml_input_scanner {
public:
    explicit xml_input_scanner(std::string_view s) noexcept : s_(s) {}

    xml_input_check run() {
        // Most documents hold no '&' at all: memchr tells at once, and the walk
        // then looks for one byte less in every word.
        if (s_.find('&') == std::string_view::npos)
            walk<false>();
        else
            walk<true>();
        // Past a problem of the markup, or a section or value left open, only
        // characters count; pugixml then reports what is left open, at an
        // offset that depends on its decoding flags: they stay, and so does the copy.
        if (!stopped_) {
            std::size_t i = at_;
            while (i < s_.size() && !stopped_) {
                i = skip_plain_ascii<>(s_, i, s_.size());
                if (i < s_.size()) character(i, false);
            }
        }
        if (!stopped_ && check_.found == xml_input_check::problem::none) check_.verbatim = verbatim_;
        return std::move(check_);
    }

private:
    // The markup, up to its end or to the first thing that stops the walk
    // (at_: where the characters are left to check).
    template <bool ampersands>
    void walk() {
        // Text and attribute values end at '<' and their references start at '&'.
        const auto skip_text = [this](std::size_t i, std::size_t end) {
            if constexpr (ampersands) return skip_plain_ascii<'<', '&'>(s_, i, end);
            else return skip_plain_ascii<'<'>(s_, i, end);
        };
        const auto skip_value = [this](std::size_t i, char quote) {
            if constexpr (ampersands)
                return quote == '"' ? skip_plain_ascii<'<', '&', '"'>(s_, i, s_.size())
                                    : skip_plain_ascii<'<', '&', '\''>(s_, i, s_.size());
            else
                return quote == '"' ? skip_plain_ascii<'<', '"'>(s_, i, s_.size())
                                    : skip_plain_ascii<'<', '\''>(s_, i, s_.size());
        };
        const std::size_t n = s_.size();
        std::size_t i = 0;
        while (i < n) {
            i = skip_text(i, n);
            if (i >= n) break;
            const char c = s_[i];
            if (c == '\n' || c == '\t') {
                ++i;  // the line breaks of indentation, without a call of character()
                continue;
            }
            if (c != '<' && c != '&') {
                // CJK text, punctuated in ASCII or not: here; the rest (carriage returns, controls,
                // characters to decode) by character().
                const std::size_t end = static_cast<unsigned char>(c) >= 0x80 ? skip_plain_text(s_, i) : i;
                if (end == i) {
                    if (!character(i, false)) return;
                    continue;
                }
                i = end;
                continue;
            }
            if (c == '&') {
                if (!reference(i)) return;
                ++i;
                continue;
            }
            if (i + 1 < n && (s_[i + 1] == '!' || s_[i + 1] == '?')) {
                constexpr std::pair<std::string_view, std::string_view> sections[] = {
                    {"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<?", "?>"}};
                bool section = false;
                for (const auto& [open, close] : sections) {
                    if (s_.compare(i, open.size(), open) != 0) continue;
                    const std::size_t close_at = s_.find(close, i + open.size());
                    if (close_at == std::string_view::npos) return left_open(i);
                    if (!characters(i, close_at + close.size())) return;
                    i = close_at + close.size();
                    section = true;
                    break;
                }
                if (section) continue;
            }
            // The tag up to its '>', its quoted values read as such.
            for (++i;;) {
                i = skip_plain_ascii<'>', '"', '\''>(s_, i, n);
                if (i >= n) return left_open(n);
                const char t = s_[i];
                if (t == '>') break;
                if (t != '"' && t != '\'') {
                    if (!character(i, true)) return;
                    continue;
                }
                // The common value, plain ASCII to its closing quote, in one step.
                std::size_t k = skip_value(i + 1, t);
                if (k < n && s_[k] == t) {
                    i = k + 1;
                    continue;
                }
                const std::size_t close = s_.find(t, k);
                if (close == std::string_view::npos) return left_open(i);
                while (k < close) {
                    if (s_[k] == '<') return markup_problem(k, "'<' in an attribute value (not allowed in XML)");
                    if (s_[k] == '&') {
                        if (!reference(k)) return;
                        ++k;
                    } else if (!character(k, true)) {
                        return;
                    }
                    k = skip_text(k, close);
                }
                i = close + 1;
            }
            ++i;
        }
        at_ = n;
    }

    // A reference at s_[i] == '&'; false when it stops the walk.
    bool reference(std::size_t i) {
        verbatim_ = false;
        std::string message = bad_reference(s_, i);
        if (message.empty()) return true;
        markup_problem(i, std::move(message));
        return false;
    }
    void markup_problem(std::size_t i, std::string message) {
        check_ = {xml_input_check::problem::xml_syntax, i, std::move(message), false};
        at_ = i;
    }
    void left_open(std::size_t i) {
        verbatim_ = false;
        at_ = i;
    }

    // Checks the characters of s_[i, end); false when a problem ends the check.
    bool characters(std::size_t i, std::size_t end) {
        while (i < end) {
            i = skip_plain_ascii<>(s_, i, end);
            if (i < end && !character(i, false)) return false;
        }
        return true;
    }

    // The character at s_[i], not printable ASCII: a control or a character
    // past ASCII. Moves i past it; false when it ends the check (stopped_).
    bool character(std::size_t& i, bool in_tag) {
        const auto b = static_cast<unsigned char>(s_[i]);
        if (b < 0x80) {
            if (b == '\r' || (in_tag && (b == '\t' || b == '\n'))) verbatim_ = false;
            else if (b != '\t' && b != '\n') {
                char name[16];
                std::snprintf(name, sizeof name, "U+%04X", b);
                return character_problem(i, b == 0 ? std::string("NUL character (not allowed in XML)")
                                                   : "control character " + std::string(name) + " (not allowed in XML)");
            }
            ++i;
            return true;
        }
        if (const std::size_t end = skip_plain_three_byte(s_, i); end != i) {
            i = end;
            return true;
        }
        const utf8_char c = decode_utf8(s_, i);
        if (!c.valid) {
            stopped_ = true;
            check_ = {xml_input_check::problem::invalid_utf8, i, {}, false};
            return false;
        }
        if (c.code_point == 0xFFFE || c.code_point == 0xFFFF)
            return character_problem(i, (c.code_point == 0xFFFE ? "U+FFFE" : "U+FFFF") + std::string(" (not allowed in XML)"));
        i += c.length;
        return true;
    }
    // A character XML does not allow, at i: the problem unless the UTF-8 after it is invalid.
    bool character_problem(std::size_t i, std::string message) {
        stopped_ = true;
        if (const std::size_t bad = find_invalid_utf8(s_, i); bad != std::string_view::npos)
            check_ = {xml_input_check::problem::invalid_utf8, bad, {}, false};
        else
            check_ = {xml_input_check::problem::xml_syntax, i, std::move(message), false};
        return false;
    }

    std::string_view s_;
    xml_input_check check_;
    std::size_t at_ = 0;
    bool verbatim_ = true;
    bool stopped_ = false;  // a character problem or invalid UTF-8: check_ is the answer
};

// One test for the four: bit c of a mask, for c up to ' '.
constexpr bool is_xml_space(char c) noexcept {
    constexpr std::uint64_t spaces = std::uint64_t{1} << ' ' | 1u << '\t' | 1u << '\n' | 1u << '\r';
    const auto b = static_cast<unsigned char>(c);
    return b <= ' ' && ((spaces >> b) & 1u) != 0;
}
inline bool is_xml_whitespace(std::string_view s) noexcept {
    for (const char c : s)
        if (!is_xml_space(c)) return false;
    return true;
}
// The same of a NUL-terminated value, as pugixml holds it, without a strlen
// first: the indentation between elements is a third of the nodes.
inline bool is_xml_whitespace(const char* s) noexcept {
    while (is_xml_space(*s)) ++s;
    return *s == '\0';
}

class xml_reader {
public:
    xml_reader(std::string_view input, const xml_options& options) : input_(input), options_(options) {}
    // Parses `input` in place when that keeps positions right, else a copy.
    xml_reader(std::string&& input, const xml_options& options)
        : owned_(std::move(input)), input_(owned_), options_(options) {}

    parse_result<report> read() {
        report doc;
        if (load() && check_document_level()) convert(doc);
        if (errors_ != 0) return parse_result<report>(std::move(diagnostics_));
        return parse_result<report>(std::move(doc), std::move(diagnostics_));
    }

private:
    // What the children of the element being read become.
    enum class context : std::uint8_t { report, metadata, blocks, section, back_matter, list, inlines, related };

    struct frame {
        pugi::xml_node element;  // the element whose children are read
        pugi::xml_node next;     // its next child to read
        const char* text;        // text before its first child, not yet read (see embedded_text)
        context what;
        void* target;                // report, metadata, block_list, section, std::vector<section>, list or inline_list
        unsigned section_level = 0;  // level of the innermost enclosing section
        bool heading_allowed = false;  // section: no block read yet
        bool merge_text = false;       // inlines: the last inline is text from character data
    };

    // ----- diagnostics -----------------------------------------------------

    void add(severity level, std::string_view code, std::string message, source_position where) {
        errors_ += level == severity::error;
        diagnostics_.push_back(diagnostic{level, code, std::move(message), where});
    }
    void error(std::string_view code, std::string message, source_position where) {
        add(severity::error, code, std::move(message), where);
    }
    // A problem the lenient mode repairs and the strict mode refuses.
    void complain(std::string_view code, std::string message, source_position where) {
        add(options_.strict ? severity::error : severity::warning, code, std::move(message), where);
    }

    // ----- positions -------------------------------------------------------

    // Line and column count from after a byte order mark, as editors do.
    source_position position(std::size_t offset) {
        // The cursor is cheap only moving forward: the element being read is
        // placed before anything after it.
        if (!here_known_ && here_offset_ < offset) here();
        if (offset < bom_) return source_position{1, 1, offset};
        source_position p = cursor_.at(offset - bom_);
        p.offset += bom_;
        return p;
    }
    // The position of the element being read, found when first needed: most
    // elements have their span in src, and counting lines and columns up to
    // every element would be a large part of a conversion.
    source_position here() {
        if (!here_known_) {
            here_known_ = true;
            here_ = position(here_offset_);
        }
        return here_;
    }
    std::size_t offset_of(const char* p) const noexcept { return static_cast<std::size_t>(p - buffer_); }
    // The end of what pugixml parsed in place, where every name and value it
    // holds lies: the word-at-a-time lookups and span reader may read up to it.
    const char* readable_end() const noexcept { return buffer_ + input_.size() + 1; }
    // An element starts at its '<', just before its name.
    source_position position_of(pugi::xml_node n) {
        switch (n.type()) {
            case pugi::node_element: return position(offset_of(n.name()) - 1);
            case pugi::node_cdata: return position(offset_of(n.value()) - std::strlen("<![CDATA["));
            default: return position(offset_of(n.value()));
        }
    }
    source_position position_of(pugi::xml_attribute a) { return position(offset_of(a.name())); }
    source_position position_of(const char* text) { return position(offset_of(text)); }

    // ----- loading and document-level checks --------------------------------

    bool load() {
        if (input_.size() > options_.limits.max_input_size) {
            error("limit-input-size",
                  "the input is " + std::to_string(input_.size()) + " bytes, more than the limit of " +
                      std::to_string(options_.limits.max_input_size) + " (reader_limits::max_input_size)",
                  {});
            return false;
        }
        if (starts_with(input_, "\xEF\xBB\xBF")) bom_ = 3;
        const std::string_view text = input_.substr(bom_);
        xml_input_check check = xml_input_scanner(input_).run();
        if (check.found == xml_input_check::problem::invalid_utf8) {
            source_position where = position_at(text, check.offset - bom_);
            where.offset += bom_;
            error("invalid-utf8", "the input is not valid UTF-8", where);
            return false;
        }
        cursor_ = position_cursor(text);
        if (check.found == xml_input_check::problem::xml_syntax) {
            error("xml-syntax", std::move(check.message), position(check.offset));
            return false;
        }
        // pugixml parses in place; the extra NUL (inside the parsed size) keeps
        // it from taking the last input byte as its terminator, which would make
        // it drop text at the very end of the input. The input itself is parsed
        // when it is ours and what pugixml changes in it leaves positions as
        // they were (counted in it from now on); else a copy, so that positions
        // are counted in the input as it was.
        if (!owned_.empty() && check.verbatim) {
            owned_.push_back('\0');
            buffer_ = owned_.data();
            input_ = std::string_view(buffer_, owned_.size() - 1);
            cursor_ = position_cursor(input_.substr(bom_));
        } else {
            copy_.reserve(input_.size() + 1);
            copy_.append(input_);
            copy_.push_back('\0');
            buffer_ = copy_.data();
        }
        // parse_ws_pcdata: whitespace can be content. parse_doctype: a DOCTYPE
        // becomes a node we can refuse. parse_fragment: text outside the root
        // element becomes nodes we can refuse instead of vanishing.
        // parse_embed_pcdata: see embedded_text.
        constexpr unsigned decoding = pugi::parse_escapes | pugi::parse_eol | pugi::parse_wconv_attribute;
        const unsigned flags = (pugi::parse_default & ~(check.verbatim ? decoding : 0u)) | pugi::parse_ws_pcdata |
                               pugi::parse_doctype | pugi::parse_fragment | pugi::parse_embed_pcdata;
        const pugi::xml_parse_result result =
            document_.load_buffer_inplace(buffer_, input_.size() + 1, flags, pugi::encoding_utf8);
        if (!result) {
            error("xml-syntax", result.description(), position(static_cast<std::size_t>(result.offset)));
            return false;
        }
        return true;
    }

    bool check_document_level() {
        for (pugi::xml_node n = document_.first_child(); n; n = n.next_sibling()) {
            switch (n.type()) {
                case pugi::node_element:
                    if (root_) error("xml-syntax", "more than one root element", position_of(n));
                    else root_ = n;
                    break;
                case pugi::node_doctype: {
                    // pugixml points at the declaration's content; its "<!" is
                    // the last '<' before (only a name and spaces lie between).
                    // Searched in input_, not in a copy that pugixml changed; in
                    // an input parsed in place, a NUL is that '<', overwritten
                    // to end the text before it.
                    std::size_t start = offset_of(n.value());
                    while (start > 0 && input_[start] != '<' && input_[start] != '\0') --start;
                    error("xml-doctype", "DOCTYPE declarations are not allowed (no DTD or entity is ever processed)",
                          position(start));
                    break;
                }
                case pugi::node_pcdata:
                    if (is_xml_whitespace(n.value())) break;
                    [[fallthrough]];
                case pugi::node_cdata: error("xml-syntax", "text outside the root element", position_of(n)); break;
                default: break;
            }
        }
        if (!root_ && errors_ == 0) error("xml-syntax", "no root element", position(input_.size()));
        return errors_ == 0;
    }

    // ----- attributes ------------------------------------------------------

    static bool is_namespace_declaration(const char* name) noexcept {
        return name_starts_with(name, "xmlns") && (*name == '\0' || *name == ':');
    }

    // Calls f(attribute id, attribute) for each attribute the element allows;
    // complains about the others. Namespace declarations are not attributes.
    template <class F>
    void for_each_attribute(pugi::xml_node n, const xml_element_name& e, F&& f) {
        for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
            const char* const name = a.name();
            if (is_namespace_declaration(name)) continue;
            const xml_attribute id = xml_attribute_of(name, readable_end());
            if (id != xml_attribute::unknown && (e.attributes & xml_attribute_bit(id)) != 0) {
                f(id, a);
            } else {
                complain("xml-unknown-attribute",
                         "unknown attribute " + std::string(name) + " on <" + std::string(n.name()) + ">" +
                             (options_.strict ? "" : " is ignored"),
                         position_of(a));
            }
        }
    }

    void invalid_value(pugi::xml_attribute a, pugi::xml_node n, std::string_view expected) {
        complain("xml-invalid-value",
                 "invalid " + std::string(a.name()) + "=\"" + a.value() + "\" on <" + n.name() + ">: expected " +
                     std::string(expected),
                 position_of(a));
    }
    template <class E>
    void read_enum(pugi::xml_attribute a, pugi::xml_node n, E& into) {
        if (!enum_from_string(a.value(), into)) {
            std::string names;
            for (unsigned i = 0; !to_string(static_cast<E>(i)).empty(); ++i)
                names.append(i ? ", " : "one of ").append(to_string(static_cast<E>(i)));
            invalid_value(a, n, names);
        }
    }
    template <class Unsigned>
    void read_number(pugi::xml_attribute a, pugi::xml_node n, Unsigned& into, Unsigned minimum = 0) {
        Unsigned v{};
        if (parse_decimal(a.value(), v) && v >= minimum)
            into = v;
        else
            invalid_value(a, n, minimum ? "a whole number of at least 1" : "a whole number");
    }
    void read_bool(pugi::xml_attribute a, pugi::xml_node n, bool& into) {
        const std::string_view v = a.value();
        if (v == "true" || v == "false")
            into = v == "true";
        else
            invalid_value(a, n, "true or false");
    }
    // True when `into` now holds the span of `a`.
    // A span is often the one read last: a <text> that is all of its paragraph
    // or heading has its span, and comparing the spellings costs a tenth of
    // reading the six numbers again. (The value stays where pugixml parsed it
    // in place while the reader lives, read or not.)
    bool read_span(pugi::xml_attribute a, pugi::xml_node n, source_span& into) {
        const char* const value = a.value();
        if (last_span_text_ && std::strcmp(value, last_span_text_) == 0) {
            into = last_span_;
            return true;
        }
        source_span span;
        if (parse_span(value, span, readable_end())) {
            into = span;
            last_span_ = span;
            last_span_text_ = value;
            return true;
        }
        invalid_value(a, n, "a span LINE:COLUMN+OFFSET-LINE:COLUMN+OFFSET");
        return false;
    }

    // ----- text ------------------------------------------------------------

    // The text an element starts with, before any child: pugixml keeps it in
    // the element (parse_embed_pcdata) instead of a node of its own, which
    // saves a node for most text (as <text>...</text> holds it) to make,
    // walk and free. nullptr when there is none.
    static const char* embedded_text(pugi::xml_node element) {
        const char* const text = element.value();
        return *text ? text : nullptr;
    }

    // Appends the character data of n's descendants, in document order, without recursion.
    static void append_descendant_text(pugi::xml_node n, std::string& out) {
        out += n.value();  // its embedded text
        pugi::xml_node cur = n.first_child();
        while (cur) {
            // Character data, or an element's embedded text.
            if (cur.type() == pugi::node_pcdata || cur.type() == pugi::node_cdata || cur.type() == pugi::node_element)
                out += cur.value();
            if (pugi::xml_node child = cur.first_child()) {
                cur = child;
                continue;
            }
            while (!cur.next_sibling()) {
                cur = cur.parent();
                if (cur == n) return;
            }
            cur = cur.next_sibling();
        }
    }

    // The text of an element that holds only text; an element inside it is
    // unexpected and its text is kept in place.
    std::string text_content(pugi::xml_node n) {
        const pugi::xml_node first = n.first_child();
        std::string out = n.value();  // its embedded text
        if (!first) return out;
        for (pugi::xml_node c = first; c; c = c.next_sibling()) {
            if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
                out += c.value();
            } else if (c.type() == pugi::node_element) {
                const char* const name = c.name();
                complain(xml_element_of(name).element == xml_element::unknown ? "xml-unknown-element"
                                                                              : "xml-unexpected-element",
                         "element <" + std::string(name) + "> in <" + n.name() + ">, which holds only text" +
                             (options_.strict ? "" : ": its text is kept"),
                         position_of(c));
                append_descendant_text(c, out);
            }
        }
        return out;
    }

    // ----- making nodes ----------------------------------------------------

    // `at`: an element, or character data as position_of takes it.
    template <class Node>
    bool count_node(Node at) {
        if (++nodes_ <= options_.limits.max_nodes) return true;
        fatal("limit-nodes",
              "more than " + std::to_string(options_.limits.max_nodes) + " nodes (reader_limits::max_nodes)", at);
        return false;
    }
    template <class Node>
    void fatal(std::string_view code, std::string message, Node at) {
        error(code, std::move(message), position_of(at));
        stop_ = true;
    }

    // Made where it lies: a block or inline moved is a test of its
    // alternatives, and destroying the moved-from one a second.
    template <class T>
    T& add_block(block_list& to, T&& value) {
        return *to.emplace_back(std::forward<T>(value)).template as<T>();
    }
    template <class T>
    T& add_inline(inline_list& to, T&& value) {
        return *to.emplace_back(std::forward<T>(value)).template as<T>();
    }
    // The most frequent nodes, made empty where they lie and filled there: a
    // node made empty holds its first alternative, which these are (model.hpp
    // asserts it).
    static paragraph& add_paragraph(block_list& to) { return *to.emplace_back().as<paragraph>(); }
    static void add_text(inline_list& to, std::string content, const source_span& span) {
        text& t = *to.emplace_back().as<text>();
        t.content = std::move(content);
        t.span = span;
    }
    static paragraph paragraph_of(std::string content, source_position at) {
        paragraph p;
        p.span.begin = at;
        add_text(p.content, std::move(content), source_span{at, {}});
        return p;
    }

    void push(const frame& parent, pugi::xml_node element, context what, void* target) {
        stack_.push_back(frame{element, element.first_child(), embedded_text(element), what, target, parent.section_level});
    }

    // The number of child elements of n: what a region of the report, a
    // section or a list is reserved for. A vector that grows moves what it
    // holds, and moving a block is a test of its alternatives (an exact count
    // also wastes no memory). Not for list items, quotes or inline lists:
    // most hold one or two nodes, and counting would cost more than it saves.
    static std::size_t child_elements(pugi::xml_node n) {
        std::size_t count = 0;
        for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) count += c.type() == pugi::node_element;
        return count;
    }
    template <class Vector>
    void push_reserved(const frame& parent, pugi::xml_node element, context what, void* target, Vector& children) {
        children.reserve(child_elements(element));
        push(parent, element, what, target);
    }

    // ----- the conversion --------------------------------------------------

    void convert(report& doc) {
        if (std::string_view(root_.name()) != "report") {
            error("xml-root", "the root element is <" + std::string(root_.name()) + ">, not <report>",
                  position_of(root_));
            return;
        }
        const source_position root_at = position_of(root_);
        const pugi::xml_attribute ns = root_.attribute("xmlns");
        if (std::string_view(ns.value()) != xml_namespace)
            complain("xml-namespace",
                     ns ? "the namespace is \"" + std::string(ns.value()) + "\", not \"" + std::string(xml_namespace) + "\""
                        : "<report> has no xmlns=\"" + std::string(xml_namespace) + "\"",
                     root_at);
        bool has_version = false;
        for_each_attribute(root_, xml_element_of("report"), [&](xml_attribute, pugi::xml_attribute a) {
            has_version = true;
            if (std::string_view(a.value()) != xml_vocabulary_version)
                complain("xml-version",
                         "vocabulary version " + std::string(a.value()) + " is not supported (this reader reads " +
                             xml_vocabulary_version + ")",
                         position_of(a));
        });
        if (!has_version)
            complain("xml-missing-attribute", std::string("<report> has no version attribute (") +
                                                  xml_vocabulary_version + ")",
                     root_at);

        stack_.reserve(64);
        stack_.push_back(frame{root_, root_.first_child(), embedded_text(root_), context::report, &doc});
        while (!stack_.empty() && !stop_) {
            frame& f = stack_.back();
            if (const char* const text = f.text) {
                f.text = nullptr;
                character_data(f, text);
                continue;
            }
            const pugi::xml_node n = f.next;
            pugi::xml_node parent = f.element;
            if (!n) {
                // Every child is released once read: a leaf, removed at once.
                stack_.pop_back();
                if (!stack_.empty()) stack_.back().element.remove_child(parent);
                continue;
            }
            f.next = n.next_sibling();
            switch (n.type()) {
                case pugi::node_pcdata:
                case pugi::node_cdata:
                    character_data(f, n.value(), n);
                    parent.remove_child(n);  // a leaf
                    break;
                case pugi::node_element: {
                    // Read, unless it opened a frame of its own (released when that ends).
                    // An inline without children (a <text>, most nodes of a document) is
                    // left to go with its paragraph or heading, soon read too: one call
                    // into pugixml instead of one a node. (Not leaves of longer-lived
                    // elements: they would keep pugixml's pages, and peak memory, up.)
                    const bool inline_leaf = f.what == context::inlines && !n.first_child();
                    const std::size_t depth = stack_.size();
                    element(n, doc);
                    if (stack_.size() == depth && !inline_leaf) release(parent, n);
                    break;
                }
                default: release(parent, n); break;  // comments and processing instructions are not parsed
            }
        }
    }

    // Frees a node that is read, and what is under it: the tree shrinks as the model
    // grows, so memory peaks at about the larger of the two, not their sum. Leaf by
    // leaf, as pugixml destroys a subtree recursively, to a depth the input chooses.
    static void release(pugi::xml_node parent, pugi::xml_node n) {
        pugi::xml_node at = n;
        for (;;) {
            while (const pugi::xml_node last = at.last_child()) at = last;
            if (at == n) break;
            pugi::xml_node above = at.parent();
            above.remove_child(at);
            at = above;
        }
        parent.remove_child(n);
    }

    // Character data `value`: of the node n (a CDATA section is placed at its
    // "<![CDATA["), or, without n, an element's embedded text.
    void character_data(frame& f, const char* value, pugi::xml_node n = {}) {
        const auto where = [&] { return n ? position_of(n) : position_of(value); };
        if (f.what == context::inlines) {
            auto& to = *static_cast<inline_list*>(f.target);
            if (f.merge_text) {
                to.back().as<text>()->content += value;
            } else if (n ? count_node(n) : count_node(value)) {
                add_text(to, value, source_span{where(), {}});
                f.merge_text = true;
            }
            return;
        }
        if (is_xml_whitespace(value)) return;  // indentation between elements
        const source_position at = where();
        complain("xml-unexpected-text",
                 "text directly inside <" + std::string(f.element.name()) + ">" + kept_as(f.what), at);
        if (!options_.strict) keep_text(f, {}, value, at);
    }

    // How keep_text keeps text in a context, for messages.
    std::string kept_as(context what) const {
        if (options_.strict) return {};
        switch (what) {
            case context::metadata: return ": it is kept as an extra field";
            case context::list: return ": it is kept as a list item";
            case context::inlines: return ": its text is kept";
            case context::related: return ": it is kept as a related link";
            default: return ": it is kept as a paragraph";
        }
    }

    // Keeps text that arrived where the vocabulary does not expect it (lenient mode).
    void keep_text(frame& f, std::string_view name, std::string content, source_position at) {
        switch (f.what) {
            case context::report:
                add_block(static_cast<report*>(f.target)->body, paragraph_of(std::move(content), at));
                return;
            case context::metadata:
                static_cast<metadata*>(f.target)->extra.push_back(metadata_field{std::string(name), std::move(content)});
                return;
            case context::blocks:
                add_block(*static_cast<block_list*>(f.target), paragraph_of(std::move(content), at));
                return;
            case context::section:
                f.heading_allowed = false;
                add_block(static_cast<section*>(f.target)->children, paragraph_of(std::move(content), at));
                return;
            case context::back_matter: {
                auto& sections = *static_cast<std::vector<section>*>(f.target);
                if (sections.empty()) {
                    sections.emplace_back();
                    sections.back().span.begin = at;
                }
                add_block(sections.back().children, paragraph_of(std::move(content), at));
                return;
            }
            case context::list: {
                list_item item;
                item.span.begin = at;
                add_block(item.children, paragraph_of(std::move(content), at));
                static_cast<list*>(f.target)->items.push_back(std::move(item));
                return;
            }
            case context::inlines:
                f.merge_text = false;
                add_text(*static_cast<inline_list*>(f.target), std::move(content), source_span{at, {}});
                return;
            case context::related:
                static_cast<report*>(f.target)->related.push_back(related_link{std::move(content), {}, {}});
                return;
        }
    }

    // An element that is unknown, or known but not allowed where it is.
    void unexpected(frame& f, pugi::xml_node n, const xml_element_name& e) {
        const std::string name = n.name();
        std::string text;
        append_descendant_text(n, text);
        // In the metadata an element is a field even without text; elsewhere
        // an element without text leaves nothing to keep.
        const bool keep = !options_.strict && (f.what == context::metadata ||
                                               (f.what == context::inlines ? !text.empty() : !is_xml_whitespace(text)));
        complain(e.element == xml_element::unknown ? "xml-unknown-element" : "xml-unexpected-element",
                 (e.element == xml_element::unknown ? "unknown element <" : "element <") + name + "> in <" +
                     f.element.name() + ">" +
                     (keep ? kept_as(f.what) : options_.strict ? std::string() : std::string(": it has no text and is ignored")),
                 here());
        if (keep) keep_text(f, name, std::move(text), here());
    }

    void element(pugi::xml_node n, report& doc) {
        frame& f = stack_.back();
        if (stack_.size() > options_.limits.max_depth) {
            fatal("limit-depth",
                  "elements nested more than " + std::to_string(options_.limits.max_depth) +
                      " levels deep (reader_limits::max_depth)",
                  n);
            return;
        }
        const char* const name = n.name();
        const xml_element_name& e = xml_element_of(name, readable_end());
        here_offset_ = offset_of(name) - 1;
        here_known_ = false;
        if (f.what == context::inlines) f.merge_text = false;
        switch (f.what) {
            case context::report: return report_child(f, n, e, doc);
            case context::metadata: return metadata_entry(f, n, e);
            case context::section:
                if (e.element == xml_element::heading && f.heading_allowed) {
                    f.heading_allowed = false;
                    for_each_attribute(n, e, [](xml_attribute, pugi::xml_attribute) {});
                    push(f, n, context::inlines, &static_cast<section*>(f.target)->title);
                    return;
                }
                f.heading_allowed = false;
                return block_element(f, n, e, static_cast<section*>(f.target)->children);
            case context::blocks: return block_element(f, n, e, *static_cast<block_list*>(f.target));
            case context::back_matter: {
                if (e.element != xml_element::section) return unexpected(f, n, e);
                if (!count_node(n)) return;
                auto& sections = *static_cast<std::vector<section>*>(f.target);
                return open_section(f, n, e, sections.emplace_back());
            }
            case context::list: {
                if (e.element != xml_element::list_item) return unexpected(f, n, e);
                if (!count_node(n)) return;
                list_item& item = static_cast<list*>(f.target)->items.emplace_back();
                bool spanned = false;
                for_each_attribute(n, e, [&](xml_attribute id, pugi::xml_attribute a) {
                    if (id == xml_attribute::label) item.label = a.value();
                    else spanned |= read_span(a, n, item.span);
                });
                if (!spanned) item.span.begin = here();
                push(f, n, context::blocks, &item.children);
                return;
            }
            case context::inlines: return inline_element(f, n, e);
            case context::related: {
                if (e.element != xml_element::related_link) return unexpected(f, n, e);
                related_link& link = static_cast<report*>(f.target)->related.emplace_back();
                for_each_attribute(n, e, [&](xml_attribute id, pugi::xml_attribute a) {
                    if (id == xml_attribute::url) link.url = a.value();
                    else if (id == xml_attribute::date) link.date.text = a.value();
                    else link.date.iso = a.value();
                });
                link.title = text_content(n);
                return;
            }
        }
    }

    void report_child(frame& f, pugi::xml_node n, const xml_element_name& e, report& doc) {
        switch (e.element) {
            case xml_element::metadata:
            case xml_element::front_matter:
            case xml_element::body:
            case xml_element::closing:
            case xml_element::back_matter:
            case xml_element::related: break;
            default: return unexpected(f, n, e);
        }
        for_each_attribute(n, e, [&](xml_attribute, pugi::xml_attribute a) {
            const std::string_view heading = a.value();  // the only attribute here: <related heading>
            if (!doc.related_heading.empty() && !heading.empty())
                duplicate(f, "related-heading", std::string(heading), position_of(a));
            else if (!heading.empty())
                doc.related_heading = heading;
        });
        switch (e.element) {
            case xml_element::metadata: return push(f, n, context::metadata, &doc.meta);
            case xml_element::front_matter: return push_reserved(f, n, context::blocks, &doc.front_matter, doc.front_matter);
            case xml_element::body: return push_reserved(f, n, context::blocks, &doc.body, doc.body);
            case xml_element::closing: return push_reserved(f, n, context::blocks, &doc.closing, doc.closing);
            case xml_element::back_matter:
                return push_reserved(f, n, context::back_matter, &doc.back_matter, doc.back_matter);
            default: return push(f, n, context::related, &doc);
        }
    }

    // A second value where the model holds one: kept as an extra metadata field.
    void duplicate(frame& f, std::string_view name, std::string value, source_position at) {
        complain("xml-duplicate",
                 "a second " + std::string(name) + (options_.strict ? "" : ": it is kept as an extra field"), at);
        if (options_.strict) return;
        metadata& meta = f.what == context::metadata ? *static_cast<metadata*>(f.target) : static_cast<report*>(f.target)->meta;
        meta.extra.push_back(metadata_field{std::string(name), std::move(value)});
    }

    void metadata_entry(frame& f, pugi::xml_node n, const xml_element_name& e) {
        metadata& m = *static_cast<metadata*>(f.target);
        const auto single = [&](std::string& into, std::uint32_t bit) {
            std::string value = text_content(n);
            if (seen_ & bit) return duplicate(f, n.name(), std::move(value), here());
            seen_ |= bit;
            into = std::move(value);
        };
        switch (e.element) {
            case xml_element::title: for_each_attribute(n, e, ignore); return single(m.title, 1u << 0);
            case xml_element::subtitle: for_each_attribute(n, e, ignore); return single(m.subtitle, 1u << 1);
            case xml_element::category: for_each_attribute(n, e, ignore); return single(m.category, 1u << 2);
            case xml_element::language: for_each_attribute(n, e, ignore); return single(m.language, 1u << 3);
            case xml_element::author:
                for_each_attribute(n, e, ignore);
                m.authors.push_back(text_content(n));
                return;
            case xml_element::date: {
                std::string iso;
                for_each_attribute(n, e, [&](xml_attribute, pugi::xml_attribute a) { iso = a.value(); });
                if (seen_ & (1u << 4)) return duplicate(f, "date", text_content(n), here());
                seen_ |= 1u << 4;
                m.date = date_value{text_content(n), std::move(iso)};
                return;
            }
            case xml_element::source: {
                std::string url;
                for_each_attribute(n, e, [&](xml_attribute, pugi::xml_attribute a) { url = a.value(); });
                if (seen_ & (1u << 5)) return duplicate(f, "source", text_content(n), here());
                seen_ |= 1u << 5;
                m.source = text_content(n);
                m.source_url = std::move(url);
                return;
            }
            case xml_element::field: {
                metadata_field& field = m.extra.emplace_back();
                bool has_key = false;
                for_each_attribute(n, e, [&](xml_attribute, pugi::xml_attribute a) {
                    has_key = true;
                    field.key = a.value();
                });
                if (!has_key) complain("xml-missing-attribute", "<field> has no key attribute", here());
                field.value = text_content(n);
                return;
            }
            default: return unexpected(f, n, e);
        }
    }
    static void ignore(xml_attribute, pugi::xml_attribute) {}

    void open_section(frame& f, pugi::xml_node n, const xml_element_name& e, section& s) {
        s.level = f.section_level + 1;  // when the level is left out
        bool spanned = false;
        for_each_attribute(n, e, [&](xml_attribute id, pugi::xml_attribute a) {
            switch (id) {
                case xml_attribute::level: read_number(a, n, s.level, 1u); break;
                case xml_attribute::label: s.label = a.value(); break;
                case xml_attribute::style: read_enum(a, n, s.style); break;
                case xml_attribute::ordinal: read_number(a, n, s.ordinal); break;
                case xml_attribute::run_in: read_bool(a, n, s.run_in); break;
                case xml_attribute::role: read_enum(a, n, s.role); break;
                default: spanned |= read_span(a, n, s.span); break;
            }
        });
        if (!spanned) s.span.begin = here();
        push_reserved(f, n, context::section, &s, s.children);
        stack_.back().section_level = s.level;
        stack_.back().heading_allowed = true;
    }

    void block_element(frame& f, pugi::xml_node n, const xml_element_name& e, block_list& to) {
        switch (e.element) {
            case xml_element::section:
            case xml_element::paragraph:
            case xml_element::list:
            case xml_element::block_quote:
            case xml_element::preformatted: break;
            default: return unexpected(f, n, e);
        }
        if (!count_node(n)) return;
        bool spanned = false;
        // The element's own position when it has no src, before text_content
        // looks further on (the cursor moves forward).
        const auto own_span = [&](source_span& span) {
            if (!spanned) span = source_span{here(), {}};
        };
        switch (e.element) {
            case xml_element::section: return open_section(f, n, e, add_block(to, section{}));
            case xml_element::paragraph: {
                paragraph& p = add_paragraph(to);
                for_each_attribute(n, e, [&](xml_attribute id, pugi::xml_attribute a) {
                    if (id == xml_attribute::role) read_enum(a, n, p.role);
                    else spanned |= read_span(a, n, p.span);
                });
                own_span(p.span);
                return push(f, n, context::inlines, &p.content);
            }
            case xml_element::list: {
                list& l = add_block(to, list{});
                for_each_attribute(n, e, [&](xml_attribute id, pugi::xml_attribute a) {
                    switch (id) {
                        case xml_attribute::ordered: read_bool(a, n, l.ordered); break;
                        case xml_attribute::style: read_enum(a, n, l.style); break;
                        case xml_attribute::start: read_number(a, n, l.start); break;
                        default: spanned |= read_span(a, n, l.span); break;
                    }
                });
                own_span(l.span);
                return push_reserved(f, n, context::list, &l, l.items);
            }
            case xml_element::block_quote: {
                block_quote& q = add_block(to, block_quote{});
                for_each_attribute(n, e, [&](xml_attribute, pugi::xml_attribute a) { spanned |= read_span(a, n, q.span); });
                own_span(q.span);
                return push(f, n, context::blocks, &q.children);
            }
            default: {
                preformatted& p = add_block(to, preformatted{});
                for_each_attribute(n, e, [&](xml_attribute, pugi::xml_attribute a) { spanned |= read_span(a, n, p.span); });
                own_span(p.span);
                p.content = text_content(n);
                return;
            }
        }
    }

    void inline_element(frame& f, pugi::xml_node n, const xml_element_name& e) {
        auto& to = *static_cast<inline_list*>(f.target);
        switch (e.element) {
            case xml_element::text:
            case xml_element::emphasis:
            case xml_element::strong:
            case xml_element::code:
            case xml_element::link:
            case xml_element::line_break: break;
            default: return unexpected(f, n, e);
        }
        if (!count_node(n)) return;
        source_span span;
        bool spanned = false;
        std::string href, title;
        bool has_href = false;
        for_each_attribute(n, e, [&](xml_attribute id, pugi::xml_attribute a) {
            if (id == xml_attribute::href) {
                has_href = true;
                href = a.value();
            } else if (id == xml_attribute::title) {
                title = a.value();
            } else {
                spanned |= read_span(a, n, span);
            }
        });
        if (!spanned) span.begin = here();
        switch (e.element) {
            case xml_element::text: add_text(to, text_content(n), span); return;
            case xml_element::code: to.emplace_back(code{text_content(n), span}); return;
            case xml_element::emphasis:
                return push(f, n, context::inlines, &add_inline(to, emphasis{{}, span}).children);
            case xml_element::strong: return push(f, n, context::inlines, &add_inline(to, strong{{}, span}).children);
            case xml_element::link:
                if (!has_href) complain("xml-missing-attribute", "<link> has no href attribute", here());
                return push(f, n, context::inlines,
                            &add_inline(to, link{std::move(href), std::move(title), {}, span}).children);
            default: {
                to.emplace_back(line_break{span});
                std::string content = text_content(n);
                if (content.empty()) return;
                complain("xml-unexpected-text", "text inside <line-break>" + kept_as(context::inlines), here());
                if (!options_.strict) add_text(to, std::move(content), source_span{here(), {}});
                return;
            }
        }
    }

    std::string owned_;  // the input of parse_xml_in_place
    std::string_view input_;
    const xml_options& options_;
    std::size_t bom_ = 0;
    position_cursor cursor_{{}};
    std::string copy_;  // the input, copied for pugixml to parse in place (not a unique_ptr: <memory> costs every includer)
    char* buffer_ = nullptr;        // what pugixml parsed: copy_ or owned_
    std::size_t here_offset_ = 0;   // where the element being read starts
    source_position here_;          // its position, when here_known_
    bool here_known_ = true;
    const char* last_span_text_ = nullptr;  // the last src read as a span (see read_span)
    source_span last_span_;
    pugi::xml_document document_;
    pugi::xml_node root_;
    std::vector<frame> stack_;
    std::vector<diagnostic> diagnostics_;
    std::size_t errors_ = 0;
    std::size_t nodes_ = 0;
    std::uint32_t seen_ = 0;  // metadata entries read once: bit i for title, subtitle, category, language, date, source
    bool stop_ = false;       // a limit was hit: the conversion ends here
};

}  // namespace detail

REPORTDOC_FUNC parse_result<report> parse_xml(std::string_view input, const xml_options& options) {
    return detail::xml_reader(input, options).read();
}

REPORTDOC_FUNC parse_result<report> parse_xml_in_place(std::string&& input, const xml_options& options) {
    return detail::xml_reader(std::move(input), options).read();
}

}  // namespace reportdoc
