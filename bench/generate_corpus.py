#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the benchmark corpus: one report per style and size, as plain text.

    bench/generate_corpus.py [--sizes 1,10,100] [--convert PATH] [OUT_DIR]

Styles: "zh" (a Chinese report in the GB/T 9704 manner: title, metadata line,
salutation, 一、 headings, (一) run-in headings, 1. items, U+3000-indented
paragraphs, closing, signature and date) and "en" (a Western numbered report:
title, Author:/Date: lines, 1. and 1.1. headings, paragraphs hard-wrapped at
72 columns, - bullets). Sizes are in MB (10^6 bytes); each file stops at the
first section boundary past its size, so it is a little larger.

The output is deterministic: the same arguments give the same bytes on every
machine (one random.Random per file, seeded from the style and size).

With --convert (the path of reportdoc-convert), each OUT_DIR/STYLE-NMB.txt is
also converted to .md (CommonMark) and .xml (reportdoc XML) by reportdoc
itself, so that cmark, pandoc and pugixml get exactly the content that
reportdoc-convert reads from the text.
"""

import argparse
import os
import random
import subprocess
import sys

MB = 1_000_000

# --- Chinese vocabulary --------------------------------------------------------
# No entry starts with a character that could read as a list marker (第, 一是,
# 首先, digits), so that only the generator's own labels make structure.

ZH_SUBJECTS = [
    "市委、市政府", "各级党委和政府", "全市各部门", "各县市区", "街道社区", "广大干部群众",
    "市文明办", "有关单位", "市直机关", "各乡镇", "市场监管部门", "教育系统", "卫生健康系统",
    "交通运输部门", "城市管理部门", "生态环境部门", "公安机关", "财政部门", "人力资源部门",
    "工会、共青团、妇联等群团组织", "驻市企事业单位", "志愿服务组织", "新闻媒体", "基层党组织",
]
ZH_ADVERBS = ["始终", "切实", "进一步", "持续", "不断", "认真", "全面", "扎实", "大力", "积极",
              "主动", "坚持", "着力", "统筹", "深入", "稳步", "加快", "协同"]
ZH_VERBS = ["加强", "推进", "落实", "完善", "深化", "提升", "优化", "健全", "规范", "推动",
            "强化", "巩固", "拓展", "创新", "改进", "整治", "保障", "培育", "建设", "提高"]
ZH_OBJECTS = [
    "城市管理", "环境卫生", "公共服务", "基层治理", "交通秩序", "志愿服务", "市容市貌", "文明创建",
    "社会治安", "生态环境", "产业结构", "营商环境", "民生保障", "公共文化设施", "食品安全",
    "安全生产", "教育事业", "医疗卫生", "农村人居环境", "背街小巷", "农贸市场", "老旧小区",
    "公共交通", "垃圾分类", "水源保护", "防汛抗旱", "就业创业", "养老服务", "未成年人思想道德建设",
    "诚信体系", "数字政府", "政务服务", "科技创新", "乡村振兴", "文化旅游", "社区服务",
]
ZH_COMPLEMENTS = ["工作机制", "长效机制", "责任体系", "考核办法", "服务水平", "整体水平", "工作格局",
                  "制度体系", "保障能力", "管理水平", "队伍建设", "基础设施", "监督检查", "宣传教育"]
ZH_TAILS = [
    "取得了明显成效", "群众满意度不断提高", "为下一步工作奠定了坚实基础", "形成了齐抓共管的良好局面",
    "各项指标稳中有进", "得到了上级部门的充分肯定", "人民群众的获得感明显增强", "推动工作再上新台阶",
    "有效解决了一批群众反映强烈的问题", "整体面貌焕然一新", "工作合力进一步增强", "社会风气持续向好",
]
ZH_OPENERS = ["今年以来,", "近年来,", "在省委、省政府的正确领导下,", "按照年初确定的目标任务,",
              "围绕中心、服务大局,", "针对存在的突出问题,", "在全市上下的共同努力下,", "同时,",
              "此外,", "与此同时,", "通过深入调研,", "对照创建标准,", ""]
ZH_SECTION_TITLES = ["基本情况", "主要做法", "工作成效", "存在的问题", "下一步工作打算", "几点体会",
                     "总体要求", "重点任务", "保障措施", "经验启示"]
ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤"
ZH_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰飞鹏辉建国志文斌波宁海燕红梅林峰晓东立新春雪"
ZH_CITIES = ["郴州", "衡阳", "岳阳", "常德", "株洲", "湘潭", "邵阳", "益阳", "永州", "怀化", "娄底"]
ZH_CN_DIGITS = "〇一二三四五六七八九"


def zh_numeral(n):
    """1..9999 as written in labels: 一, 十二, 二十, 一百零五, 一千二百三十四."""
    units = [(1000, "千"), (100, "百"), (10, "十")]
    out = []
    zero = False
    for value, unit in units:
        digit = n // value % 10
        if digit:
            if zero:
                out.append("零")
                zero = False
            if not (value == 10 and digit == 1 and not out):
                out.append(ZH_CN_DIGITS[digit])
            out.append(unit)
        elif out:
            zero = True
    if n % 10:
        if zero:
            out.append("零")
        out.append(ZH_CN_DIGITS[n % 10])
    return "".join(out)


class Chinese:
    def __init__(self, rng):
        self.r = rng
        self.city = rng.choice(ZH_CITIES)

    def name(self):
        r = self.r
        return r.choice(ZH_SURNAMES) + "".join(r.choice(ZH_GIVEN) for _ in range(r.randint(1, 2)))

    def phrase(self):
        r = self.r
        return r.choice(ZH_VERBS) + r.choice(ZH_OBJECTS)

    def figure(self):
        r = self.r
        return r.choice([
            f",共投入资金{r.randint(2, 980)}{r.choice(['万元', '亿元'])}",
            f",完成项目{r.randint(3, 460)}个",
            f",同比增长{r.randint(1, 39)}.{r.randint(0, 9)}%",
            f",覆盖{r.randint(2, 99)}个社区、{r.randint(10, 900)}个小区",
            "",
        ])

    def sentence(self):
        r = self.r
        s = (r.choice(ZH_OPENERS) + r.choice(ZH_SUBJECTS) + r.choice(ZH_ADVERBS) + self.phrase()
             + r.choice(ZH_COMPLEMENTS))
        for _ in range(r.randint(0, 2)):
            s += "," + r.choice(ZH_ADVERBS) + self.phrase()
        s += self.figure() + "," + r.choice(ZH_TAILS) + r.choice(["。", "。", "。", "!", ";"])
        return s if s.endswith("。") or s.endswith("!") else s[:-1] + "。"

    def paragraph(self):
        return "".join(self.sentence() for _ in range(self.r.randint(2, 6)))

    def run_in_title(self):
        return self.phrase() + "," + self.phrase() + "。"

    def write(self, out, target):
        r = self.r
        p = "\u3000\u3000"
        title = f"{self.city}市{r.choice(ZH_OBJECTS)}工作{r.choice(['汇报', '报告', '总结'])}"
        out.append(f"{title}\n\n")
        out.append(f"时间:2023-06-{r.randint(10, 28)} {r.randint(8, 18)}:{r.randint(10, 59)}:{r.randint(10, 59)}"
                   f" 文/{self.name()}\n\n")
        out.append(f"{p}各位代表:\n\n")
        for _ in range(r.randint(2, 3)):
            out.append(p + self.paragraph() + "\n\n")
        section = 0
        while out.size < target:
            section += 1
            out.append(f"{p}{zh_numeral(section)}、{r.choice(ZH_SECTION_TITLES)}\n\n")
            out.append(p + self.paragraph() + "\n\n")
            for sub in range(1, r.randint(4, 12)):
                out.append(f"{p}({zh_numeral(sub)}){self.run_in_title()}{self.paragraph()}\n\n")
                for _ in range(r.randint(0, 3)):
                    out.append(p + self.paragraph() + "\n\n")
                if r.random() < 0.35:
                    for item in range(1, r.randint(3, 7)):
                        out.append(f"{p}{item}.{self.sentence()}\n")
                    out.append("\n")
        out.append(f"{p}以上汇报,请各位代表审议。\n\n")
        out.append(f"{self.city}市人民政府\n2023年6月{r.randint(10, 28)}日\n")


# --- Western vocabulary --------------------------------------------------------

EN_SUBJECTS = [
    "The council", "The working group", "Each district office", "The finance team", "Regional partners",
    "The steering committee", "Local contractors", "The transport authority", "Volunteer networks",
    "The audit office", "School boards", "The health service", "Community groups", "The planning unit",
]
EN_VERBS = ["reviewed", "expanded", "strengthened", "simplified", "funded", "monitored", "completed",
            "redesigned", "consolidated", "measured", "published", "renewed", "piloted", "audited"]
EN_OBJECTS = [
    "the maintenance programme", "road safety measures", "the recycling scheme", "public library hours",
    "the flood defence plan", "procurement rules", "the housing register", "energy use in public buildings",
    "bus routes in the outer districts", "the grants process", "emergency response times",
    "the digital services portal", "staff training", "water quality sampling", "park and playground repairs",
]
EN_TAILS = [
    "ahead of schedule", "within the agreed budget", "after a public consultation", "with mixed results",
    "in line with the previous report", "despite staff shortages", "following the spring review",
    "as recommended by the auditors", "in every district", "for the third year running",
]
EN_CONNECTORS = ["In addition,", "However,", "As a result,", "Over the year,", "In most areas,",
                 "By the end of the period,", "Where possible,", "", "", ""]
EN_SECTIONS = ["Introduction", "Background", "Scope", "Progress", "Finance", "Risks", "Staffing",
               "Outcomes", "Lessons learned", "Next steps", "Recommendations", "Method"]
EN_NAMES = ["J. Smith", "A. Patel", "M. Okafor", "L. Novak", "R. Garcia", "S. Lindqvist", "K. Tanaka"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def wrap(text, width=72, indent=""):
    """Greedy wrap at spaces; every line at most width columns (words are short)."""
    lines, line = [], indent
    for word in text.split(" "):
        if len(line) > len(indent) and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = indent + word
        else:
            line = line + (" " if len(line) > len(indent) else "") + word
    lines.append(line)
    return "\n".join(lines) + "\n"


class Western:
    def __init__(self, rng):
        self.r = rng

    def sentence(self):
        r = self.r
        connector, subject = r.choice(EN_CONNECTORS), r.choice(EN_SUBJECTS)
        s = f"{connector} {subject[0].lower()}{subject[1:]}" if connector else subject
        s += f" {r.choice(EN_VERBS)} {r.choice(EN_OBJECTS)} {r.choice(EN_TAILS)}"
        if r.random() < 0.4:
            s += f", and {r.choice(EN_VERBS)} {r.choice(EN_OBJECTS)}"
        if r.random() < 0.3:
            s += f" at a cost of {r.randint(2, 900)},{r.randint(100, 999)} pounds"
        return s + "."

    def paragraph(self):
        return " ".join(self.sentence() for _ in range(self.r.randint(2, 6)))

    def write(self, out, target):
        r = self.r
        topic = r.choice(EN_OBJECTS)
        out.append(f"Annual Report on {topic[0].upper()}{topic[1:]}\n\n")
        out.append(f"Author: {r.choice(EN_NAMES)}\n")
        out.append(f"Date: {r.randint(1, 28)} {r.choice(EN_MONTHS)} 2023\n\n")
        section = 0
        while out.size < target:
            section += 1
            out.append(f"{section}. {r.choice(EN_SECTIONS)}\n\n")
            out.append(wrap(self.paragraph()) + "\n")
            for sub in range(1, r.randint(3, 9)):
                out.append(f"{section}.{sub}. {r.choice(EN_SECTIONS)}\n\n")
                for _ in range(r.randint(1, 4)):
                    out.append(wrap(self.paragraph()) + "\n")
                if r.random() < 0.35:
                    for _ in range(r.randint(2, 6)):
                        item = f"{r.choice(EN_VERBS).capitalize()} {r.choice(EN_OBJECTS)} {r.choice(EN_TAILS)}."
                        out.append("- " + wrap(item, indent="  ")[2:])
                    out.append("\n")
        out.append("Questions about this report may be sent to the planning unit.\n")


class Output:
    """Accumulates UTF-8 text in chunks and counts its bytes."""

    def __init__(self, f):
        self.f = f
        self.size = 0

    def append(self, s):
        b = s.encode("utf-8")
        self.size += len(b)
        self.f.write(b)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", nargs="?", default="/tmp/reportdoc-bench-corpus")
    parser.add_argument("--sizes", default="1,10,100", help="comma-separated sizes in MB")
    parser.add_argument("--styles", default="zh,en")
    parser.add_argument("--convert", help="reportdoc-convert, to write the .md and .xml forms")
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    styles = {"zh": (Chinese, 1), "en": (Western, 2)}
    for size in (int(s) for s in args.sizes.split(",")):
        for style in args.styles.split(","):
            cls, style_seed = styles[style]
            base = os.path.join(args.out_dir, f"{style}-{size}mb")
            with open(base + ".txt", "wb") as f:
                cls(random.Random(style_seed * 100_000 + size)).write(Output(f), size * MB)
            if args.convert:
                for ext in ("md", "xml"):
                    subprocess.run([args.convert, base + ".txt", "-o", f"{base}.{ext}"], check=True)
            print(f"{base}.txt: {os.path.getsize(base + '.txt')} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
