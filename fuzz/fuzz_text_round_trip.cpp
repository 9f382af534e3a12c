// SPDX-License-Identifier: MIT
// The plain-text writer against the plain-text reader: a report made from
// fuzz bytes, in the conventions the text reader supports, written by
// render_text (unwrapped or wrapped at 72 or 40 columns, Chinese ones also
// with U+3000 indentation) reads back as exactly that report:
// parse_text(render_text(d)) == d, source spans aside.
//
// The reports vary in structure: title, author, date, subtitle and
// salutation; chapters, sections and subsections numbered as GB/T 9704 or
// as dotted paths, Chinese ones also run into their paragraph; paragraphs;
// bullet and numbered lists, bullet lists in numbered items; thanks,
// signature and date line; related links.
// Their words come from a small stock of sentences and headings: text of
// arbitrary bytes is fuzz_text_reader's. What plain text cannot tell apart
// is left out, each where it is made: two lists in a row (one list, as in
// Markdown), a heading over nothing (a contents entry), text repeated word
// for word (a recurring line reads as a contents entry), a numbered level
// of one section, and a run-in section holding more than its paragraph.
#include "fuzz_support.hpp"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using namespace reportdoc;

struct stock {
    std::string_view language;
    std::string_view titles[4];
    std::string_view headings[8];           // '#' stands for a number, new at each use: a report
    std::string_view sentences[10];         // repeats no text (a recurring line reads as a contents entry)
    std::string_view section_labels[3][6];  // by level; empty: dotted paths (1., 1.1., 1.1.1.)
    std::string_view item_labels[6];
    std::string_view authors[3];
    std::string_view signatures[2];
    std::string_view thanks;
    std::string_view related_heading;
};

constexpr std::string_view month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};

constexpr stock english{
    "en",
    {"Annual Report on Water Quality", "Review of the Regional Transport Plan", "Progress of the Housing Programme",
     "Budget Outlook for the Coming Year"},
    {"Introduction to Area #", "Scope of Review #", "Findings in District #", "Methods and Sources for Site #",
     "Recommendations for Area #", "Costs and Funding of Phase #", "Next Steps for Stage #", "Risks in Region #"},
    {"The council reviewed # districts and found that most targets were met on time.",
     "Water quality improved in # of the rivers monitored during the year.",
     "Funding for phase # was approved in March after a public consultation.",
     "Project # was delayed by the late delivery of equipment and will finish next year.",
     "The committee recommends that network # be extended to rural areas.",
     "Costs of plan # remained within the budget agreed at the start of the programme.",
     "Residents of ward # reported fewer complaints about noise and traffic than before.",
     "The results are summarized in table # published with this report.",
     "Staff training continued throughout the year, with # people taking part.",
     "Further work is needed before standard # can be applied everywhere."},
    {},
    {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)"},
    {"Jane Smith", "Robert Brown", "Maria Garcia"},
    {"Regional Water Authority", "Office of the Mayor"},
    "Thank you.",
    "See also",
};

constexpr stock chinese{
    "zh-CN",
    {"关于2023年水质监测工作的报告", "区域交通规划实施情况的报告", "住房保障工作进展情况的汇报",
     "关于明年财政预算的说明"},
    {"片区#基本情况", "项目#主要做法", "领域#存在的问题", "阶段#工作安排", "年度#工作成效", "分期#资金保障",
     "小组#组织领导", "类别#风险防控"},
    {"全市#个区县按照年度目标要求，扎实推进各项工作，大部分任务按期完成。", "全年监测的河流中，有#条水质明显改善。",
     "本市第#阶段资金在公开征求意见后于三月获得批准。", "受设备交付延迟影响，#个项目将推迟到明年完成。",
     "建议将监测网络#进一步延伸到农村地区。", "全市第#项支出控制在年初确定的预算范围之内。",
     "全市第#社区群众对噪声和交通问题的投诉比往年明显减少。", "有关结果已在随本报告公布的表#中列明。",
     "全年持续开展业务培训，共有#人参加。", "新的第#号标准全面实施之前，还需要开展大量细致的工作。"},
    {{"一、", "二、", "三、", "四、", "五、", "六、"},
     {"（一）", "（二）", "（三）", "（四）", "（五）", "（六）"},
     {"1.", "2.", "3.", "4.", "5.", "6."}},
    {"第一，", "第二，", "第三，", "第四，", "第五，", "第六，"},
    {"张明", "李华", "王建国"},
    {"市水务局", "县人民政府办公室"},
    "谢谢大家！",
    "相关文章",
};

class report_maker {
public:
    report_maker(FuzzedDataProvider& in, const stock& words) : in_(in), words_(words) {}

    report make() {
        report doc;
        doc.meta.language = std::string(words_.language);
        doc.meta.title = std::string(in_.PickValueInArray(words_.titles));
        if (in_.ConsumeBool()) doc.meta.authors.emplace_back(in_.PickValueInArray(words_.authors));
        if (in_.ConsumeBool()) doc.meta.date = date_value{written_date(), iso_};
        if (words_.language != "en" && in_.ConsumeBool()) doc.meta.subtitle = "——在全市工作会议上的讲话";
        if (words_.language != "en" && in_.ConsumeBool())
            doc.front_matter.push_back(paragraph_of("同志们：", paragraph_role::salutation));
        if (in_.ConsumeBool()) doc.body.push_back(paragraph_of(sentences()));
        sections(doc.body, 1);
        if (in_.ConsumeBool()) doc.closing.push_back(paragraph_of(std::string(words_.thanks), paragraph_role::closing));
        if (in_.ConsumeBool()) {
            doc.closing.push_back(
                paragraph_of(std::string(in_.PickValueInArray(words_.signatures)), paragraph_role::signature));
            doc.closing.push_back(paragraph_of(written_date(), paragraph_role::date_line));
        }
        if (in_.ConsumeBool()) {
            doc.related_heading = std::string(words_.related_heading);
            for (int n = in_.ConsumeIntegralInRange(1, 3); n > 0; --n) {
                const std::string day = "2023-06-1" + std::to_string(n);
                doc.related.push_back(
                    related_link{numbered(in_.PickValueInArray(words_.headings)), {}, date_value{day, day}});
            }
        }
        return doc;
    }

private:
    static paragraph paragraph_of(std::string content, paragraph_role role = paragraph_role::body) {
        paragraph p;
        p.content.push_back(text{std::move(content), {}});
        p.role = role;
        return p;
    }

    // A day of 2023 as the language writes it; iso_ is the same day in ISO 8601.
    std::string written_date() {
        const int month = in_.ConsumeIntegralInRange(1, 12), day = in_.ConsumeIntegralInRange(1, 28);
        iso_ = "2023-00-00";
        iso_[5] = static_cast<char>('0' + month / 10);
        iso_[6] = static_cast<char>('0' + month % 10);
        iso_[8] = static_cast<char>('0' + day / 10);
        iso_[9] = static_cast<char>('0' + day % 10);
        if (words_.language == "en") return std::to_string(day) + " " + std::string(month_names[month - 1]) + " 2023";
        return "2023年" + std::to_string(month) + "月" + std::to_string(day) + "日";
    }

    // Sections numbered 1, 2, ... at `level`, each with some paragraphs and lists, then its subsections.
    void sections(block_list& out, unsigned level, const std::string& path = {}) {
        // A report has two chapters at least, each with some text: fewer lines than that show no
        // layout (hard-wrapped or not). A numbered level has two sections or none.
        const int count = level == 1          ? in_.ConsumeIntegralInRange(2, 4)
                          : in_.ConsumeBool() ? 0
                                              : in_.ConsumeIntegralInRange(2, 4);
        for (int n = 0; n < count; ++n) {
            section s;
            s.level = level;
            s.label = words_.section_labels[0][0].empty() ? path + std::to_string(n + 1) + "."
                                                          : std::string(words_.section_labels[level - 1][n]);
            const label_info info = classify_label(s.label);
            s.style = info.style;
            s.ordinal = info.ordinal;
            s.title.push_back(text{numbered(in_.PickValueInArray(words_.headings)), {}});
            // "（一）加强领导。全市…": a Chinese heading below the first level runs into its paragraph,
            // and holds only that one: the text after it is the enclosing section's.
            s.run_in = level > 1 && words_.language != "en" && in_.ConsumeBool();
            if (s.run_in) {
                s.children.push_back(paragraph_of(sentences()));
                out.push_back(std::move(s));
                continue;
            }
            for (int k = in_.ConsumeIntegralInRange(level == 2 ? 0 : 1, 3); k > 0; --k) {
                // Two lists in a row read as one, in plain text as in Markdown.
                const bool after_list = !s.children.empty() && s.children.back().is<list>();
                // A chapter opens with text, three sentences at least: a report of nothing but headings
                // and lists shows no body indentation (and "1. Scope" over "(1) …" is then a list in
                // a list), nor, with few full lines, that it is hard-wrapped.
                const bool opens_chapter = level == 1 && s.children.empty();
                if (!after_list && !opens_chapter && in_.ConsumeIntegralInRange(0, 3) == 0)
                    s.children.push_back(list_of());
                else
                    s.children.push_back(paragraph_of(sentences(opens_chapter ? 3 : 1)));
            }
            if (level < 3) sections(s.children, level + 1, s.label);
            // A heading over nothing reads as an entry of a table of contents.
            if (s.children.empty()) s.children.push_back(paragraph_of(sentences()));
            out.push_back(std::move(s));
        }
    }

    // A numbered list's items may hold a bullet list, after their text or as all of it.
    list list_of(bool nested = false) {
        list l;
        l.ordered = !nested && in_.ConsumeBool();
        const int count = in_.ConsumeIntegralInRange(2, 5);
        for (int n = 0; n < count; ++n) {
            list_item item;
            item.label = l.ordered ? std::string(words_.item_labels[n]) : std::string("-");
            const int shape = l.ordered ? in_.ConsumeIntegralInRange(0, 5) : 0;
            if (shape != 2) item.children.push_back(paragraph_of(sentences()));
            if (shape >= 1 && shape <= 2) item.children.push_back(list_of(true));
            l.items.push_back(std::move(item));
        }
        if (l.ordered) {
            const label_info info = classify_label(l.items.front().label);
            l.style = info.style;
            l.start = info.ordinal;
        }
        return l;
    }

    std::string sentences(int least = 1) {
        std::string s;
        for (int n = in_.ConsumeIntegralInRange(least, 3); n > 0; --n) {
            if (!s.empty() && words_.language == "en") s += ' ';
            s += numbered(in_.PickValueInArray(words_.sentences));
        }
        return s;
    }

    std::string numbered(std::string_view pattern) {
        const std::size_t at = pattern.find('#');
        return std::string(pattern.substr(0, at)) + std::to_string(next_number_++) +
               std::string(pattern.substr(at + 1));
    }

    FuzzedDataProvider& in_;
    const stock& words_;
    int next_number_ = 2;  // "1" could start a numbering
    std::string iso_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    const stock& words = in.ConsumeBool() ? chinese : english;
    const report doc = report_maker(in, words).make();
    text_render_options options;
    options.width = in.PickValueInArray({0u, 72u, 40u});
    options.cjk_indent = &words == &chinese && in.ConsumeBool();
    const std::string written = render_text(doc, options);
    const parse_result<report> read = parse_text(written);
    fuzz::require(read.has_value(), "parse_text refused render_text's output", written);
    fuzz::require(*read == doc, "render_text's output reads back as another report", written);
    return 0;
}
