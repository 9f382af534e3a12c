// SPDX-License-Identifier: MIT
// A fluent builder that makes a report in a few readable lines:
//
//     reportdoc::report doc = reportdoc::report_builder{}
//         .title("文明城市创建工作汇报").author("黄飞").date("2023-06-15", "2023-06-15")
//         .salutation("同志们:")
//         .section("一、", "基本认识")
//             .paragraph("多年来……")
//             .ordered_list(reportdoc::numbering_style::cjk_ordinal, {{"第一,", "……"}, {"第二,", "……"}})
//         .end_section()
//         .closing("谢谢!")
//         .build();
//
// Sections nest: section() opens one level below the open section, and
// end_section() closes it. Styles and ordinals are read from the labels.
#pragma once

#include <reportdoc/model.hpp>
#include <reportdoc/numbering.hpp>

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reportdoc {

/// Builds a report step by step; see the example at the top of builder.hpp.
class report_builder {
public:
    /// A list item given as its label and its text.
    struct item {
        /// The item's label as written ("第一,", "(1)", "•").
        std::string_view label;
        /// The item's text, one paragraph.
        std::string_view text;
    };

    /// Sets the title.
    report_builder& title(std::string_view v) { return set(doc_.meta.title, v); }
    /// Sets the subtitle.
    report_builder& subtitle(std::string_view v) { return set(doc_.meta.subtitle, v); }
    /// Adds an author.
    report_builder& author(std::string_view v) {
        doc_.meta.authors.emplace_back(v);
        return *this;
    }
    /// The date as written and, when known, in ISO 8601 form.
    report_builder& date(std::string_view as_written, std::string_view iso = {}) {
        doc_.meta.date = date_value{std::string(as_written), std::string(iso)};
        return *this;
    }
    /// Sets the publisher or site, and its address.
    report_builder& source(std::string_view name, std::string_view url = {}) {
        doc_.meta.source = name;
        doc_.meta.source_url = url;
        return *this;
    }
    /// Sets the category.
    report_builder& category(std::string_view v) { return set(doc_.meta.category, v); }
    /// Sets the language as a BCP 47 tag ("zh-CN", "en").
    report_builder& language(std::string_view v) { return set(doc_.meta.language, v); }
    /// Any other metadata entry, kept in order.
    report_builder& field(std::string_view key, std::string_view value) {
        doc_.meta.extra.push_back(metadata_field{std::string(key), std::string(value)});
        return *this;
    }

    /// Adds the addressee line to the front matter.
    report_builder& salutation(std::string_view line) {
        doc_.front_matter.push_back(make_paragraph(inline_list{text{std::string(line), {}}}, paragraph_role::salutation));
        return *this;
    }
    /// Adds a block to the front matter.
    report_builder& front(block b) {
        doc_.front_matter.push_back(std::move(b));
        return *this;
    }

    /// Opens a section one level below the open one (or at level 1).
    report_builder& section(std::string_view label, std::string_view heading) {
        return open_section(label, inline_list{text{std::string(heading), {}}}, false);
    }
    /// Opens a section with a rich heading.
    report_builder& section(std::string_view label, inline_list heading) {
        return open_section(label, std::move(heading), false);
    }
    /// Opens a section whose heading ran into its first paragraph in the source.
    report_builder& run_in_section(std::string_view label, std::string_view heading) {
        return open_section(label, inline_list{text{std::string(heading), {}}}, true);
    }
    /// Closes the innermost open section (or appendix).
    report_builder& end_section() {
        REPORTDOC_ASSERT(!open_.empty());
        if (!open_.empty()) open_.pop_back();
        return *this;
    }
    /// Opens a back-matter section (an attachment or appendix); closes every open section first.
    report_builder& appendix(std::string_view label, std::string_view heading,
                             section_role role = section_role::appendix) {
        open_.clear();
        doc_.back_matter.push_back(make_section(label, inline_list{text{std::string(heading), {}}}, false, 1));
        doc_.back_matter.back().role = role;
        open_.push_back(&doc_.back_matter.back());
        return *this;
    }

    /// Adds a paragraph of plain text where the builder is.
    report_builder& paragraph(std::string_view content) {
        return add(make_paragraph(inline_list{text{std::string(content), {}}}, paragraph_role::body));
    }
    /// Adds a paragraph of inlines where the builder is.
    report_builder& paragraph(inline_list content) {
        return add(make_paragraph(std::move(content), paragraph_role::body));
    }
    /// Adds an ordered list whose items are one paragraph each.
    report_builder& ordered_list(numbering_style style, std::initializer_list<item> items) {
        return add(make_list(true, style, items));
    }
    /// Adds a bullet list whose items are one paragraph each.
    report_builder& bullet_list(std::initializer_list<item> items) {
        return add(make_list(false, numbering_style::none, items));
    }
    /// Adds any block where the builder is.
    report_builder& add(block b) {
        target().push_back(std::move(b));
        return *this;
    }

    /// Adds closing remarks, a signature or a date line.
    report_builder& closing(std::string_view line, paragraph_role role = paragraph_role::closing) {
        doc_.closing.push_back(make_paragraph(inline_list{text{std::string(line), {}}}, role));
        return *this;
    }
    /// Adds an entry to the related links.
    report_builder& related(std::string_view title, std::string_view url = {}, date_value when = {}) {
        doc_.related.push_back(related_link{std::string(title), std::string(url), std::move(when)});
        return *this;
    }
    /// The heading of the related links ("相关文章", "See also").
    report_builder& related_heading(std::string_view heading) { return set(doc_.related_heading, heading); }

    /// The finished report; the builder is left empty.
    [[nodiscard]] report build() {
        open_.clear();
        return std::exchange(doc_, report{});
    }

private:
    report_builder& set(std::string& field, std::string_view v) {
        field = v;
        return *this;
    }
    block_list& target() { return open_.empty() ? doc_.body : open_.back()->children; }

    static reportdoc::paragraph make_paragraph(inline_list content, paragraph_role role) {
        reportdoc::paragraph p;
        p.content = std::move(content);
        p.role = role;
        return p;
    }
    static reportdoc::section make_section(std::string_view label, inline_list heading, bool run_in, unsigned level) {
        const label_info info = classify_label(label);
        reportdoc::section s;
        s.level = level;
        s.label = label;
        s.style = info.style;
        s.ordinal = info.ordinal;
        s.title = std::move(heading);
        s.run_in = run_in;
        return s;
    }
    static reportdoc::list make_list(bool ordered, numbering_style style, std::initializer_list<item> items) {
        reportdoc::list l;
        l.ordered = ordered;
        l.style = style;
        bool first = true;
        for (const item& i : items) {
            if (first && ordered) {
                const label_info info = classify_label(i.label);
                if (info.ordinal != 0) l.start = info.ordinal;
            }
            first = false;
            list_item li;
            li.label = i.label;
            li.children.push_back(make_paragraph(inline_list{text{std::string(i.text), {}}}, paragraph_role::body));
            l.items.push_back(std::move(li));
        }
        return l;
    }
    report_builder& open_section(std::string_view label, inline_list heading, bool run_in) {
        const unsigned level = open_.empty() ? 1 : open_.back()->level + 1;
        block_list& where = target();
        where.emplace_back(make_section(label, std::move(heading), run_in, level));  // in place: g++ 12 -O2 misreads a moved block
        // Safe to keep: nothing is appended to `where` while this section is open.
        open_.push_back(where.back().as<reportdoc::section>());
        return *this;
    }

    report doc_;
    std::vector<reportdoc::section*> open_;
};

}  // namespace reportdoc
