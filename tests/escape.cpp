// SPDX-License-Identifier: MIT
// The escape engine's fast paths (the vector scans where the machine has
// them, the eight-bytes-at-a-time loops everywhere) against a one character at
// a time reference, on crafted text that puts every kind of character at
// every offset of a run and of a sixteen-byte block; and the output sink's
// buffer at the edges of its chunks.
#include <doctest/doctest.h>

#include <reportdoc/detail/escape.hpp>
#include <reportdoc/output.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

using namespace reportdoc;

namespace {

// What escape's file comment promises, one scalar value at a time: invalid
// UTF-8 and forbidden scalars become U+FFFD, bytes with a replacement get it,
// the rest is copied.
std::string reference_escape(std::string_view s, const detail::escape_table& table) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const detail::utf8_char c = detail::decode_utf8(s, i);
        const std::uint8_t action = table.action[static_cast<unsigned char>(s[i])];
        if (!c.valid || detail::is_forbidden(c.code_point, table.forbidden))
            out += detail::replacement_utf8;
        else if (action >= 2)
            out += table.replacement[action - 2];
        else
            out.append(s.substr(i, c.length));
        i += c.length;
    }
    return out;
}

template <bool Vectors>
std::string engine(std::string_view s, const detail::escape_table& table) {
    std::string out;
    output_sink sink(out);
    detail::escape_with<Vectors>(sink, s, table);
    return out;
}

const detail::escape_table* const all_tables[] = {
    &detail::xml_text_table,           &detail::xml_attribute_table,      &detail::html_text_table,
    &detail::html_attribute_table,     &detail::html_url_table,           &detail::markdown_text_table,
    &detail::markdown_destination_table, &detail::markdown_title_table, &detail::markdown_verbatim_table,
    &detail::yaml_double_quoted_table, &detail::plain_text_table};

// One of each kind of character the scans tell apart: plain three-byte ones
// (CJK, fullwidth punctuation led by EF), three-byte ones the scans must leave
// to the decoder (led by E0 or ED, EF B7 and EF BF: U+FDC0, U+FDD0, U+FFFD,
// U+FFFE), two- and four-byte ones (C1 control U+0085), broken sequences
// (stray, truncated, surrogate, overlong, 0xFF), controls, DEL, and every
// printable ASCII byte some table acts on.
const std::string_view odd_pieces[] = {
    "\xE4\xB8\xAD", "\xEF\xBC\x8C", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEF\xB7\x80", "\xEF\xB7\x90", "\xEF\xBF\xBD",
    "\xEF\xBF\xBE", "\xEF\xBF\xBF", "\xC3\xA9",     "\xC2\x85",     "\xF0\x9F\x98\x80", "\x80",  "\xE4\xB8",
    "\xED\xA0\x80", "\xE0\x80\x80", "\xC0\xAF",     "\xFF",         "\xEE\x80\x80", "\xE1\x80\x80", "\xEC\xBF\xBF",
    "\x01",         "\t",           "\n",           "\r",           "\x7F",         " ",     "&",   "<",   ">",
    "\"",           "'",            "\\",           "`",            "*",            "_",     "[",   "]",   "#",
    "!",            "|",            "~",            "(",            ")",            "^",     "{",   "}",   ",",
    "1"};

// Runs the scans skip: Latin, CJK, fullwidth punctuation, CJK with ASCII commas.
const std::string_view runs[] = {"a", "\xE4\xB8\xAD", "\xEF\xBC\x8C", "\xE4\xB8\xAD\xE6\x96\x87,"};

std::string repeat(std::string_view piece, std::size_t times) {
    std::string out;
    for (std::size_t k = 0; k < times; ++k) out += piece;
    return out;
}

}  // namespace

TEST_CASE("escape: the vector scans and the scalar loops agree with one character at a time, at every offset") {
    static_assert(detail::html_text_table.printable_action_count == 3);
    static_assert(detail::html_url_table.printable_action_count > detail::html_url_table.printable_actions.size());
    std::size_t compared = 0;
    for (const detail::escape_table* table : all_tables) {
        for (std::string_view run : runs) {
            for (std::string_view odd : odd_pieces) {
                // The odd piece after 0..33 run bytes' worth and before 0..18:
                // at every offset of a block, with every number of bytes left.
                for (std::size_t before = 0; before < 34; before += run.size() > 3 ? 2 : 1) {
                    for (std::size_t after = 0; after < 19; ++after) {
                        const std::string s = repeat(run, before) + std::string(odd) + repeat(run, after);
                        const std::string expected = reference_escape(s, *table);
                        CAPTURE(s);
                        REQUIRE(engine<true>(s, *table) == expected);
                        REQUIRE(engine<false>(s, *table) == expected);
                        ++compared;
                    }
                }
            }
        }
    }
    CHECK(compared > 100000);
}

TEST_CASE("escape: random mixtures of every kind of character, both ways") {
    std::vector<std::string_view> pieces(std::begin(odd_pieces), std::end(odd_pieces));
    pieces.insert(pieces.end(), std::begin(runs), std::end(runs));
    unsigned seed = 7;
    const auto next = [&seed] {
        seed = seed * 1103515245u + 12345u;
        return seed >> 16;
    };
    for (int round = 0; round < 3000; ++round) {
        std::string s;
        const std::size_t count = next() % 60;
        for (std::size_t k = 0; k < count; ++k) {
            // Mostly long runs, so that the scans have something to skip.
            const std::string_view piece = pieces[next() % pieces.size()];
            s += next() % 3 == 0 ? std::string(piece) : repeat(runs[next() % std::size(runs)], next() % 12);
        }
        CAPTURE(s);
        for (const detail::escape_table* table : all_tables) {
            const std::string expected = reference_escape(s, *table);
            REQUIRE(engine<true>(s, *table) == expected);
            REQUIRE(engine<false>(s, *table) == expected);
        }
    }
}

TEST_CASE("output_sink: a buffered sink hands on exactly what was appended, in chunks of 64 KiB") {
    constexpr std::size_t chunk = 64 * 1024;
    struct received {
        std::string all;
        std::vector<std::size_t> sizes;
    };
    const auto collect = [](void* into, std::string_view piece) {
        auto* r = static_cast<received*>(into);
        r->all.append(piece);
        r->sizes.push_back(piece.size());
    };
    // Pieces that end just before, at and after a chunk's end, empty views
    // (with no data) and single characters on both sides of it.
    const std::size_t sizes[] = {0, 1, chunk - 2, 1, 0, 1, 1, chunk, chunk + 1, 3 * chunk + 5, 7, chunk - 8};
    received r;
    std::string expected;
    {
        output_sink sink(collect, &r);
        char c = 'a';
        for (std::size_t size : sizes) {
            const std::string piece(size, c);
            sink.append(size == 0 ? std::string_view() : std::string_view(piece));
            expected += piece;
            sink.push_back('.');
            expected += '.';
            c = c == 'z' ? 'a' : static_cast<char>(c + 1);
        }
        sink.append(expected.data(), expected.data());  // an empty range
    }
    CHECK(r.all == expected);
    REQUIRE(!r.sizes.empty());
    for (std::size_t k = 0; k + 1 < r.sizes.size(); ++k) CHECK(r.sizes[k] == chunk);
    CHECK(r.sizes.back() == expected.size() % chunk);

    // flush hands on what is there now; a flush with nothing buffered calls nothing.
    received f;
    {
        output_sink sink(collect, &f);
        sink.append("<p>");
        sink.flush();
        sink.flush();
        sink.push_back('x');
    }
    CHECK(f.all == "<p>x");
    CHECK(f.sizes == std::vector<std::size_t>{3, 1});

    // A sink into a string appends to it at once, whatever the sizes.
    std::string target = "head:";
    {
        output_sink sink(target);
        sink.append(std::string_view());
        sink.append(std::string(chunk + 3, 'q'));
        sink.push_back('!');
        CHECK(target.size() == 5 + chunk + 3 + 1);
    }
    CHECK(target.substr(0, 6) == "head:q");
    CHECK(target.back() == '!');
}
