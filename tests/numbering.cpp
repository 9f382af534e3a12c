// SPDX-License-Identifier: MIT
#include <reportdoc/reportdoc.hpp>
#include <reportdoc/detail/markers.hpp>

#include <doctest/doctest.h>

using namespace reportdoc;

namespace {
std::string describe(std::string_view line) {
    const detail::marker m = detail::find_marker(line);
    if (!m) return "-";
    std::string out{to_string(m.style)};
    out += ' ';
    out += std::to_string(m.ordinal);
    if (m.depth > 1) out += " depth " + std::to_string(m.depth);
    out += " [" + std::string(line.substr(0, m.length)) + "]";
    out += " -> " + std::string(line.substr(m.content));
    return out;
}
}  // namespace

TEST_CASE("CJK numerals") {
    CHECK(detail::cjk_numeral_value("一") == 1);
    CHECK(detail::cjk_numeral_value("十") == 10);
    CHECK(detail::cjk_numeral_value("十二") == 12);
    CHECK(detail::cjk_numeral_value("二十") == 20);
    CHECK(detail::cjk_numeral_value("二十三") == 23);
    CHECK(detail::cjk_numeral_value("一百零五") == 105);
    CHECK(detail::cjk_numeral_value("二〇二三") == 2023);
    CHECK(detail::cjk_numeral_value("十十") == 0);
    CHECK(detail::cjk_numeral_value("三二十") == 0);
    CHECK(detail::cjk_numeral_value("") == 0);
    CHECK(detail::cjk_numeral_value("a") == 0);
}

TEST_CASE("roman, latin and circled numerals") {
    CHECK(detail::roman_value("IV") == 4);
    CHECK(detail::roman_value("xii") == 12);
    CHECK(detail::roman_value("MCMXC") == 1990);
    CHECK(detail::roman_value("IIII") == 0);
    CHECK(detail::roman_value("VX") == 0);
    CHECK(detail::roman_value("Iv") == 0);
    CHECK(detail::latin_value("C") == 3);
    CHECK(detail::latin_value("aa") == 27);
    CHECK(detail::latin_value("AB") == 0);
    CHECK(detail::circled_value(U'①') == 1);
    CHECK(detail::circled_value(U'⑳') == 20);
    CHECK(detail::circled_value(U'㉑') == 21);
    CHECK(detail::circled_value(U'㊿') == 50);
}

TEST_CASE("markers of the GB/T 9704 hierarchy, in both punctuation widths") {
    CHECK(describe("一、基本认识") == "cjk-ideographic 1 [一、] -> 基本认识");
    CHECK(describe("十二、其他") == "cjk-ideographic 12 [十二、] -> 其他");
    CHECK(describe("(一)加强领导") == "cjk-parenthesized 1 [(一)] -> 加强领导");
    CHECK(describe("（三）建管并重") == "cjk-parenthesized 3 [（三）] -> 建管并重");
    CHECK(describe("1.总体要求") == "arabic 1 [1.] -> 总体要求");
    CHECK(describe("2．总体要求") == "arabic 2 [2．] -> 总体要求");
    CHECK(describe("3、工作目标") == "arabic 3 [3、] -> 工作目标");
    CHECK(describe("(4)具体措施") == "arabic 4 [(4)] -> 具体措施");
    CHECK(describe("（5）具体措施") == "arabic 5 [（5）] -> 具体措施");
    CHECK(describe("①第一项") == "circled 1 [①] -> 第一项");
    CHECK(describe("第一,创建文明城市") == "cjk-ordinal 1 [第一,] -> 创建文明城市");
    CHECK(describe("第二，创建文明城市") == "cjk-ordinal 2 [第二，] -> 创建文明城市");
    CHECK(describe("第三章 总则") == "cjk-ordinal 3 [第三章] -> 总则");
    CHECK(describe("第十二条 本办法") == "cjk-ordinal 12 [第十二条] -> 本办法");
    CHECK(describe("第一部分 总体情况") == "cjk-ordinal 1 [第一部分] -> 总体情况");
    CHECK(describe("一是加强") == "cjk-ordinal 1 [一是] -> 加强");
    CHECK(describe("三要落实") == "cjk-ordinal 3 [三要] -> 落实");
    CHECK(describe("首先,要明确") == "cjk-ordinal 1 [首先,] -> 要明确");
    CHECK(describe("最后，要落实") == "cjk-ordinal 4 [最后，] -> 要落实");
    CHECK(describe("附件1") == "arabic 1 [附件1] -> ");
    CHECK(describe("附件2:检查表") == "arabic 2 [附件2:] -> 检查表");
    CHECK(describe("——加强领导") == "none 0 [——] -> 加强领导");
}

TEST_CASE("lines that only look like markers") {
    CHECK(describe("2023年全市生产总值") == "-");
    CHECK(describe("1-9月,全市生产总值") == "-");
    CHECK(describe("第一次全体会议") == "-");
    CHECK(describe("首先要明确") == "-");
    CHECK(describe("一些问题") == "-");
    CHECK(describe("1.5亿元") == "-");
    CHECK(describe("3.14159 is pi") == "-");
    CHECK(describe("e.g. this") == "-");
    CHECK(describe("-5 degrees") == "-");
    CHECK(describe("*emphasis*") == "-");
    CHECK(describe("Appendices follow") == "-");
    CHECK(describe("(注意)") == "-");
    // Words, decided on their bytes before the marker grammar decodes anything.
    CHECK(describe("of the") == "-");
    CHECK(describe("xiv and") == "-");
    CHECK(describe("ivory. x") == "-");
    CHECK(describe("Bb) c") == "-");
    CHECK(describe("q\xEF\xBC\x8Ex") == "-");  // q．x
}

TEST_CASE("western markers") {
    CHECK(describe("1. Introduction") == "arabic 1 [1.] -> Introduction");
    CHECK(describe("0. PREAMBLE") == "arabic 0 [0.] -> PREAMBLE");
    CHECK(describe("1.1  Scope") == "dotted-path 1 depth 2 [1.1] -> Scope");
    CHECK(describe("2.3.1. Details") == "dotted-path 1 depth 3 [2.3.1.] -> Details");
    CHECK(describe("IV. Results") == "roman-upper 4 [IV.] -> Results");
    CHECK(describe("B. Methods") == "latin-upper 2 [B.] -> Methods");
    CHECK(describe("a) first") == "latin-lower 1 [a)] -> first");
    CHECK(describe("(iii) third") == "roman-lower 3 [(iii)] -> third");
    CHECK(describe("1) first") == "arabic 1 [1)] -> first");
    CHECK(describe("Appendix A. Data") == "latin-upper 1 [Appendix A.] -> Data");
    CHECK(describe("APPENDIX C: Tables") == "latin-upper 3 [APPENDIX C:] -> Tables");
    CHECK(describe("Chapter 2") == "arabic 2 [Chapter 2] -> ");
    CHECK(describe("Part IV") == "roman-upper 4 [Part IV] -> ");
    CHECK(describe("- item") == "none 0 [-] -> item");
    CHECK(describe("o item") == "none 0 [o] -> item");
    CHECK(describe("• item") == "none 0 [•] -> item");
    // Either side of the shortcut for words: four letters and a full stop, a
    // full-width parenthesis, "o" before an ideographic space, a tab or a full stop.
    CHECK(describe("viii. eighth") == "roman-lower 8 [viii.] -> eighth");
    CHECK(describe("b\xEF\xBC\x89 second") == "latin-lower 2 [b\xEF\xBC\x89] -> second");  // b）
    CHECK(describe("o\xE3\x80\x80item") == "none 0 [o] -> item");
    CHECK(describe("o\titem") == "none 0 [o] -> item");
    CHECK(describe("o. fifteenth") == "latin-lower 15 [o.] -> fifteenth");
}

TEST_CASE("markers: the letter test, one comparison, takes A..Z and a..z and nothing else") {
    // Its bit trick folds A..Z onto a..z; the bytes beside them ('@', '[', '`', '{')
    // and every other scalar value must stay out.
    std::size_t letters = 0, wrong = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        const bool expected = (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
        const bool got = detail::is_ascii_letter(c);
        letters += got ? 1 : 0;
        wrong += got != expected ? 1 : 0;
    }
    CHECK(letters == 52);
    CHECK(wrong == 0);
}

TEST_CASE("classify_label reads labels as written") {
    CHECK(classify_label("(三)").style == numbering_style::cjk_parenthesized);
    CHECK(classify_label("(三)").ordinal == 3);
    CHECK(classify_label(" 2.4.1 ").depth == 3);
    CHECK(classify_label("2.4.1").ordinal == 1);
    CHECK(classify_label("II.").style == numbering_style::roman_upper);
    CHECK(classify_label("").style == numbering_style::none);
    CHECK(classify_label("Scope").ordinal == 0);
}
