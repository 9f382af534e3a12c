// SPDX-License-Identifier: MIT
// Display widths, line-breaking properties and the line writer shared by the
// Markdown and plain-text writers.
#include <reportdoc/detail/line_writer.hpp>

#include <doctest/doctest.h>

#include <string>

using reportdoc::detail::block_gap;
using reportdoc::detail::break_kind;
using reportdoc::detail::display_width;
using reportdoc::detail::line_writer;
using reportdoc::detail::line_writer_options;

TEST_CASE("display_width of code points") {
    CHECK(display_width(U'a') == 1);
    CHECK(display_width(U' ') == 1);
    CHECK(display_width(U'\t') == 0);        // a control
    CHECK(display_width(U'\u00E9') == 1);    // é
    CHECK(display_width(U'\u0301') == 0);    // combining acute
    CHECK(display_width(U'\u200B') == 0);    // zero-width space
    CHECK(display_width(U'\u200D') == 0);    // zero-width joiner
    CHECK(display_width(U'\uFE0F') == 0);    // variation selector 16
    CHECK(display_width(U'\u00AD') == 1);    // soft hyphen: terminals print it
    CHECK(display_width(U'\u201C') == 1);    // “ is ambiguous: one column
    CHECK(display_width(U'\u4E2D') == 2);    // 中
    CHECK(display_width(U'\u3000') == 2);    // ideographic space
    CHECK(display_width(U'\u3001') == 2);    // 、
    CHECK(display_width(U'\uFF0C') == 2);    // ，fullwidth comma
    CHECK(display_width(U'\uFF21') == 2);    // Ａ fullwidth A
    CHECK(display_width(U'\uFF71') == 1);    // ｱ halfwidth katakana
    CHECK(display_width(U'\uAC00') == 2);    // 가 hangul syllable
    CHECK(display_width(U'\u1161') == 0);    // hangul medial vowel (conjoining)
    CHECK(display_width(U'\U0001F600') == 2);  // 😀
    CHECK(display_width(U'\U0001F44D') == 2);  // 👍
    CHECK(display_width(U'\U0002A6D6') == 2);  // CJK extension B
    CHECK(display_width(U'\U0003134A') == 2);  // CJK extension G
    CHECK(display_width(U'\U0003FFF0') == 2);  // unassigned, default wide (UAX #11)
    CHECK(display_width(U'\u2603') == 1);      // ☃ has no emoji presentation
    static_assert(display_width(U'\u4E00') == 2, "usable in constant expressions");
}

TEST_CASE("display_width of UTF-8 strings") {
    CHECK(display_width(std::string_view("")) == 0);
    CHECK(display_width("abc") == 3);
    CHECK(display_width("中文abc") == 7);
    CHECK(display_width("e\xCC\x81") == 1);          // e + combining acute
    CHECK(display_width("\xF0\x9F\x91\x8D") == 2);  // 👍
    CHECK(display_width("\xFF\xFE") == 2);          // two invalid bytes: two U+FFFD
    CHECK(display_width("a\nb") == 2);              // controls take no column
}

TEST_CASE("kinsoku properties") {
    using namespace reportdoc::detail;
    for (char32_t c : {U'，', U'。', U'、', U'；', U'：', U'？', U'！', U'）', U'》', U'」', U'』', U'】', U'…', U'—',
                       U'”', U',', U'.', U')', U'｡', U'､', U'｣'})
        CHECK_MESSAGE(no_break_before(c), static_cast<unsigned>(c));
    for (char32_t c : {U'（', U'《', U'「', U'『', U'【', U'“', U'‘', U'(', U'[', U'｢'})
        CHECK_MESSAGE(no_break_after(c), static_cast<unsigned>(c));
    CHECK_FALSE(no_break_before(U'中'));
    CHECK_FALSE(no_break_after(U'中'));
    CHECK(may_break_between(U'中', U'文'));
    CHECK(may_break_between(U'中', U'a'));
    CHECK(may_break_between(U'a', U'中'));
    CHECK_FALSE(may_break_between(U'a', U'b'));
    CHECK_FALSE(may_break_between(U'中', U'，'));
    CHECK_FALSE(may_break_between(U'《', U'中'));
    CHECK_FALSE(may_break_between(U'…', U'…'));
    CHECK(label_needs_space(U'.', U'S'));
    CHECK_FALSE(label_needs_space(U'、', U'基'));
    CHECK_FALSE(label_needs_space(U'.', U'组'));
    CHECK_FALSE(label_needs_space(U')', U'领'));
}

namespace {
std::string wrap(std::string_view text, unsigned width, bool cjk = true) {
    std::string out;
    reportdoc::output_sink sink(out);
    line_writer w(sink, line_writer_options{width, cjk, nullptr});
    w.begin_block();
    w.text(text);
    w.finish();
    return out;
}
}  // namespace

TEST_CASE("line_writer wraps Latin text at spaces") {
    CHECK(wrap("the quick brown fox jumps over the lazy dog", 10) == "the quick\nbrown fox\njumps over\nthe lazy\ndog\n");
    CHECK(wrap("the quick brown fox", 0) == "the quick brown fox\n");
    // A word longer than the width overflows, and the line breaks at the first chance after it.
    CHECK(wrap("a supercalifragilistic word", 8) == "a\nsupercalifragilistic\nword\n");
    // Two spaces are not a break (a reader could not restore them).
    CHECK(wrap("aaaa  bbbb cccc", 9) == "aaaa  bbbb\ncccc\n");
}

TEST_CASE("line_writer wraps CJK text between characters, by display width") {
    // 10 columns hold five ideographs.
    CHECK(wrap("一二三四五六七八九十", 10) == "一二三四五\n六七八九十\n");
    CHECK(wrap("一二三四五六七八九十", 9) == "一二三四\n五六七八\n九十\n");
    // Closing punctuation never starts a line: the ideograph before it moves along.
    CHECK(wrap("一二三四，五六七八", 8) == "一二三\n四，五六\n七八\n");
    CHECK(wrap("一二三四。", 8) == "一二三\n四。\n");
    // Opening brackets never end a line.
    CHECK(wrap("一二三《四五》", 8) == "一二三\n《四五》\n");
    // An ellipsis stays together and does not start a line.
    CHECK(wrap("一二三……", 7) == "一二\n三……\n");  // … is one column (ambiguous)
    // CJK next to Latin may break; Latin next to Latin only at spaces.
    CHECK(wrap("中文abc中文", 6) == "中文\nabc中\n文\n");
    // Without CJK breaking (Markdown), only spaces break.
    CHECK(wrap("一二三四五六 七八", 8, false) == "一二三四五六\n七八\n");
}

TEST_CASE("line_writer keeps markers, labels and prefixes") {
    std::string out;
    reportdoc::output_sink sink(out);
    line_writer w(sink, line_writer_options{12, true, nullptr});
    w.begin_block();
    w.text("intro text here");
    w.end_block(block_gap::blank);
    w.marker("- ");
    w.push_prefix("  ");
    w.begin_block();
    w.text("item one wraps");
    w.end_block(block_gap::blank);
    w.begin_block();
    w.text("second");
    w.pop_prefix();
    w.end_block(block_gap::line);
    w.marker("> ");
    w.push_prefix("> ");
    w.begin_block();
    w.text("quoted words wrap");
    w.end_block(block_gap::blank);
    w.begin_block();
    w.literal("never-broken-literal text");
    w.pop_prefix();
    w.end_block(block_gap::blank);
    w.finish();
    CHECK(out ==
          "intro text\nhere\n\n"
          "- item one\n  wraps\n\n  second\n"
          "> quoted\n> words wrap\n>\n> never-broken-literal text\n");
}

TEST_CASE("line_writer filter vetoes breaks") {
    std::string out;
    reportdoc::output_sink sink(out);
    // Never start a line with a digit.
    line_writer w(sink, line_writer_options{8, true, [](std::string_view text, std::size_t at, break_kind) {
                                                return !(text[at] >= '0' && text[at] <= '9');
                                            }});
    w.begin_block();
    w.text("see page 12 of it");
    w.finish();
    CHECK(out == "see\npage 12\nof it\n");
}

TEST_CASE("line_writer wraps a long paragraph in linear time") {
    std::string text;
    for (int i = 0; i < 200000; ++i) text += i % 7 == 6 ? "字 " : "字";
    const std::string out = wrap(text, 40);
    std::size_t lines = 0, longest = 0, current = 0;
    for (std::size_t i = 0; i < out.size();) {
        if (out[i] == '\n') {
            ++lines;
            longest = std::max(longest, current);
            current = 0;
            ++i;
            continue;
        }
        const auto c = reportdoc::detail::decode_utf8(out, i);
        current += static_cast<std::size_t>(display_width(c.code_point));
        i += c.length;
    }
    CHECK(longest == 40);
    CHECK(lines > 10000);
}
