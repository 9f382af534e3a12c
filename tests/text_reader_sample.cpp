// SPDX-License-Identifier: MIT
// The reference input: a Chinese work report scraped from a web page
// (../shared/samples/000_1fb2c3fc90a75667.txt). Its outline below was checked
// by eye against the sample line by line.
#include <reportdoc/reportdoc.hpp>

#include "support/files.hpp"
#include "support/outline.hpp"

#include <doctest/doctest.h>

#include <map>
#include <string>

using namespace reportdoc;

namespace {

const std::string sample_path = REPORTDOC_SAMPLES_DIR "/000_1fb2c3fc90a75667.txt";

const char* const expected_outline = R"(title: 文明城市创建工作汇报
author: 黄飞
date: 2023-06-15 16:51:36 = 2023-06-15T16:51:36
source: 北考网 www.beiweimall.com
category: 汇报
language: zh-CN
front-matter:
paragraph (salutation) 尊敬的宋智富…志们: (24)
paragraph 今天,省委宣…跨越。 (180)
paragraph 宋智富主任对…感谢! (143)
paragraph 下面,我代表…纳的。 (53)
section 1 [一、] 基本认识
  paragraph 多年来,特别…使命。 (123)
  list cjk-ordinal 1
    item [第一,]
      paragraph 创建文明城市…建设。 (488)
    item [第二,]
      paragraph 创建文明城市…宣告。 (354)
    item [第三,]
      paragraph 创建文明城市…效化。 (314)
    item [第四,]
      paragraph 创建文明城市…好事。 (265)
section 1 [二、] 主要措施及成效
  paragraph 创建文明城市…开展。 (142)
  section 2 [(一)] 加强领导,落实责任,构建强有力的领导体制和推动机制 (run-in)
    paragraph 市委、市政府…开展。 (514)
  section 2 [(二)] 聚精会神谋发展,凝心聚力抓发展,用发展的成果夯实文明城市创建的基础 (run-in)
    paragraph 十一五特别是…活力。 (520)
  section 2 [(三)] 高起点规划,高水平建设,大气魄推进城市基础设施建设 (run-in)
    paragraph 郴州自古就有…振奋。 (729)
  section 2 [(四)] 建管并重,多措并举,实施城市精细化管理 (run-in)
    paragraph 去年以来,围…以上。 (741)
  section 2 [(五)] 春风化雨,润物无声,推动市民素质教育深入人心 (run-in)
    paragraph 把市民文明素…面前。 (1059)
  section 2 [(六)] 改善民生,保障民生,加快推进和谐郴州建设 (run-in)
    paragraph 把保障和改善…0h。 (609)
  paragraph 尽管我们做了…台阶。 (224)
section 1 [三、] 几点体会
  paragraph 通过多年的实…几点: (61)
  section 2 [(一)] 发展越是不断加快,越要重视精神文明建设,既要用发展的成果推动文明创建,又要用文明创建的精神力量来引领发展,实现良性互动 (run-in)
    paragraph 城市文明是综…互动。 (387)
  section 2 [(二)] 工作越是点多线长面广,越要注重调动群众积极性,既要引导干部群众积极参与创建,又要让群众共享创建成果,为创建文明城市获取力量源泉 (run-in)
    paragraph 市民是城市的…支特。 (393)
  section 2 [(三)] 工作越是步入常态,越要强化标本兼治,把解决突出问题与建立长效机制结合起来,努力构建科学合理的创建工作体制 (run-in)
    paragraph 创建文明城市…发展。 (321)
  section 2 [(四)] 工作越是精细,越要注重培育特色,注重工作创新,打造特色鲜明的城市品牌 (run-in)
    paragraph 文明城市不是…展现。 (276)
closing:
paragraph (closing) 再次向宋智富…感谢! (24)
related: 相关文章
  新员工个人工作汇报 @ 2023-06-12T04:58:31
  幼儿园财务工作汇报范文(通用六篇) @ 2023-06-10T12:46:37
  双基工作开展情况工作汇报 @ 2023-06-02T19:40:56
  整顿规范药品市场秩序情况工作汇报 @ 2023-06-06T01:58:54
  全日制高考补习学校汇报材料 @ 2023-06-13T03:44:28
  关于小学安全工作汇报材料 @ 2023-06-09T00:35:09
  上海对外经贸大学和北京交通大学(威海校区)对比哪个好(排名分数线区 @ 2024-03-31T16:25:18
  河北高考排名237950名物理能上什么大学(能报哪些学校) @ 2024-03-31T16:19:23
  山东城市建设职业学院在山东招生人数和招生计划 多少人 @ 2024-03-31T16:15:16
  上海农林职业技术学院在湖南招生人数和招生计划 多少人 @ 2024-03-31T16:12:52
  吉林农业科技学院在湖南招生人数和招生计划 多少人 @ 2024-03-31T16:09:19
  安徽高考多少分可以上云南经贸外事职业学院 招生人数和最低分 @ 2024-03-31T16:04:52
  建筑行业工作汇报演讲稿 @ 2023-06-15T10:47:55
  消防工作汇报(精选五篇) @ 2023-06-14T07:56:44
  最新财务工作汇报(精选十六篇)) @ 2023-06-05T12:18:25
)";

// Every CJK ideograph of the text, with its count.
void count_ideographs(std::string_view s, std::map<char32_t, int>& counts) {
    for (std::size_t i = 0; i < s.size();) {
        const detail::utf8_char c = detail::decode_utf8(s, i);
        if (detail::is_cjk_char(c.code_point)) ++counts[c.code_point];
        i += c.length;
    }
}

}  // namespace

TEST_CASE("the reference sample reads into the expected report") {
    const std::string input = testing::read_file(sample_path);
    const parse_result<report> result = parse_text(input);
    REQUIRE(result);
    const report& doc = *result;

    CHECK(doc.meta.title == "文明城市创建工作汇报");
    CHECK(doc.meta.source == "北考网");
    CHECK(doc.meta.source_url == "www.beiweimall.com");
    CHECK(doc.meta.category == "汇报");
    CHECK(doc.meta.date.iso == "2023-06-15T16:51:36");
    CHECK(doc.meta.authors == std::vector<std::string>{"黄飞"});
    REQUIRE(doc.front_matter.size() == 1);
    CHECK(testing::inline_text(doc.front_matter[0].as<paragraph>()->content) == "尊敬的宋智富主任,检查验收团的各位领导,同志们:");
    REQUIRE(doc.related.size() == 15);
    CHECK(doc.related[13].title == "消防工作汇报(精选五篇)");
    CHECK(doc.related[13].date.iso == "2023-06-14T07:56:44");

    CHECK(testing::outline(doc, true, 6) == expected_outline);
}

TEST_CASE("the reference sample's diagnostics say what was repaired and dropped") {
    const parse_result<report> result = parse_text(testing::read_file(sample_path));
    std::string all;
    for (const diagnostic& d : result.diagnostics()) all += format_diagnostic(d) + "\n";
    CHECK(all ==
          "1:1: note: header line taken as the site name: \"北考网\" [header-line]\n"
          "7:1: note: repeated title removed: \"文明城市创建工作汇报\" [repeated-title]\n"
          "25:3: note: paragraph broken mid-sentence joined to the one before (line 23 ends without sentence-final punctuation) [joined-paragraph]\n"
          "29:3: note: paragraph broken mid-sentence joined to the one before (line 27 ends without sentence-final punctuation) [joined-paragraph]\n"
          "45:3: note: paragraph broken mid-sentence joined to the one before (line 43 ends without sentence-final punctuation) [joined-paragraph]\n");
}

TEST_CASE("not one CJK character of the sample's body is lost") {
    const std::string input = testing::read_file(sample_path);
    const report doc = parse_text(input).value();

    // The body runs from the salutation (line 9) to the closing line (line 65).
    std::map<char32_t, int> expected;
    std::size_t line = 1;
    for (std::size_t start = 0; start < input.size(); ++line) {
        std::size_t end = input.find('\n', start);
        if (end == std::string::npos) end = input.size();
        if (line >= 9 && line <= 65) count_ideographs(std::string_view(input).substr(start, end - start), expected);
        start = end + 1;
    }

    std::map<char32_t, int> actual;
    for (const_walker w(doc); w.next();) {
        if (w.event() != walk_event::enter) continue;
        if (w.node().kind() == node_kind::back_matter) w.skip_children();
        if (const section* s = w.node().as<section>(); s && w.node().kind() == node_kind::section) count_ideographs(s->label, actual);
        if (const list_item* i = w.node().as<list_item>()) count_ideographs(i->label, actual);
        if (const text* t = w.node().as<text>()) count_ideographs(t->content, actual);
    }
    CHECK(actual == expected);
    CHECK(expected.size() > 500);  // the comparison covers real text
}
