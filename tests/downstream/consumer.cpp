// SPDX-License-Identifier: MIT
// The program every downstream test builds, whichever way it finds reportdoc:
// a report made with the builder, written as XML and read back. It also calls
// fmt, which it gets only through reportdoc's usage requirements, so a build
// that links it proves that reportdoc's dependencies reach the consumer.
#include <reportdoc/reportdoc.hpp>

#include <fmt/format.h>

#include <string>

int main() {
    const reportdoc::report doc = reportdoc::report_builder{}
                                      .title("文明城市创建工作汇报")
                                      .author("黄飞")
                                      .date("2023年6月15日", "2023-06-15")
                                      .salutation("同志们:")
                                      .section("一、", "基本认识")
                                      .paragraph("创建 <文明城市> & 共享")
                                      .end_section()
                                      .closing("谢谢!")
                                      .build();

    const std::string xml = reportdoc::render_xml(doc);
    if (xml.find("创建 &lt;文明城市&gt; &amp; 共享") == std::string::npos) {
        fmt::print(stderr, "render_xml did not escape the paragraph:\n{}\n", xml);
        return 1;
    }
    const reportdoc::parse_result<reportdoc::report> parsed = reportdoc::parse_xml(xml);
    if (!parsed || *parsed != doc) {
        fmt::print(stderr, "parse_xml(render_xml(doc)) != doc:\n{}\n", xml);
        return 1;
    }
    fmt::print("reportdoc {}: {} bytes of XML, round trip ok\n", reportdoc::version_string, xml.size());
    return 0;
}
