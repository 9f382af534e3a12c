// SPDX-License-Identifier: MIT
// The grammar of outline markers at the start of a line: what a marker looks
// like, which family it belongs to and what ordinal it carries. Whether a
// marker is a heading, a list item or just text is decided by the reader from
// context (sequence, layout); this file only says what is written.
#pragma once

#include <reportdoc/detail/char_class.hpp>
#include <reportdoc/detail/numerals.hpp>
#include <reportdoc/detail/utf8.hpp>
#include <reportdoc/model.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace reportdoc::detail {

/// How the number of a marker is framed.
enum class marker_shape : std::uint8_t {
    suffix,         ///< number then a delimiter: 一、 1. 1) A.
    parens,         ///< (一) （1） (a)
    ordinal,        ///< 第一 with a delimiter or a unit: 第一, 第一章 第二节 第三条
    ordinal_word,   ///< number then 是/要: 一是 二要
    sequence_word,  ///< 首先 其次 再次 最后
    keyword,        ///< a word before the number: 附件1, Appendix A, Chapter 2, Part II
    bare,           ///< the number alone: ① and dotted paths without a final dot
    bullet,         ///< an unnumbered item mark: - * • ——
};

/// A marker found at the start of a line.
struct marker {
    numbering_style style = numbering_style::none;
    marker_shape shape = marker_shape::bullet;
    /// Distinguishes families of one style and shape: the delimiter (、 . ) : ,),
    /// the ordinal's unit (章 节 条), the keyword's first letter, the bullet.
    char32_t tag = 0;
    std::uint32_t ordinal = 0;
    /// For a single letter that reads as a roman numeral too (I, V, X, C, i, v ...):
    /// its value as a latin letter; 0 otherwise.
    std::uint32_t latin_ordinal = 0;
    std::uint8_t depth = 1;  ///< Components of a dotted path; 1 otherwise.
    std::array<std::uint32_t, 8> path{};  ///< The components of a dotted path.
    std::uint32_t length = 0;   ///< Bytes of the marker text (a marker is short: 32 bits keep units small).
    std::uint32_t content = 0;  ///< Offset of the text after the marker and its spacing.

    /// True when a marker was found.
    explicit operator bool() const noexcept { return length != 0; }
    /// Markers of one family number one sequence of siblings.
    [[nodiscard]] bool same_family(const marker& o) const noexcept {
        return style == o.style && shape == o.shape && tag == o.tag;
    }
};

/// Folds full-width ASCII punctuation and the ideographic comma variants a
/// scraper produces into one delimiter form, so that 1. and 1．, (一) and （一）,
/// 第一, and 第一，are the same family.
constexpr char32_t fold_delimiter(char32_t c) noexcept {
    switch (c) {
        case U'．': return U'.';
        case U'，': return U',';
        case U'：': return U':';
        case U'；': return U';';
        case U'（': return U'(';
        case U'）': return U')';
        case U'\u3001': return U'、';  // ideographic comma, already canonical
        case U'﹑': return U'、';
        default: return c;
    }
}

namespace marker_detail {

struct cursor {
    std::string_view s;
    std::size_t i = 0;
    [[nodiscard]] constexpr bool done() const noexcept { return i >= s.size(); }
    [[nodiscard]] constexpr utf8_char peek() const noexcept {
        return done() ? utf8_char{0, 0, false} : decode_utf8(s, i);
    }
    [[nodiscard]] constexpr char32_t peek_folded() const noexcept { return done() ? 0 : fold_delimiter(peek().code_point); }
    void advance() noexcept { i += peek().length; }
    bool eat(char32_t folded) noexcept {
        if (done() || peek_folded() != folded) return false;
        advance();
        return true;
    }
    // The run of bytes at i for which pred(code point) holds.
    template <class Pred>
    std::string_view take_while(Pred pred) noexcept {
        const std::size_t start = i;
        while (!done()) {
            const utf8_char c = peek();
            if (!c.valid || !pred(c.code_point)) break;
            i += c.length;
        }
        return s.substr(start, i - start);
    }
    std::size_t skip_spaces() noexcept {
        std::size_t n = 0;
        while (!done() && is_space_char(peek().code_point)) {
            advance();
            ++n;
        }
        return n;
    }
};

constexpr bool is_ascii_digit(char32_t c) noexcept {
    return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
}

// What may follow a delimiter: text, or nothing. A digit right after "1." is a
// decimal number (1.5), a letter right after "A." an abbreviation (U.S.).
constexpr bool text_may_follow(cursor c, bool after_latin_delimiter) noexcept {
    if (c.done()) return true;
    const char32_t n = c.peek().code_point;
    if (is_space_char(n)) return true;
    if (is_ascii_digit(n)) return false;
    if (after_latin_delimiter) return !is_ascii_letter(n) && n != U'.' && n != U',';
    return true;
}

// "1.2023年…": a year right after the delimiter, not a dotted path 1.2023.
inline bool year_follows(cursor c) noexcept {
    int digits = 0;
    for (; !c.done() && is_ascii_digit(c.peek().code_point); c.advance()) ++digits;
    return digits == 4 && c.peek().code_point == U'年';
}

// Characters that make a number a quantity: 1.5亿元, 3.2万人, 2.5倍.
constexpr bool is_quantity_char(char32_t c) noexcept {
    switch (c) {
        case U'亿': case U'万': case U'千': case U'百': case U'元': case U'倍': case U'个': case U'年': case U'月':
        case U'日': case U'米': case U'吨': case U'%': case U'％': case U'‰': case U'度': case U'秒': case U'分':
        case U'小': case U'天': case U'克': case U'斤': case U'亩': case U'户': case U'人': case U'次': case U'家':
            return true;
        default: return false;
    }
}

inline marker finish(marker m, cursor c) noexcept {
    m.length = c.i;
    c.skip_spaces();
    m.content = c.i;
    return m;
}

inline marker letter_marker(std::string_view letters, marker_shape shape, char32_t tag) noexcept {
    marker m;
    m.shape = shape;
    m.tag = tag;
    const bool upper = letters[0] >= 'A' && letters[0] <= 'Z';
    if (const std::uint32_t r = roman_value(letters)) {
        m.style = upper ? numbering_style::roman_upper : numbering_style::roman_lower;
        m.ordinal = r;
        if (letters.size() == 1) m.latin_ordinal = latin_value(letters);
    } else if (const std::uint32_t l = latin_value(letters)) {
        m.style = upper ? numbering_style::latin_upper : numbering_style::latin_lower;
        m.ordinal = l;
    }
    return m;
}

// 第一 / 第十二 followed by a unit (章 节 条 部分 编 篇 款 项) or a delimiter.
inline marker ordinal_marker(cursor c) noexcept {
    if (!c.eat(U'第')) return {};
    const std::string_view digits = c.take_while(is_cjk_numeral_char);
    std::uint32_t value = cjk_numeral_value(digits);
    if (value == 0) value = arabic_value(c.take_while(is_ascii_digit));  // 第1章
    if (value == 0) return {};
    marker m;
    m.style = numbering_style::cjk_ordinal;
    m.shape = marker_shape::ordinal;
    m.ordinal = value;
    const char32_t next = c.peek_folded();
    switch (next) {
        case U'章': case U'节': case U'条': case U'编': case U'篇': case U'款': case U'项': case U'卷':
            c.advance();
            m.tag = next;
            c.eat(U'、');  // 第一章、 is written as often as 第一章
            return finish(m, c);
        case U'部':
            c.advance();
            if (!c.eat(U'分')) return {};
            m.tag = U'部';
            c.eat(U'、');
            return finish(m, c);
        case U',': case U'、': case U':': case U'.':
            c.advance();
            m.tag = U',';  // 第一, 第一、 第一: number one sequence in practice
            return finish(m, c);
        default:
            if (is_space_char(next)) {
                m.tag = U',';
                return finish(m, c);
            }
            return {};
    }
}

// "A.1." / "B.2.3": a dotted path inside appendix A or B, from the first digit on.
// The letter makes a family of its own; the depth counts the numbers.
inline marker appendix_path(cursor c, char letter) noexcept {
    marker m;
    m.style = numbering_style::dotted_path;
    m.shape = marker_shape::bare;
    m.tag = static_cast<char32_t>(0x110000 + letter);  // outside Unicode: no delimiter is this tag
    std::uint8_t depth = 0;
    for (;;) {
        const std::string_view n = c.take_while(is_ascii_digit);
        const std::uint32_t v = arabic_value(n);
        if (n.empty() || n.size() > 4 || depth >= m.path.size()) return {};
        m.path[depth++] = v;
        if (!c.eat(U'.')) break;
        if (!is_ascii_digit(c.peek().code_point)) break;
    }
    if (!text_may_follow(c, true)) return {};
    m.depth = depth;
    m.ordinal = m.path[depth - 1];
    return finish(m, c);
}

// Every keyword below starts with A, C, P or the lead byte of 附: most lines stop
// at their first byte, here and in find_marker's test for words.
constexpr bool may_start_keyword(unsigned char lead) noexcept {
    return lead == 'A' || lead == 'C' || lead == 'P' || lead == 0xE9;
}

inline marker keyword_marker(cursor c) noexcept {
    struct keyword {
        std::string_view word;
        char32_t tag;
    };
    static constexpr keyword words[] = {
        {"附件", U'附'},     {"附录", U'录'},     {"Appendix", U'A'}, {"APPENDIX", U'A'}, {"Annex", U'N'},
        {"ANNEX", U'N'},     {"Chapter", U'C'},   {"CHAPTER", U'C'},  {"Part", U'P'},     {"PART", U'P'},
    };
    const char lead = c.done() ? '\0' : c.s[c.i];
    if (!may_start_keyword(static_cast<unsigned char>(lead))) return {};
    for (const keyword& k : words) {
        if (c.s.substr(c.i, k.word.size()) != k.word) continue;
        cursor d = c;
        d.i += k.word.size();
        const bool cjk = k.tag == U'附' || k.tag == U'录';
        const std::size_t spaces = d.skip_spaces();
        if (!cjk && spaces == 0) return {};  // "Appendices", "Particular"
        marker m;
        m.shape = marker_shape::keyword;
        m.tag = k.tag;
        if (const std::string_view n = d.take_while(is_ascii_digit); !n.empty()) {
            m.style = numbering_style::arabic;
            m.ordinal = arabic_value(n);
        } else if (const std::string_view z = d.take_while(is_cjk_numeral_char); !z.empty()) {
            m.style = numbering_style::cjk_ideographic;
            m.ordinal = cjk_numeral_value(z);
        } else if (const std::string_view l = d.take_while(is_ascii_letter); !l.empty() && l.size() <= 4) {
            m = [&] {
                marker lm = letter_marker(l, marker_shape::keyword, k.tag);
                // "Appendix C" means the third appendix, not the hundredth.
                if (lm.latin_ordinal) {
                    lm.style = l[0] >= 'a' ? numbering_style::latin_lower : numbering_style::latin_upper;
                    lm.ordinal = lm.latin_ordinal;
                    lm.latin_ordinal = 0;
                }
                // "Part IV" is roman; "Appendix AA" latin: letter_marker decides
                return lm;
            }();
        } else if (cjk && (d.peek_folded() == U':' || d.done())) {
            m.style = numbering_style::none;  // a lone 附件: one attachment
        } else {
            return {};
        }
        if (m.style != numbering_style::none && m.ordinal == 0) return {};
        d.eat(U'.') || d.eat(U':') || d.eat(U'、');
        if (!d.done() && !is_space_char(d.peek().code_point) && !cjk && is_ascii_letter(d.peek().code_point)) return {};
        return finish(m, d);
    }
    return {};
}

inline marker bullet_marker(cursor c) noexcept {
    const utf8_char first = c.peek();
    switch (first.code_point) {
        case U'—': case U'―': {  // —— and ―― (CJK dash items): the mark is two dashes
            cursor d = c;
            d.advance();
            if (d.peek().code_point != first.code_point) return {};
            d.advance();
            marker m;
            m.tag = U'—';
            return finish(m, d);
        }
        case U'•': case U'·': case U'●': case U'○': case U'■': case U'□': case U'◆': case U'◇': case U'▪':
        case U'►': case U'➢': case U'√': case U'※': {
            cursor d = c;
            d.advance();
            marker m;
            m.tag = first.code_point == U'·' ? U'•' : first.code_point;
            return finish(m, d);
        }
        case U'-': case U'*': case U'+': case U'o': case U'–': {
            cursor d = c;
            d.advance();
            if (d.done() || !is_space_char(d.peek().code_point)) return {};  // "-5", "*emphasis*", "one"
            marker m;
            m.tag = first.code_point;
            return finish(m, d);
        }
        default: return {};
    }
}

}  // namespace marker_detail

/// The marker at the start of `line` (which starts at its first non-space
/// character), or an empty marker. Full-width and half-width punctuation are
/// equivalent throughout.
inline marker find_marker(std::string_view line) noexcept {
    using namespace marker_detail;
    if (line.empty()) return {};
    // Most lines of Western text start with a word: five letters are no label,
    // only a keyword ("Chapter 3") can start so (bytes suffice, the letters are
    // ASCII). Nor is a shorter word followed by an ASCII byte other than '.'
    // and ')' (their full-width forms are not ASCII): decided on the bytes,
    // before the cursor decodes anything, unless a keyword or an "o" bullet
    // may start the line.
    const auto lead = static_cast<unsigned char>(line[0]);
    std::size_t run = 0;  // the letters the line starts with, up to five
    while (run < 5 && run < line.size() && is_ascii_letter(static_cast<unsigned char>(line[run]))) ++run;
    if (run != 0 && !may_start_keyword(lead) && !(lead == 'o' && run == 1)) {
        const auto next = run < line.size() ? static_cast<unsigned char>(line[run]) : 0u;
        if (run == 5 || (next < 0x80 && next != '.' && next != ')')) return {};
    }
    cursor c{line};
    const char32_t first = c.peek_folded();

    // Digits and Latin letters first: nothing further down starts with either.
    if (is_ascii_digit(first)) {  // 1. 1、 1) 1.1 1.1.
        marker m;
        std::uint8_t depth = 0;
        for (;;) {
            const std::string_view n = c.take_while(is_ascii_digit);
            const std::uint32_t v = arabic_value(n);
            if (n.empty() || (v == 0 && n != "0") || n.size() > 4 || depth >= m.path.size()) return {};
            m.path[depth++] = v;
            cursor after = c;
            if (after.eat(U'.') && is_ascii_digit(after.peek().code_point) && !year_follows(after)) {
                c = after;
                continue;
            }
            break;
        }
        m.depth = depth;
        m.ordinal = m.path[depth - 1];
        const char32_t next = c.peek_folded();
        if (depth > 1) {
            m.style = numbering_style::dotted_path;
            m.shape = marker_shape::bare;
            m.tag = U'.';
            c.eat(U'.');  // 1.1 and 1.1. are the same family
            if (!text_may_follow(c, true) && !is_cjk_char(c.peek().code_point)) return {};
            if (is_quantity_char(c.peek().code_point)) return {};  // 1.5亿元
            return finish(m, c);
        }
        m.style = numbering_style::arabic;
        m.shape = marker_shape::suffix;
        if (next == U'.' || next == U'、' || next == U')') {
            c.advance();
            m.tag = next;
            if (next == U'.' && !text_may_follow(c, true) && !is_cjk_char(c.peek().code_point) && !year_follows(c))
                return {};
            return finish(m, c);
        }
        return {};
    }

    if (run != 0) {  // a letter first (folding leaves ASCII as it is)
        if (run == 5) return keyword_marker(c);
        if (marker k = keyword_marker(c)) return k;  // "Part 2"
        if (marker b = bullet_marker(c)) return b;   // "o " bullets
        const std::string_view l = c.take_while(is_ascii_letter);
        if (l.size() > 4) return {};
        const char32_t next = c.peek_folded();
        if (next != U'.' && next != U')') return {};
        c.advance();
        if (next == U'.' && l.size() == 1 && l[0] >= 'A' && l[0] <= 'Z' && is_ascii_digit(c.peek().code_point))
            return appendix_path(c, l[0]);
        if (!text_may_follow(c, true)) return {};
        if (!c.done() && !is_space_char(c.peek().code_point)) return {};  // "A.B"
        marker m = letter_marker(l, marker_shape::suffix, next);
        if (m.ordinal == 0) return {};
        return finish(m, c);
    }

    if (first == U'第') return ordinal_marker(c);

    if (first == U'(') {  // (一) (1) (a) (iv)
        c.advance();
        c.skip_spaces();
        marker m;
        m.shape = marker_shape::parens;
        m.tag = U'(';
        if (const std::string_view z = c.take_while(is_cjk_numeral_char); !z.empty()) {
            m.style = numbering_style::cjk_parenthesized;
            m.ordinal = cjk_numeral_value(z);
        } else if (const std::string_view n = c.take_while(is_ascii_digit); !n.empty()) {
            m.style = numbering_style::arabic;
            m.ordinal = arabic_value(n);
        } else if (const std::string_view l = c.take_while(is_ascii_letter); !l.empty() && l.size() <= 4) {
            m = letter_marker(l, marker_shape::parens, U'(');
        }
        c.skip_spaces();
        if (m.ordinal == 0 || !c.eat(U')')) return {};
        return finish(m, c);
    }

    if (const std::uint32_t v = circled_value(c.peek().code_point)) {
        c.advance();
        marker m;
        m.style = numbering_style::circled;
        m.shape = marker_shape::bare;
        m.ordinal = v;
        return finish(m, c);
    }

    for (std::string_view word : {std::string_view("首先"), std::string_view("其次"), std::string_view("再次"),
                                  std::string_view("最后"), std::string_view("然后")}) {
        if (line[0] != word[0] || line.substr(0, word.size()) != word) continue;
        cursor d{line, word.size()};
        if (!d.eat(U',') && !d.eat(U'、')) return {};  // 首先要… is a sentence
        marker m;
        m.style = numbering_style::cjk_ordinal;
        m.shape = marker_shape::sequence_word;
        m.tag = U'首';
        m.ordinal = word == "首先" ? 1 : word == "其次" ? 2 : word == "再次" ? 3 : word == "然后" ? 3 : 4;
        return finish(m, d);
    }

    if (is_cjk_numeral_char(first)) {  // 一、 一. 一是 一要
        const std::string_view z = c.take_while(is_cjk_numeral_char);
        const std::uint32_t v = cjk_numeral_value(z);
        if (v == 0) return {};
        marker m;
        m.ordinal = v;
        const char32_t next = c.peek_folded();
        if (next == U'、' || next == U'.') {
            c.advance();
            m.style = numbering_style::cjk_ideographic;
            m.shape = marker_shape::suffix;
            m.tag = U'、';
            return finish(m, c);
        }
        if (next == U'是' || next == U'要') {
            c.advance();
            m.style = numbering_style::cjk_ordinal;
            m.shape = marker_shape::ordinal_word;
            m.tag = next;
            return finish(m, c);
        }
        return {};
    }

    if (marker k = keyword_marker(c)) return k;  // 附件1 附录A
    return bullet_marker(c);
}

}  // namespace reportdoc::detail
