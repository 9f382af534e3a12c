// SPDX-License-Identifier: MIT
// Line-breaking properties for wrapping CJK and Latin text (the simple
// "kinsoku" rules of GB/T 15834 and JIS X 4051): closing punctuation never
// starts a line, opening brackets and quotes never end one, and a break
// between two characters without a space is only taken where one side reads
// as CJK. Shared by the line writer and the plain-text reader, which must
// agree on where a wrapped line may be joined without a space.
#pragma once

#include <reportdoc/detail/char_class.hpp>

namespace reportdoc::detail {

/// True when c must not begin a line: closing punctuation and brackets in
/// full, half and ASCII width, the iteration and prolonged-sound marks, small
/// kana, and the ellipsis and dash (which also keeps …… and —— together).
constexpr bool no_break_before(char32_t c) noexcept {
    switch (c) {
        // ASCII
        case U',': case U'.': case U';': case U':': case U'?': case U'!': case U')': case U']': case U'}': case U'%':
        // General punctuation
        case U'\u2019': case U'\u201D': case U'\u2026': case U'\u2025': case U'\u2014': case U'\u2015': case U'\u00B7':
        case U'\u2030': case U'\u2103':
        // CJK symbols and punctuation: 、。〃 〉》」』】〕〗〙〛 〜 々 〻
        case U'\u3001': case U'\u3002': case U'\u3003': case U'\u3009': case U'\u300B': case U'\u300D': case U'\u300F':
        case U'\u3011': case U'\u3015': case U'\u3017': case U'\u3019': case U'\u301B': case U'\u301C': case U'\u3005':
        case U'\u303B':
        // Small kana, prolonged sound mark, iteration marks, middle dot
        case U'\u3041': case U'\u3043': case U'\u3045': case U'\u3047': case U'\u3049': case U'\u3063': case U'\u3083':
        case U'\u3085': case U'\u3087': case U'\u308E': case U'\u3095': case U'\u3096': case U'\u309D': case U'\u309E':
        case U'\u30A1': case U'\u30A3': case U'\u30A5': case U'\u30A7': case U'\u30A9': case U'\u30C3': case U'\u30E3':
        case U'\u30E5': case U'\u30E7': case U'\u30EE': case U'\u30F5': case U'\u30F6': case U'\u30FB': case U'\u30FC':
        case U'\u30FD': case U'\u30FE':
        // Fullwidth forms: ！ ％ ） ， ． ： ； ？ ］ ｝ ｠
        case U'\uFF01': case U'\uFF05': case U'\uFF09': case U'\uFF0C': case U'\uFF0E': case U'\uFF1A': case U'\uFF1B':
        case U'\uFF1F': case U'\uFF3D': case U'\uFF5D': case U'\uFF60':
        // Halfwidth forms: ｡ ｣ ､ ･ ｰ ﾞ ﾟ
        case U'\uFF61': case U'\uFF63': case U'\uFF64': case U'\uFF65': case U'\uFF70': case U'\uFF9E': case U'\uFF9F':
        // Vertical and small forms of the same marks
        case U'\uFE50': case U'\uFE51': case U'\uFE52': case U'\uFE54': case U'\uFE55': case U'\uFE56': case U'\uFE57':
        case U'\uFE5A': case U'\uFE5C': case U'\uFE5E':
            return true;
        default: return false;
    }
}

/// True when c must not end a line: opening brackets and quotes in every width.
constexpr bool no_break_after(char32_t c) noexcept {
    switch (c) {
        case U'(': case U'[': case U'{':
        case U'\u2018': case U'\u201C':
        // 〈《「『【〔〖〘〚 〝
        case U'\u3008': case U'\u300A': case U'\u300C': case U'\u300E': case U'\u3010': case U'\u3014': case U'\u3016':
        case U'\u3018': case U'\u301A': case U'\u301D':
        // （ ［ ｛ ｟ ｢ and the small forms
        case U'\uFF08': case U'\uFF3B': case U'\uFF5B': case U'\uFF5F': case U'\uFF62': case U'\uFE59': case U'\uFE5B':
        case U'\uFE5D':
            return true;
        default: return false;
    }
}


/// True when a line may break between `before` and `after` (adjacent, no
/// space between them) without changing the text: one side reads as CJK, and
/// neither kinsoku rule forbids it.
constexpr bool may_break_between(char32_t before, char32_t after) noexcept {
    return (reads_as_cjk(before) || reads_as_cjk(after)) && !no_break_after(before) && !no_break_before(after) &&
           !is_space_char(before) && !is_space_char(after);
}

/// True when a label and the text after it are separated by a space: between
/// Latin text ("1." "Scope", "(i)" "one"), and after a label ending in an
/// ASCII letter or digit, which would otherwise run into the text ("附件1"
/// "检查表", "Appendix A" "Data"), and after an ASCII bullet, which is no
/// bullet without one ("-5", "*emphasis*"). CJK sets solid ("一、基本认识",
/// "第一,创建", "(1)领导小组", "1.组织保障").
constexpr bool label_needs_space(char32_t label_end, char32_t text_start) noexcept {
    if (label_end == U'-' || label_end == U'*' || label_end == U'+' || label_end == U'–')
        return text_start > 0x20 && !is_space_char(text_start);
    if (label_end <= 0x20 || text_start <= 0x20 || is_space_char(label_end) || is_space_char(text_start) ||
        reads_as_cjk(label_end))
        return false;
    const bool alphanumeric = (label_end >= U'0' && label_end <= U'9') || (label_end >= U'A' && label_end <= U'Z') ||
                              (label_end >= U'a' && label_end <= U'z');
    return alphanumeric || !reads_as_cjk(text_start);
}

}  // namespace reportdoc::detail
