// SPDX-License-Identifier: MIT
// The plain-text reader on Chinese documents (issue 3): one fixture per
// convention under tests/data/text/zh, each with an outline written by hand
// from the rules — not copied from the reader's output — and the
// diagnostics that the repairs and removals must produce.
//
// Punctuation width: a twin written with the other width (, ，  : ：  ( （  . ．)
// must read into the same report. Its labels and text keep the width they were
// written in, so the models differ; the test compares the two outlines after
// folding full-width punctuation to half width (fold_width), which makes
// every difference other than width a failure. Diagnostics must be identical.
#include <reportdoc/reportdoc.hpp>
#include <reportdoc/text_reader.hpp>

#include "support/files.hpp"
#include "support/outline.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace reportdoc;

namespace {

std::string fixture(std::string_view name) {
    const std::string text = testing::read_file(std::string(REPORTDOC_TEST_DATA "/text/zh/") + std::string(name));
    REQUIRE_MESSAGE(!text.empty(), "missing fixture " << name);
    return text;
}

// "LINE:COLUMN severity code", one diagnostic a line.
std::string diagnostic_list(const std::vector<diagnostic>& diagnostics) {
    std::string out;
    for (const diagnostic& d : diagnostics)
        out += std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + " " +
               std::string(to_string(d.level)) + " " + std::string(d.code) + "\n";
    return out;
}

// Full-width punctuation to its half-width form; everything else unchanged.
std::string fold_width(std::string_view s) {
    constexpr std::pair<std::string_view, char> forms[] = {{"，", ','}, {"：", ':'}, {"（", '('}, {"）", ')'},
                                                           {"；", ';'}, {"！", '!'}, {"？", '?'}, {"．", '.'}};
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        bool folded = false;
        for (const auto& [wide, narrow] : forms)
            if (s.substr(i, wide.size()) == wide) {
                out += narrow;
                i += wide.size();
                folded = true;
                break;
            }
        if (!folded) out += s[i++];
    }
    return out;
}

// Every text of the document in reading order (labels, titles, paragraphs,
// metadata values, related links), one a line: for "no text was lost" checks.
std::string all_text(const report& doc) {
    std::string out = doc.meta.title + "\n" + doc.meta.subtitle + "\n";
    for (const metadata_field& f : doc.meta.extra) out += f.value + "\n";
    for (const_walker w(doc); w.next();) {
        if (w.event() != walk_event::enter) continue;
        if (const section* s = w.node().as<section>(); s && w.node().kind() == node_kind::section) out += s->label + "\n";
        if (const list_item* i = w.node().as<list_item>()) out += i->label + "\n";
        if (const text* t = w.node().as<text>()) out += t->content + "\n";
    }
    out += doc.related_heading + "\n";
    for (const related_link& r : doc.related) out += r.title + "\n";
    return out;
}

bool contains(std::string_view haystack, std::string_view needle) {
    return haystack.find(needle) != std::string_view::npos;
}

struct expectation {
    const char* outline;
    const char* diagnostics;
};

// Parses a fixture and checks its outline and diagnostics exactly.
void check_fixture(std::string_view name, const expectation& e, const text_options& options = {}) {
    INFO("fixture " << name);
    const parse_result<report> result = parse_text(fixture(name), options);
    REQUIRE(result);
    CHECK(testing::outline(*result, true) == e.outline);
    CHECK(diagnostic_list(result.diagnostics()) == e.diagnostics);
}

// A twin in the other punctuation width reads into the same outline, modulo width.
void check_twin(std::string_view name, const expectation& e) {
    INFO("width twin " << name);
    const parse_result<report> result = parse_text(fixture(name));
    REQUIRE(result);
    CHECK(fold_width(testing::outline(*result, true)) == fold_width(e.outline));
    CHECK(diagnostic_list(result.diagnostics()) == e.diagnostics);
}

// ---------------------------------------------------------------------------
// The expected reports

// A scraped news page, one paragraph per line: breadcrumb, font widget, the
// 来源 label split from its value, a toolbar one word a line, a photo caption,
// and after the body the share text (the first sentence again), the title
// again, the editor, print/close buttons and an empty 相关报道 trailer.
const expectation scraped_page = {
    "title: 成都加快建设践行新发展理念的公园城市示范区\n"
    "author: 李明\n"
    "date: 2023-06-15 09:30 = 2023-06-15T09:30\n"
    "source: 四川日报 \n"
    "language: zh-CN\n"
    "field: breadcrumb = 首页 > 要闻 > 四川新闻\n"
    "field: 责任编辑 = 赵磊\n"
    "paragraph 6月14日，成都市召开公园城市示范区建设推进会，总结上半年工作进展，部署下一阶段重点任务。市委常委、副市长刘强出席会议并讲话。\n"
    "paragraph 会议指出，今年以来，全市上下坚持以人民为中心的发展思想，统筹推进生态保护、城市更新和产业发展，示范区建设取得阶段性成效。\n"
    "paragraph 截至5月底，全市累计建成各级绿道6500余公里，新增城市绿地1200余公顷，公园城市的形态和功能更加完善。\n"
    "paragraph 会议要求，各区（市）县和市级有关部门要进一步压紧压实责任，聚焦生态价值转化、城市有机更新、公共服务提升等重点领域，抓好各项任务落地见效。\n",
    // breadcrumb, font widget, split 来源 label, toolbar (4 lines), caption,
    // share text, repeated title, editor, print, close, empty trailer
    "1:1 note page-chrome\n"
    "2:1 note page-chrome\n"
    "5:1 note joined-metadata\n"
    "8:1 note page-chrome\n"
    "9:1 note page-chrome\n"
    "10:1 note page-chrome\n"
    "11:1 note page-chrome\n"
    "14:1 note page-chrome\n"
    "17:1 note page-chrome\n"
    "18:1 note repeated-title\n"
    "19:1 note page-chrome\n"
    "20:1 note page-chrome\n"
    "21:1 note page-chrome\n"
    "22:1 note page-chrome\n",
};

// A GB/T 9704 notice: addressee line, 一、/（一）/1． outline with run-in
// headings, the attachment note (附件：1．… 2．…) with signature and date
// line, then 注释 and two attachments, each with its own outline.
//
// Judgement calls: the attachment note (附件说明) belongs with the signature
// and date (GB/T 9704 puts it after the body, before the signature), as a
// lead-in paragraph and its list; it must neither start back matter nor
// become a heading. Note marks ［1］ stay in the text, and each note is a
// paragraph of the 注释 section.
const expectation notice = {
    "title: 关于开展2023年全市安全生产大检查的通知\n"
    "language: zh-CN\n"
    "front-matter:\n"
    "paragraph (salutation) 各区（市）县人民政府，市政府各部门，有关单位：\n"
    "paragraph 为深入贯彻落实党中央、国务院关于安全生产工作的决策部署，有效防范化解重大安全风险，经市政府同意，决定在全市范围内开展2023年安全生产大检查。现将有关事项通知如下。\n"
    "section 1 [一、] 总体要求\n"
    "  paragraph 坚持人民至上、生命至上，坚持问题导向和目标导向相结合，全面排查整治各类安全隐患，坚决遏制重特大事故发生，确保全市安全生产形势持续稳定。\n"
    "section 1 [二、] 检查内容\n"
    "  section 2 [（一）] 责任落实情况 (run-in)\n"
    "    paragraph 重点检查各级党委政府领导责任、部门监管责任和企业主体责任落实情况。\n"
    "  section 2 [（二）] 隐患排查整治情况 (run-in)\n"
    "    paragraph 重点检查以下领域：\n"
    "    section 3 [1．] 道路交通 (run-in)\n"
    "      paragraph 重点排查“两客一危”［1］车辆、农村公路临水临崖路段和事故多发路段。\n"
    "    section 3 [2．] 建筑施工 (run-in)\n"
    "      paragraph 重点排查深基坑、高支模［2］、起重机械等危险性较大的分部分项工程。\n"
    "    section 3 [3．] 城镇燃气 (run-in)\n"
    "      paragraph 重点排查老旧管网、餐饮场所用气和液化石油气充装站点。\n"
    "section 1 [三、] 时间安排\n"
    "  paragraph 大检查从6月20日开始，至9月30日结束，分三个阶段进行。\n"
    "  section 2 [（一）] 自查自改阶段（6月20日至7月15日） (run-in)\n"
    "    paragraph 各生产经营单位对照检查内容全面开展自查，建立问题清单和整改清单。\n"
    "  section 2 [（二）] 督导检查阶段（7月16日至8月31日） (run-in)\n"
    "    paragraph 市安委会组成8个检查组，采取“四不两直”方式开展督导检查。\n"
    "  section 2 [（三）] 总结提升阶段（9月1日至9月30日） (run-in)\n"
    "    paragraph 各地各部门认真总结大检查工作，形成书面报告。\n"
    "section 1 [四、] 工作要求\n"
    "  paragraph 各地各部门要高度重视，主要负责同志亲自部署、亲自督促，确保大检查不走过场、取得实效。对检查中发现的重大隐患，要挂牌督办、限期整改。\n"
    "closing:\n"
    "paragraph 附件：\n"
    "list arabic 1\n"
    "  item [1．]\n"
    "    paragraph 2023年安全生产大检查工作台账\n"
    "  item [2．]\n"
    "    paragraph 安全生产大检查情况统计表\n"
    "paragraph (signature) 成都市人民政府办公厅\n"
    "paragraph (date-line) 2023年6月15日\n"
    "back-matter:\n"
    "section 1 [] 注释 (notes)\n"
    "  paragraph ［1］“两客一危”：指从事旅游的包车、三类以上班线客车和运输危险化学品、烟花爆竹、民用爆炸物品的道路专用车辆。\n"
    "  paragraph ［2］高支模：指搭设高度8米及以上，或者搭设跨度18米及以上的混凝土模板支撑工程。\n"
    "section 1 [附件1] 2023年安全生产大检查工作台账 (appendix)\n"
    "  section 2 [一、] 填报说明\n"
    "    list arabic 1\n"
    "      item [1．]\n"
    "        paragraph 本台账由各检查组按日填写，每周五下班前报市安委办。\n"
    "      item [2．]\n"
    "        paragraph 隐患等级按一般隐患和重大隐患分别填写。\n"
    "  section 2 [二、] 台账栏目\n"
    "    paragraph 台账包括检查时间、检查单位、被检查单位、发现问题、整改措施、整改时限和责任人等栏目。\n"
    "section 1 [附件2] 安全生产大检查情况统计表填报要求 (appendix)\n"
    "  section 2 [一、] 统计范围\n"
    "    paragraph 统计范围包括全市各类生产经营单位，以及学校、医院、商场等人员密集场所。\n"
    "  section 2 [二、] 报送方式\n"
    "    list arabic 1\n"
    "      item [1．]\n"
    "        paragraph 电子版通过市安全生产信息平台报送。\n"
    "      item [2．]\n"
    "        paragraph 纸质版加盖单位公章后报市安委办。\n",
    "",  // nothing repaired, nothing dropped
};

// The outline starts at （一）, which is therefore level 1; 1． under it is
// level 2. 一是…二是… inside one paragraph is an enumeration in running text.
const expectation starts_at_paren = {
    "title: 关于2023年1-5月全市消费市场运行情况的分析\n"
    "language: zh-CN\n"
    "paragraph 今年以来，全市消费市场持续回暖，1-5月实现社会消费品零售总额2156.3亿元，同比增长8.7%。现将主要情况分析如下。\n"
    "section 1 [（一）] 主要特点\n"
    "  section 2 [1．] 餐饮消费快速恢复 (run-in)\n"
    "    paragraph 1-5月，全市餐饮收入287.6亿元，同比增长21.4%，增速比一季度提高3.2个百分点。\n"
    "  section 2 [2．] 升级类商品销售较快增长 (run-in)\n"
    "    paragraph 金银珠宝类、通讯器材类商品零售额分别增长15.2%和12.8%。\n"
    "  section 2 [3．] 网上零售保持较快增长 (run-in)\n"
    "    paragraph 实物商品网上零售额同比增长11.3%，占社会消费品零售总额的比重为24.6%。\n"
    "section 1 [（二）] 存在的问题\n"
    "  paragraph 一是居民消费意愿仍然偏弱，储蓄倾向较高。二是汽车等大宗商品消费增长乏力。\n"
    "section 1 [（三）] 下步工作建议\n"
    "  paragraph 建议围绕扩大内需战略，持续开展促消费系列活动，加快培育新型消费业态。\n",
    "",
};

// All four GB/T 9704 levels, 一、 > （一） > 1． > （1）, and ① items.
const expectation mixed_levels = {
    "title: 青山区2023年上半年工作总结和下半年工作打算\n"
    "language: zh-CN\n"
    "section 1 [一、] 上半年工作完成情况\n"
    "  paragraph 上半年，全区地区生产总值完成186.4亿元，同比增长6.2%，主要经济指标保持稳中有进的良好态势。\n"
    "  section 2 [（一）] 产业发展提质增效\n"
    "    section 3 [1．] 工业经济稳步回升\n"
    "      paragraph 规模以上工业增加值同比增长7.1%，新增规上工业企业12户。\n"
    "      section 4 [（1）] 重点项目加快推进 (run-in)\n"
    "        paragraph 全区42个重点项目完成投资58.3亿元，占年度计划的56.2%。\n"
    "      section 4 [（2）] 园区承载能力增强 (run-in)\n"
    "        paragraph 新建标准化厂房15万平方米，园区道路、供水等配套设施全面完工。\n"
    "    section 3 [2．] 服务业持续恢复\n"
    "      paragraph 社会消费品零售总额同比增长9.4%，接待游客386万人次，旅游收入恢复到2019年同期的112%。\n"
    "  section 2 [（二）] 民生保障有力有效\n"
    "    paragraph 全区民生支出占一般公共预算支出的78.5%，重点办好以下几件实事：\n"
    "    list circled 1\n"
    "      item [①]\n"
    "        paragraph 新增城镇就业3260人；\n"
    "      item [②]\n"
    "        paragraph 改造老旧小区11个，惠及居民4300户；\n"
    "      item [③]\n"
    "        paragraph 新建和改扩建幼儿园3所，新增学位900个。\n"
    "section 1 [二、] 下半年工作打算\n"
    "  section 2 [（一）] 抓项目促投资\n"
    "    paragraph 确保全年完成固定资产投资120亿元以上。\n"
    "  section 2 [（二）] 抓改革优环境\n"
    "    paragraph 深化“放管服”改革，推动更多政务服务事项“一网通办”。\n",
    "",
};

// A speech: title, subtitle over two lines, speaker, date in parentheses,
// salutation; unnumbered part headings above 一、 (so 一、 is level 2, and
// restarts under the second part); 第一，/一是/首先… lists (最后 ends the
// 首先 sequence whatever its count: no warning); dash items; 谢谢大家！ closes.
const expectation speech = {
    "title: 真抓实干 奋力开创全县乡村振兴工作新局面\n"
    "subtitle: ——在全县2023年乡村振兴工作会议上的讲话\n"
    "author: 陈建国\n"
    "date: 2023年3月8日 = 2023-03-08\n"
    "language: zh-CN\n"
    "front-matter:\n"
    "paragraph (byline) 县委书记　陈建国\n"
    "paragraph (salutation) 同志们：\n"
    "paragraph 今天召开全县乡村振兴工作会议，主要任务是总结去年工作，分析当前形势，安排部署今年重点任务。刚才，县农业农村局通报了去年乡村振兴实绩考核情况，三个乡镇作了交流发言，讲得都很好，我都赞同。下面，我讲两个方面的意见。\n"
    "section 1 [] 关于去年的工作\n"
    "  section 2 [一、] 粮食生产稳中有增\n"
    "    paragraph 全县粮食播种面积稳定在52万亩以上，总产量达到21.6万吨，实现粮食生产“二十连丰”。\n"
    "  section 2 [二、] 农民收入稳步增长\n"
    "    paragraph 农村居民人均可支配收入达到19860元，增长6.9%，增速高于城镇居民1.8个百分点。\n"
    "section 1 [] 关于今年的重点任务\n"
    "  section 2 [一、] 毫不放松抓好粮食生产\n"
    "    paragraph 这里我强调三点：\n"
    "    list cjk-ordinal 1\n"
    "      item [第一，]\n"
    "        paragraph 要稳面积。各乡镇要把粮食生产目标任务分解到村、落实到田块，坚决遏制耕地“非农化”。\n"
    "      item [第二，]\n"
    "        paragraph 要提单产。大力推广良种良法，抓好高标准农田建设和管护。\n"
    "      item [第三，]\n"
    "        paragraph 要防灾害。加强气象监测预警，做好防汛抗旱各项准备。\n"
    "  section 2 [二、] 持续巩固拓展脱贫攻坚成果\n"
    "    list cjk-ordinal 1\n"
    "      item [一是]\n"
    "        paragraph 严格落实“四个不摘”要求，保持主要帮扶政策总体稳定。\n"
    "      item [二是]\n"
    "        paragraph 健全防止返贫动态监测和帮扶机制，做到早发现、早干预、早帮扶。\n"
    "      item [三是]\n"
    "        paragraph 加大产业和就业帮扶力度，增强脱贫地区和脱贫群众内生发展动力。\n"
    "  section 2 [三、] 扎实推进和美乡村建设\n"
    "    list cjk-ordinal 1\n"
    "      item [首先，]\n"
    "        paragraph 要抓好村庄规划。坚持先规划后建设，因地制宜编制实用性村庄规划。\n"
    "      item [其次，]\n"
    "        paragraph 要整治人居环境。深入开展村庄清洁行动，推进农村厕所革命和生活污水治理。\n"
    "      item [最后，]\n"
    "        paragraph 要加强乡风文明建设。推进移风易俗，培育文明乡风、良好家风、淳朴民风。\n"
    "    paragraph 同志们，做好今年的乡村振兴工作，任务艰巨、责任重大。我们要以更加饱满的热情、更加务实的作风：\n"
    "    list none\n"
    "      item [——]\n"
    "        paragraph 坚持抓党建促乡村振兴，发挥好基层党组织的战斗堡垒作用；\n"
    "      item [——]\n"
    "        paragraph 坚持尽力而为、量力而行，把好事办好、实事办实；\n"
    "      item [——]\n"
    "        paragraph 坚持群众主体地位，充分激发广大农民群众的积极性、主动性、创造性。\n"
    "    paragraph 让我们坚定信心、真抓实干，奋力谱写全县乡村振兴新篇章！\n"
    "closing:\n"
    "paragraph (closing) 谢谢大家！\n",
    "",
};

// Headings that stand alone and end in 。 (the 。 is not part of the title),
// a heading split after "(", run-in headings; lines that look like markers
// and are text (1-9月, 2023年, 1.5亿元, 第一次, 一些, 首先要); a skipped
// (三) and 五、 and a repeated (三): warnings, outline intact.
const expectation standalone_headings = {
    "title: 2023年全市生态环境保护工作要点\n"
    "language: zh-CN\n"
    "paragraph 为深入打好污染防治攻坚战,持续改善全市生态环境质量,制定本工作要点。\n"
    "section 1 [一、] 深入打好蓝天保卫战\n"
    "  paragraph 1-9月,全市空气质量优良天数比例达到85.3%,同比上升2.1个百分点。\n"
    "  section 2 [(一)] 推进重点行业深度治理\n"
    "    paragraph 全面完成钢铁企业超低排放改造,推动水泥、焦化等行业实施深度治理。\n"
    "    paragraph 2023年,全市将新增清洁能源公交车300辆,淘汰国四及以下排放标准营运柴油货车1200辆。\n"
    "  section 2 [(二)] 加强扬尘污染管控 (run-in)\n"
    "    paragraph 严格落实施工工地“六个百分百”要求,渣土运输车辆全部实现密闭运输。\n"
    "  section 2 [(三)] 强化重污染天气应对 (run-in)\n"
    "    paragraph 修订完善重污染天气应急预案,动态更新应急减排清单。\n"
    "section 1 [二、] 深入打好碧水保卫战\n"
    "  paragraph 1.5亿元专项资金将用于支持城镇污水处理设施提质增效。\n"
    "  paragraph 第一次全市入河排污口排查已于5月底前完成,共排查出入河排污口1046个。\n"
    "  paragraph 一些地方仍然存在污水管网建设滞后、雨污混流等问题。\n"
    "  paragraph 首先要把好项目环评审批关,严禁新建不符合要求的高耗水项目。\n"
    "  section 2 [(一)] 保障饮用水水源安全 (run-in)\n"
    "    paragraph 完成县级及以上集中式饮用水水源地规范化建设。\n"
    "  section 2 [(三)] 推进美丽河湖建设 (run-in)\n"
    "    paragraph 全年建成省级美丽河湖5条。\n"
    "  section 2 [(三)] 加强农业面源污染治理 (run-in)\n"
    "    paragraph 化肥、农药使用量分别比上年减少1%和2%。\n"
    "section 1 [三、] 深入打好净土保卫战\n"
    "  paragraph 加强建设用地土壤污染风险管控,受污染耕地安全利用率稳定在93%以上。\n"
    "section 1 [五、] 严密防控环境风险\n"
    "  paragraph 建立健全环境应急预案体系,开展突发环境事件应急演练不少于10次。\n",
    "10:1 note joined-heading\n"
    "17:1 warning numbering-skipped\n"
    "18:1 warning numbering-repeated\n"
    "21:1 warning numbering-skipped\n",
};

// Regulations: 章 > 节 > 条 by their meaning, although 条 appears before the
// first 节; articles number on across chapters and sections (第四条 is the
// first article of 第一节: no warning); an article has no title; （一）
// clauses ending in ； after a lead-in are list items, not headings.
const expectation chapters = {
    "title: 青州市城市绿化管理条例\n"
    "language: zh-CN\n"
    "section 1 [第一章] 总则\n"
    "  section 2 [第一条] \n"
    "    paragraph 为了加强城市绿化管理，改善生态环境，建设宜居城市，根据国务院《城市绿化条例》等法律、法规，结合本市实际，制定本条例。\n"
    "  section 2 [第二条] \n"
    "    paragraph 本条例适用于本市城市规划区内的绿化规划、建设、保护和管理活动。\n"
    "  section 2 [第三条] \n"
    "    paragraph 城市绿化工作坚持政府主导、公众参与、统筹规划、科学管理的原则。\n"
    "section 1 [第二章] 规划与建设\n"
    "  section 2 [第一节] 规划\n"
    "    section 3 [第四条] \n"
    "      paragraph 市绿化行政主管部门会同自然资源主管部门编制城市绿地系统规划，报市人民政府批准后实施。\n"
    "    section 3 [第五条] \n"
    "      paragraph 新建居住区绿地率不得低于百分之三十；旧城改造区绿地率不得低于百分之二十五。\n"
    "  section 2 [第二节] 建设\n"
    "    section 3 [第六条] \n"
    "      paragraph 城市绿化工程的设计，应当符合下列要求：\n"
    "      list cjk-parenthesized 1\n"
    "        item [（一）]\n"
    "          paragraph 充分利用原有地形、地貌、水体和植被；\n"
    "        item [（二）]\n"
    "          paragraph 优先选用适宜本地生长的乡土树种；\n"
    "        item [（三）]\n"
    "          paragraph 合理配置乔木、灌木和地被植物。\n"
    "    section 3 [第七条] \n"
    "      paragraph 城市绿化工程竣工后，建设单位应当组织验收；未经验收或者验收不合格的，不得交付使用。\n"
    "section 1 [第三章] 附则\n"
    "  section 2 [第八条] \n"
    "    paragraph 本条例自2024年1月1日起施行。\n",
    "",
};

// 36 characters (72 columns) a line, two U+3000 first-line indents, no blank
// lines between paragraphs. Lines join CJK to CJK (and CJK to digits) without
// a space and Latin to Latin with one: "（Building" + "Information". A wrapped
// line may start with 12.6亿条: a quantity, not a marker. Unwrapping is the
// layout, not a repair: no diagnostics.
const expectation hard_wrapped = {
    "title: 关于2022年度数字政府建设情况的报告\n"
    "language: zh-CN\n"
    "paragraph 2022年，市大数据局在市委、市政府的坚强领导下，深入贯彻落实国家和省关于加强数字政府建设的决策部署，以数字化改革为引领，统筹推进政务服务、数据资源、基础设施和安全保障体系建设，各项工作取得明显成效。现将有关情况报告如下。\n"
    "section 1 [一、] 主要工作及成效\n"
    "  section 2 [（一）] 政务服务“一网通办”提质增效\n"
    "    paragraph 全市政务服务事项网上可办率达到98.6%，“最多跑一次”事项占比达到95%以上。依托市一体化政务服务平台，推出企业开办、不动产登记、新生儿出生等42个“一件事”集成服务，平均减少跑动次数3.2次，办理时限压缩60%以上。\n"
    "  section 2 [（二）] 数据资源共享开放持续深化\n"
    "    paragraph 建成市级公共数据平台，编制公共数据资源目录，全年累计归集各类政务数据12.6亿条，其中回流数据3800万条。在工程建设领域推广建筑信息模型（Building Information Modeling，BIM）技术，实现项目审批、施工监管和竣工验收数据贯通，累计支撑跨部门数据共享调用2.1亿次。\n"
    "section 1 [二、] 存在的问题\n"
    "  paragraph 对照上级要求和群众期盼，我市数字政府建设还存在一些短板：部分部门业务系统仍未完成对接，数据共享的广度和深度还不够；基层数字化应用能力有待提升；网络安全防护体系仍需加强。\n"
    "section 1 [三、] 下一步工作打算\n"
    "  paragraph 2023年，我们将以建设“数字城市”为目标，加快推进城市运行管理服务平台建设，力争年底前实现全市政务数据“应归尽归”，持续优化营商环境。\n",
    "",
};

// Blank-line separated paragraphs with two-space indents: PM / 2.5 / 浓度
// (a subscript the scraper put on lines of their own) rejoin without spaces;
// two paragraphs broken mid-sentence across a blank line rejoin (one before
// 100%, one before CJK text). Each join is a note at the joined line.
const expectation blank_separated = {
    "title: 2022年全市生态环境状况公报\n"
    "date: 2023-06-05 = 2023-06-05\n"
    "source: 市生态环境局 \n"
    "language: zh-CN\n"
    "paragraph 根据《中华人民共和国环境保护法》有关规定，现发布2022年全市生态环境状况公报。\n"
    "section 1 [一、] 环境空气质量\n"
    "  paragraph 2022年，全市环境空气质量优良天数为301天，优良天数比例为82.5%，同比上升3.6个百分点。全市PM2.5浓度为32微克/立方米，同比下降8.6%，为有监测记录以来最低值。\n"
    "section 1 [二、] 水环境质量\n"
    "  paragraph 全市纳入国家和省考核的18个地表水断面中，水质优良（达到或优于Ⅲ类）断面16个，占88.9%，无劣Ⅴ类断面。县级及以上集中式饮用水水源地水质达标率保持100%，城市黑臭水体实现动态清零。\n"
    "section 1 [三、] 声环境质量\n"
    "  paragraph 全市城市区域声环境昼间平均等效声级为53.8分贝，质量等级为二级（较好）。交通干线两侧区域夜间噪声超标问题仍较突出，下一步将重点加强施工噪声和社会生活噪声管控。\n",
    "11:3 note joined-paragraph\n"
    "13:3 note joined-paragraph\n"
    "19:3 note joined-paragraph\n"
    "25:3 note joined-paragraph\n",
};

// 相关阅读： entries: bullet + title + space + date, bullet + title glued to a
// timestamp, date first, bullet + title + U+3000 + 年月日 date.
const expectation related_reading = {
    "title: 全市防汛抗旱工作会议召开\n"
    "date: 2023-06-16 10:05:12 = 2023-06-16T10:05:12\n"
    "language: zh-CN\n"
    "paragraph 6月15日，全市防汛抗旱工作会议召开，会议分析研判今年汛期形势，安排部署防汛抗旱重点工作。\n"
    "paragraph 会议强调，各级各部门要坚决克服麻痹思想和侥幸心理，压紧压实防汛责任，确保安全度汛。\n"
    "related: 相关阅读：\n"
    "  我市召开2023年地质灾害防治工作会议 @ 2023-05-18\n"
    "  全市安全生产大检查全面启动 @ 2023-06-20T09:15:32\n"
    "  城市更新行动实施方案正式印发 @ 2023-06-01\n"
    "  市政府常务会议研究部署防汛备汛工作 @ 2023-06-08\n",
    "",
};

// 推荐阅读 entries, blank-separated: 【date】 first, 年月日 date first and two
// spaces, "- " bullet with a dotted date last, (date time) in brackets last.
const expectation recommended_reading = {
    "title: 推进基层治理现代化的几点思考\n"
    "language: zh-CN\n"
    "paragraph 基层治理是国家治理的基石。近年来，各地在党建引领基层治理方面进行了积极探索，积累了有益经验。\n"
    "paragraph 推进基层治理现代化，关键在于健全党组织领导的自治、法治、德治相结合的城乡基层治理体系。\n"
    "related: 推荐阅读\n"
    "  社区网格化管理工作经验交流材料 @ 2023-06-12\n"
    "  乡镇综合行政执法改革情况汇报 @ 2023-06-10\n"
    "  关于加强村级组织规范化建设的调研报告 @ 2023-06-02\n"
    "  新时代“枫桥经验”的实践与启示 @ 2023-05-28T08:30\n",
    "",
};

// Replaces every occurrence of `from` in s by `to`.
std::string replace_all(std::string s, std::string_view from, std::string_view to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

}  // namespace

// ---------------------------------------------------------------------------
// Fixtures

TEST_CASE("zh: a scraped page, one paragraph a line, loses its chrome and keeps its text") {
    check_fixture("scraped-page.txt", scraped_page);
}

TEST_CASE("zh: a notice with an attachment note, signature, date line, notes and attachments") {
    check_fixture("notice-with-attachments.txt", notice);
}

TEST_CASE("zh: an outline that starts at （一） makes （一） level 1") {
    check_fixture("starts-at-paren.txt", starts_at_paren);
}

TEST_CASE("zh: 一、 > （一） > 1． > （1） nest as four levels; ① items are a list") {
    check_fixture("mixed-levels.txt", mixed_levels);
}

TEST_CASE("zh: a speech with subtitle, byline, part headings above 一、, lists and closing thanks") {
    check_fixture("speech-part-heading.txt", speech);
}

TEST_CASE("zh: standalone headings ending in 。, a split heading, marker look-alikes, numbering slips") {
    check_fixture("standalone-headings.txt", standalone_headings);
}

TEST_CASE("zh: regulations nest 章 > 节 > 条 and number articles across chapters") {
    check_fixture("chapters.txt", chapters);
}

TEST_CASE("zh: hard-wrapped fixed-width text joins CJK without and Latin with a space") {
    check_fixture("hard-wrapped.txt", hard_wrapped);
    text_options forced;
    forced.layout = text_layout::hard_wrapped;
    check_fixture("hard-wrapped.txt", hard_wrapped, forced);
}

TEST_CASE("zh: blank-separated paragraphs rejoin across blank lines and subscripts") {
    check_fixture("blank-separated.txt", blank_separated);
}

TEST_CASE("zh: related links with dates glued, spaced, first and after bullets") {
    check_fixture("related-reading.txt", related_reading);
    check_fixture("recommended-reading.txt", recommended_reading);
    const report doc = parse_text(fixture("related-reading.txt")).value();
    REQUIRE(doc.related.size() == 4);
    CHECK(doc.related[1].date.text == "2023-06-20 09:15:32");
    CHECK(doc.related[3].date.text == "2023年6月8日");
}

TEST_CASE("zh: punctuation width does not change the outline") {
    check_twin("scraped-page-halfwidth.txt", scraped_page);
    check_twin("notice-with-attachments-halfwidth.txt", notice);
    check_twin("starts-at-paren-halfwidth.txt", starts_at_paren);
    check_twin("mixed-levels-halfwidth.txt", mixed_levels);
    check_twin("speech-part-heading-halfwidth.txt", speech);
    check_twin("standalone-headings-fullwidth.txt", standalone_headings);
}

// ---------------------------------------------------------------------------
// Input handling

TEST_CASE("zh: BOM, CR LF and lone CR line ends read like LF") {
    const std::string lf = fixture("blank-separated.txt");
    const std::string crlf = "\xEF\xBB\xBF" + replace_all(lf, "\n", "\r\n");
    const std::string cr = replace_all(lf, "\n", "\r");
    for (const std::string* input : {&crlf, &cr}) {
        const parse_result<report> result = parse_text(*input);
        REQUIRE(result);
        CHECK(testing::outline(*result, true) == blank_separated.outline);
        CHECK(diagnostic_list(result.diagnostics()) == blank_separated.diagnostics);
    }
}

TEST_CASE("zh: tabs, NBSP and U+3000 indent like spaces") {
    const std::string spaces = fixture("blank-separated.txt");
    struct variant {
        std::string_view indent;
        const char* column;  // of a line's first character after that indent
    };
    for (const variant v : {variant{"\t", "2"}, variant{"\u00A0\u00A0", "3"}, variant{"\u3000\u3000", "3"},
                            variant{"\t\u3000", "3"}}) {
        INFO("indent " << v.indent);
        const std::string input = replace_all(spaces, "\n  ", "\n" + std::string(v.indent));
        const parse_result<report> result = parse_text(input);
        REQUIRE(result);
        CHECK(testing::outline(*result, true) == blank_separated.outline);
        const std::string col = v.column;
        CHECK(diagnostic_list(result.diagnostics()) ==
              "11:" + col + " note joined-paragraph\n13:" + col + " note joined-paragraph\n19:" + col +
                  " note joined-paragraph\n25:" + col + " note joined-paragraph\n");
    }
}

TEST_CASE("zh: invalid UTF-8 becomes U+FFFD with a warning at its line:column; strict mode fails") {
    // Line 3: a stray byte after six characters (column 3 + 6 = 9).
    // Line 5: a truncated three-byte sequence (one U+FFFD) after 全市PM (column 7).
    const std::string input =
        "全市空气质量报告\n\n  全市空气质量\xFF优良天数为301天。\n\n  全市PM\xE4\xB8，浓度下降。\n";
    const parse_result<report> result = parse_text(input);
    REQUIRE(result);
    CHECK(diagnostic_list(result.diagnostics()) == "3:9 warning invalid-utf8\n5:7 warning invalid-utf8\n");
    CHECK(testing::outline(*result, true) ==
          "title: 全市空气质量报告\n"
          "language: zh-CN\n"
          "paragraph 全市空气质量\xEF\xBF\xBD优良天数为301天。\n"
          "paragraph 全市PM\xEF\xBF\xBD，浓度下降。\n");

    text_options strict;
    strict.strict = true;
    const parse_result<report> failed = parse_text(input, strict);
    CHECK_FALSE(failed);
    CHECK(diagnostic_list(failed.diagnostics()) == "3:9 error invalid-utf8\n5:7 error invalid-utf8\n");
}

// ---------------------------------------------------------------------------
// List items that are not headings

TEST_CASE("zh: 1、 and （1） items after a lead-in are lists, not sections") {
    const std::string input =
        "一、工作目标\n\n"
        "  到2025年，全市实现以下目标：\n\n"
        "  1、森林覆盖率达到45%；\n\n"
        "  2、城市建成区绿地率达到40%；\n\n"
        "  3、人均公园绿地面积达到15平方米。\n\n"
        "二、保障措施\n\n"
        "  各地要从以下方面抓好落实：\n\n"
        "  （1）加强组织领导；\n\n"
        "  （2）强化资金保障。\n";
    const parse_result<report> result = parse_text(input);
    REQUIRE(result);
    CHECK(testing::outline(*result, true) ==
          "language: zh-CN\n"
          "section 1 [一、] 工作目标\n"
          "  paragraph 到2025年，全市实现以下目标：\n"
          "  list arabic 1\n"
          "    item [1、]\n"
          "      paragraph 森林覆盖率达到45%；\n"
          "    item [2、]\n"
          "      paragraph 城市建成区绿地率达到40%；\n"
          "    item [3、]\n"
          "      paragraph 人均公园绿地面积达到15平方米。\n"
          "section 1 [二、] 保障措施\n"
          "  paragraph 各地要从以下方面抓好落实：\n"
          "  list arabic 1\n"
          "    item [（1）]\n"
          "      paragraph 加强组织领导；\n"
          "    item [（2）]\n"
          "      paragraph 强化资金保障。\n");
    CHECK(result.diagnostics().empty());
}

TEST_CASE("zh: a 名词解释 section at the end is a glossary in the back matter") {
    const std::string input =
        "一、总体情况\n\n"
        "  全市新增“专精特新”企业35家。\n\n"
        "名词解释\n\n"
        "  “专精特新”企业：指具有专业化、精细化、特色化、新颖化特征的中小企业。\n";
    const parse_result<report> result = parse_text(input);
    REQUIRE(result);
    CHECK(testing::outline(*result, true) ==
          "language: zh-CN\n"
          "section 1 [一、] 总体情况\n"
          "  paragraph 全市新增“专精特新”企业35家。\n"
          "back-matter:\n"
          "section 1 [] 名词解释 (glossary)\n"
          "  paragraph “专精特新”企业：指具有专业化、精细化、特色化、新颖化特征的中小企业。\n");
    CHECK(result.diagnostics().empty());
}

// ---------------------------------------------------------------------------
// Options: each heuristic can be switched off; strict turns guesses into errors

TEST_CASE("zh option: lists=false leaves 第一，items as paragraphs") {
    const std::string input =
        "一、基本认识\n\n"
        "  第一，创建文明城市是加速发展的重要推手。\n\n"
        "  第二，创建文明城市是重塑形象的现实要求。\n";
    CHECK(testing::outline(parse_text(input).value(), true) ==
          "language: zh-CN\n"
          "section 1 [一、] 基本认识\n"
          "  list cjk-ordinal 1\n"
          "    item [第一，]\n"
          "      paragraph 创建文明城市是加速发展的重要推手。\n"
          "    item [第二，]\n"
          "      paragraph 创建文明城市是重塑形象的现实要求。\n");
    text_options off;
    off.lists = false;
    CHECK(testing::outline(parse_text(input, off).value(), true) ==
          "language: zh-CN\n"
          "section 1 [一、] 基本认识\n"
          "  paragraph 第一，创建文明城市是加速发展的重要推手。\n"
          "  paragraph 第二，创建文明城市是重塑形象的现实要求。\n");
}

TEST_CASE("zh option: run_in_headings=false leaves run-in lines as paragraphs") {
    const std::string input =
        "一、主要措施\n\n"
        "  （一）加强组织领导。市委统筹推进创建工作。\n\n"
        "  （二）完善工作机制。建立定期督查制度。\n";
    CHECK(testing::outline(parse_text(input).value(), true) ==
          "language: zh-CN\n"
          "section 1 [一、] 主要措施\n"
          "  section 2 [（一）] 加强组织领导 (run-in)\n"
          "    paragraph 市委统筹推进创建工作。\n"
          "  section 2 [（二）] 完善工作机制 (run-in)\n"
          "    paragraph 建立定期督查制度。\n");
    text_options off;
    off.run_in_headings = false;
    CHECK(testing::outline(parse_text(input, off).value(), true) ==
          "language: zh-CN\n"
          "section 1 [一、] 主要措施\n"
          "  paragraph （一）加强组织领导。市委统筹推进创建工作。\n"
          "  paragraph （二）完善工作机制。建立定期督查制度。\n");
}

TEST_CASE("zh option: unnumbered_headings=false keeps a part heading as a paragraph") {
    const std::string input =
        "  下面，我讲两个方面的意见。\n\n"
        "  关于去年的工作\n\n"
        "  一、粮食生产稳中有增\n\n"
        "  全县粮食总产量达到21.6万吨。\n";
    CHECK(testing::outline(parse_text(input).value(), true) ==
          "language: zh-CN\n"
          "paragraph 下面，我讲两个方面的意见。\n"
          "section 1 [] 关于去年的工作\n"
          "  section 2 [一、] 粮食生产稳中有增\n"
          "    paragraph 全县粮食总产量达到21.6万吨。\n");
    text_options off;
    off.unnumbered_headings = false;
    CHECK(testing::outline(parse_text(input, off).value(), true) ==
          "language: zh-CN\n"
          "paragraph 下面，我讲两个方面的意见。\n"
          "paragraph 关于去年的工作\n"
          "section 1 [一、] 粮食生产稳中有增\n"
          "  paragraph 全县粮食总产量达到21.6万吨。\n");
}

TEST_CASE("zh option: join_broken_paragraphs=false keeps the pieces apart, without notes") {
    text_options off;
    off.join_broken_paragraphs = false;
    const parse_result<report> result = parse_text(fixture("blank-separated.txt"), off);
    REQUIRE(result);
    CHECK(testing::outline(*result, true) ==
          "title: 2022年全市生态环境状况公报\n"
          "date: 2023-06-05 = 2023-06-05\n"
          "source: 市生态环境局 \n"
          "language: zh-CN\n"
          "paragraph 根据《中华人民共和国环境保护法》有关规定，现发布2022年全市生态环境状况公报。\n"
          "section 1 [一、] 环境空气质量\n"
          "  paragraph 2022年，全市环境空气质量优良天数为301天，优良天数比例为82.5%，同比上升3.6个百分点。全市PM\n"
          "  paragraph 2.5\n"
          "  paragraph 浓度为32微克/立方米，同比下降8.6%，为有监测记录以来最低值。\n"
          "section 1 [二、] 水环境质量\n"
          "  paragraph 全市纳入国家和省考核的18个地表水断面中，水质优良（达到或优于Ⅲ类）断面16个，占88.9%，无劣Ⅴ类断面。县级及以上集中式饮用水水源地水质达标率保持\n"
          "  paragraph 100%，城市黑臭水体实现动态清零。\n"
          "section 1 [三、] 声环境质量\n"
          "  paragraph 全市城市区域声环境昼间平均等效声级为53.8分贝，质量等级为二级（较好）。交通干线两侧区域夜间噪声超标问题仍较突出，下一步将重点加强\n"
          "  paragraph 施工噪声和社会生活噪声管控。\n");
    CHECK(result.diagnostics().empty());
}

TEST_CASE("zh page chrome: breadcrumbs with » › ＞ → between their steps, and lines with near misses kept") {
    const auto breadcrumb_of = [](const std::string& line) {
        const parse_result<report> result = parse_text(line + "\n\n关于环境质量的报告\n\n  全市空气质量持续改善，优良天数比例提高。\n");
        REQUIRE(result);
        for (const metadata_field& f : result->meta.extra)
            if (f.key == "breadcrumb") return f.value;
        return std::string();
    };
    for (const char* separator : {"»", "›", "＞", "→", ">"}) {
        CAPTURE(separator);
        const std::string line = std::string("要闻 ") + separator + " 四川新闻 " + separator + " 正文";
        CHECK(breadcrumb_of(line) == line);
    }
    // ＝ (EF BC 9D), ‹ (E2 80 B9), ← (E2 86 90), « (C2 AB): one byte from a separator, none of them one.
    for (const char* other : {"＝", "‹", "←", "«"}) {
        CAPTURE(other);
        CHECK(breadcrumb_of(std::string("要闻 ") + other + " 四川新闻 " + other + " 正文").empty());
    }
}

TEST_CASE("zh option: page_chrome=false keeps the chrome as text") {
    text_options off;
    off.page_chrome = false;
    const parse_result<report> result = parse_text(fixture("scraped-page.txt"), off);
    REQUIRE(result);
    for (const diagnostic& d : result.diagnostics()) CHECK(d.code != "page-chrome");
    for (const metadata_field& f : result->meta.extra) CHECK(f.key != "breadcrumb");
    const std::string text = all_text(*result);
    for (const char* chrome : {"首页 > 要闻 > 四川新闻", "【字体：大 中 小】", "分享到：", "微信", "QQ空间",
                               "图为锦城公园一角。记者 张伟 摄", "打印本页", "关闭窗口"})
        CHECK_MESSAGE(contains(text, chrome), chrome);
}

TEST_CASE("zh option: front_matter=false reads the title, byline and salutation as body") {
    text_options off;
    off.front_matter = false;
    const parse_result<report> result = parse_text(fixture("speech-part-heading.txt"), off);
    REQUIRE(result);
    CHECK(result->meta.title.empty());
    CHECK(result->meta.subtitle.empty());
    CHECK(result->meta.authors.empty());
    CHECK(result->meta.date.empty());
    CHECK(result->front_matter.empty());
    const std::string text = all_text(*result);
    for (const char* line : {"真抓实干 奋力开创全县乡村振兴工作新局面", "县委书记　陈建国", "同志们："})
        CHECK_MESSAGE(contains(text, line), line);
}

TEST_CASE("zh option: closing=false keeps the thanks, signature and date in the body") {
    text_options off;
    off.closing = false;
    const report speech_doc = parse_text(fixture("speech-part-heading.txt"), off).value();
    CHECK(speech_doc.closing.empty());
    const std::string outline = testing::outline(speech_doc, true);
    CHECK(outline.substr(outline.size() - std::string_view("paragraph 谢谢大家！\n").size()) == "paragraph 谢谢大家！\n");

    const report notice_doc = parse_text(fixture("notice-with-attachments.txt"), off).value();
    CHECK(notice_doc.closing.empty());
    const std::string text = all_text(notice_doc);
    CHECK(contains(text, "成都市人民政府办公厅"));
    CHECK(contains(text, "2023年6月15日"));
}

TEST_CASE("zh option: back_matter=false keeps notes and attachments in the body") {
    text_options off;
    off.back_matter = false;
    const report doc = parse_text(fixture("notice-with-attachments.txt"), off).value();
    CHECK(doc.back_matter.empty());
    const std::string text = all_text(doc);
    for (const char* line : {"注释", "附件1", "2023年安全生产大检查工作台账", "纸质版加盖单位公章后报市安委办。"})
        CHECK_MESSAGE(contains(text, line), line);
}

TEST_CASE("zh option: related_links=false keeps the list as text") {
    text_options off;
    off.related_links = false;
    const report doc = parse_text(fixture("related-reading.txt"), off).value();
    CHECK(doc.related.empty());
    CHECK(doc.related_heading.empty());
    const std::string text = all_text(doc);
    for (const char* line : {"相关阅读：", "全市安全生产大检查全面启动2023-06-20 09:15:32", "2023-06-01 城市更新行动实施方案正式印发"})
        CHECK_MESSAGE(contains(text, line), line);
}

TEST_CASE("zh option: a forced one-paragraph-a-line layout does not unwrap") {
    text_options forced;
    forced.layout = text_layout::line_per_paragraph;
    forced.join_broken_paragraphs = false;
    const report doc = parse_text(fixture("hard-wrapped.txt"), forced).value();
    // 21 body lines: 5 headings and 16 physical lines of text, each its own paragraph.
    std::size_t paragraphs = 0, sections = 0;
    for (const_walker w(doc); w.next();) {
        if (w.event() != walk_event::enter) continue;
        paragraphs += w.node().kind() == node_kind::paragraph;
        sections += w.node().kind() == node_kind::section;
    }
    CHECK(paragraphs == 16);
    CHECK(sections == 5);
}

TEST_CASE("zh option: strict turns every repair into an error and accepts clean input") {
    text_options strict;
    strict.strict = true;

    const parse_result<report> scraped = parse_text(fixture("scraped-page.txt"), strict);
    CHECK_FALSE(scraped);
    CHECK(diagnostic_list(scraped.diagnostics()) == replace_all(scraped_page.diagnostics, " note ", " error "));

    const parse_result<report> joined = parse_text(fixture("blank-separated.txt"), strict);
    CHECK_FALSE(joined);
    CHECK(diagnostic_list(joined.diagnostics()) == replace_all(blank_separated.diagnostics, " note ", " error "));

    const parse_result<report> slips = parse_text(fixture("standalone-headings.txt"), strict);
    CHECK_FALSE(slips);
    CHECK(slips.count(severity::error) == 4);

    // A document that needs no repair parses the same in strict mode.
    const parse_result<report> clean = parse_text(fixture("mixed-levels.txt"), strict);
    REQUIRE(clean);
    CHECK(testing::outline(*clean, true) == mixed_levels.outline);
}

TEST_CASE("zh: an attachment named above the signature stays in the closing; 附件1 below is the attachment") {
    const std::string input =
        "关于开展检查的通知\n\n一、工作安排\n\n检查从6月至7月。\n\n附件:检查表\n\n市卫生局\n\n2023年6月15日\n\n"
        "附件1\n\n检查表\n\n一、检查内容\n\n食品安全。\n";
    CHECK(testing::outline(parse_text(input).value(), true) ==
          "title: 关于开展检查的通知\n"
          "language: zh-CN\n"
          "section 1 [一、] 工作安排\n"
          "  paragraph 检查从6月至7月。\n"
          "closing:\n"
          "paragraph 附件:检查表\n"
          "paragraph (signature) 市卫生局\n"
          "paragraph (date-line) 2023年6月15日\n"
          "back-matter:\n"
          "section 1 [附件1] 检查表 (appendix)\n"
          "  section 2 [一、] 检查内容\n"
          "    paragraph 食品安全。\n");
}

TEST_CASE("zh: toolbar buttons written side by side in brackets are chrome") {
    const parse_result<report> result = parse_text("标题\n\n正文第一段，内容如下。\n\n【打印本页】【关闭窗口】\n");
    CHECK(testing::outline(result.value(), true) == "title: 标题\nlanguage: zh-CN\nparagraph 正文第一段，内容如下。\n");
    CHECK(diagnostic_list(result.diagnostics()) == "5:1 note page-chrome\n");
}

TEST_CASE("zh: an item too long for a run-in title after a run-in sibling stays a section") {
    const std::string input =
        "标题\n\n一、概况\n\n"
        "　　1.健全产业结构管理水平。新闻媒体要加强宣传报道。\n"
        "　　2.各地要抓紧推进重点项目，确保按期完工，尽早发挥效益，带动经济增长，同时要加强安全生产管理，严格落实各项防范措施，"
        "坚决防止各类事故发生，切实保障人民群众生命财产安全和社会大局稳定。项目单位要落实主体责任。\n"
        "　　3.持续优化营商环境。深化放管服改革。\n";
    const parse_result<report> result = parse_text(input);
    CHECK(testing::outline(result.value(), true) ==
          "title: 标题\n"
          "language: zh-CN\n"
          "section 1 [一、] 概况\n"
          "  section 2 [1.] 健全产业结构管理水平 (run-in)\n"
          "    paragraph 新闻媒体要加强宣传报道。\n"
          "  section 2 [2.] \n"
          "    paragraph 各地要抓紧推进重点项目，确保按期完工，尽早发挥效益，带动经济增长，同时要加强安全生产管理，严格落实各项防范措施，"
          "坚决防止各类事故发生，切实保障人民群众生命财产安全和社会大局稳定。项目单位要落实主体责任。\n"
          "  section 2 [3.] 持续优化营商环境 (run-in)\n"
          "    paragraph 深化放管服改革。\n");
    CHECK(result.count(severity::warning) == 0);
}

TEST_CASE("zh front matter: a front block ends after 48 lines, metadata lines too; the rest is body text") {
    // The front block's lines are compared in pairs: a block of thousands of
    // metadata lines was quadratic. Real front matter is a few lines.
    std::string input;
    for (int i = 0; i < 60; ++i) input += "时间:2023-06-15 作者:张三" + std::to_string(i) + "\n";
    input += "\n正文。\n";
    const parse_result<report> result = parse_text(input);
    REQUIRE(result);
    CHECK(result->meta.authors.size() == 48);
    CHECK(result->meta.authors.back() == "张三47");
    const std::string text = all_text(*result);
    for (int i = 48; i < 60; ++i) CHECK(contains(text, "作者:张三" + std::to_string(i)));
    CHECK(contains(text, "正文。"));
}

TEST_CASE("zh run-in headings ended by ？ or ！ keep the mark; 。 stays the heading's punctuation") {
    const std::string input =
        "标题\n\n"
        "　　一、总体情况\n"
        "　　（一）为什么要创建？创建文明城市是全市人民的共同心愿，也是推动发展的重要抓手。\n"
        "　　（二）必须立即行动！时间紧、任务重，各单位要按照计划抓好落实。\n"
        "　　（三）加强组织领导。成立工作领导小组，统筹推进各项工作。\n"
        "　　（四）我们准备好了吗？\n"
        "　　各部门要对照标准逐项自查。\n";
    const parse_result<report> result = parse_text(input);
    REQUIRE(result);
    CHECK(testing::outline(*result, false) ==
          "section 1 [一、] 总体情况\n"
          "  section 2 [（一）] 为什么要创建？ (run-in)\n"
          "    paragraph 创建文明城市是全市人民的共同心愿，也是推动发展的重要抓手。\n"
          "  section 2 [（二）] 必须立即行动！ (run-in)\n"
          "    paragraph 时间紧、任务重，各单位要按照计划抓好落实。\n"
          "  section 2 [（三）] 加强组织领导 (run-in)\n"
          "    paragraph 成立工作领导小组，统筹推进各项工作。\n"
          "  section 2 [（四）] 我们准备好了吗？\n"
          "    paragraph 各部门要对照标准逐项自查。\n");
    const std::string text = render_text(*result);
    CHECK(contains(text, "（一）为什么要创建？创建文明城市是全市人民的共同心愿"));
    CHECK(contains(text, "（二）必须立即行动！时间紧、任务重"));
    CHECK(contains(text, "（三）加强组织领导。成立工作领导小组"));
}
