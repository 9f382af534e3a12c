// SPDX-License-Identifier: MIT
// The two built-in stylesheets of render_html. Both style only what is inside
// `.report` (the <article>), so they can be dropped next to other CSS; both
// are readable on a phone (fluid width, no horizontal scrolling but inside
// <pre>) and printable on A4.
#pragma once

#include <string_view>

namespace reportdoc::detail {

/// Chinese official documents in the spirit of GB/T 9704-2012: the title
/// centred in a heavy song face (小标宋), level-1 headings in heiti (黑体),
/// level-2 in kaiti (楷体), level-3 in bold fangsong, body in fangsong (仿宋)
/// at 16pt (三号) with a two-character first-line indent; A4 pages with the
/// standard's margins and "— 1 —" page numbers in print. Every face falls
/// back to Noto CJK. The title and heiti faces are picked with local() so
/// that a regular-weight 小标宋/黑体 is used as is and the Noto fallback
/// in its bold weight, instead of synthesising bold on the real faces.
inline constexpr std::string_view official_stylesheet = R"css(@font-face {
  font-family: "reportdoc title";
  src: local("FZXiaoBiaoSong-B05S"), local("FZXBSJW--GB1-0"), local("STZhongsong"), local("STZhongsong Regular"),
       local("Noto Serif CJK SC Bold"), local("NotoSerifCJKsc-Bold"), local("Source Han Serif SC Bold"),
       local("SourceHanSerifSC-Bold");
}
@font-face {
  font-family: "reportdoc heiti";
  src: local("SimHei"), local("STHeiti"), local("STHeitiSC-Medium"), local("Heiti SC Medium"),
       local("Noto Sans CJK SC Bold"), local("NotoSansCJKsc-Bold"), local("Source Han Sans SC Bold"),
       local("SourceHanSansSC-Bold");
}
:root { color-scheme: light; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: #111; }
.report {
  --title: "reportdoc title", "FZXiaoBiaoSong-B05S", "STZhongsong", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  --heiti: "reportdoc heiti", SimHei, "Heiti SC", STHeiti, "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
  --kaiti: KaiTi, STKaiti, "Kaiti SC", "KaiTi_GB2312", "AR PL UKai CN", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  --fangsong: FangSong, STFangsong, "FangSong_GB2312", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  --mono: "Noto Sans Mono CJK SC", ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  box-sizing: border-box; max-width: 33em; margin: 0 auto; padding: 2.5em 1.5em 3em;
  font: 16pt/1.8 var(--fangsong); text-align: justify; overflow-wrap: break-word;
}
.report h1 { margin: 0 0 .75em; font: 22pt/1.5 var(--title); text-align: center; }
.report h2, .report h3, .report h4, .report h5, .report h6, .report p, .report dl, .report dd {
  margin: 0; font-size: 1em; line-height: inherit;
}
.report h2, .report h3, .report h4, .report h5, .report h6, .report p { text-indent: 2em; }
.report h2 { font-family: var(--heiti); font-weight: normal; }
.report h3 { font-family: var(--kaiti); font-weight: normal; }
.report h4 { font-family: var(--fangsong); font-weight: bold; }
.report h5, .report h6 { font-family: var(--fangsong); font-weight: normal; }
.report .run-in { display: inline; }
.report h2.run-in::before, .report h3.run-in::before, .report h4.run-in::before, .report h5.run-in::before,
.report h6.run-in::before { content: ""; display: inline-block; width: 2em; }
.report header { margin-bottom: 1.5em; }
.report header p, .report .fields { text-indent: 0; text-align: center; }
.report .subtitle { font-family: var(--kaiti); }
.report .meta { font-size: .75em; color: #555; }
.report .meta > * + * { margin-left: 1em; }
.report .meta .author + .author { margin-left: 0; }
.report .meta .author + .author::before { content: "、"; }
.report .fields { font-size: .75em; color: #555; }
.report .fields div, .report .fields dt, .report .fields dd { display: inline; }
.report .fields dt::after { content: "："; }
.report .fields dd + dt { margin-left: 1em; }
.report a { color: #1d4f91; text-decoration: none; }
.report a:hover { text-decoration: underline; }
.report code, .report pre { font-family: var(--mono); }
.report code { font-size: .85em; }
.report pre {
  margin: .5em 0; padding: .5em .75em; overflow-x: auto; background: #f6f6f6;
  font-size: .7em; line-height: 1.5; text-align: left; white-space: pre;
}
.report blockquote { margin: 0 2em; font-family: var(--kaiti); }
.report ol, .report ul { margin: 0; padding-left: 2em; }
.report ol.labelled, .report ul.labelled { padding-left: 0; list-style: none; }
.report li > .label:first-child { margin-left: 2em; }
.report p.salutation { text-indent: 0; }
.report footer { margin-top: 1em; }
.report p.signature, .report p.date-line { text-indent: 0; text-align: right; padding-right: 2em; }
.report p.signature + p.date-line { margin-top: 0; }
.report footer p.closing + p.signature { margin-top: 2em; }
.report section.appendix, .report section.notes, .report section.glossary { margin-top: 2em; }
.report section.appendix > h2 { margin: 0 0 1em; text-indent: 0; text-align: center; font: 22pt/1.5 var(--title); }
.report section.appendix > h2 > .label { display: block; margin-bottom: .5em; text-align: left; font: 16pt/1.8 var(--heiti); }
.report section.notes, .report section.glossary { font-size: .875em; }
.report nav.toc { margin: 0 0 1.5em; padding: .5em 1em; border: 1px solid #ddd; font-size: .8em; line-height: 1.7; }
.report nav.toc ol { margin: 0; padding-left: 2em; list-style: none; }
.report nav.toc > ol { padding-left: 0; }
.report nav.toc a { color: inherit; }
.report aside.related { margin-top: 3em; padding-top: .75em; border-top: 1px solid #ccc; font-size: .75em; }
.report aside.related h2 { text-indent: 0; font-family: var(--heiti); }
.report aside.related ul { margin: 0; padding: 0; list-style: none; text-align: left; }
.report aside.related li { padding-left: 2em; text-indent: -2em; }
.report aside.related time, .report aside.related .date { margin-left: 1em; color: #777; white-space: nowrap; }
@media (max-width: 40rem) {
  .report { padding: 1.5em 1em 2em; font-size: 13pt; }
  .report h1, .report section.appendix > h2 { font-size: 18pt; }
  .report section.appendix > h2 > .label { font-size: 13pt; }
}
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; font: 14pt "SimSun", "Songti SC", "Noto Serif CJK SC", serif; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font: 14pt "SimSun", "Songti SC", "Noto Serif CJK SC", serif; } }
@media print {
  body { background: none; }
  .report { max-width: none; padding: 0; color: #000; font-size: 16pt; line-height: 28.9pt; }
  .report h1 { margin-bottom: 28.9pt; font-size: 22pt; line-height: 1.5; }
  .report nav.toc, .report aside.related { display: none; }
  .report a { color: inherit; }
  .report h2, .report h3, .report h4, .report h5, .report h6 { break-after: avoid; }
  .report p, .report li { orphans: 2; widows: 2; }
  .report section.appendix { break-before: page; }
  .report pre { white-space: pre-wrap; background: none; }
}
)css";

/// Clean Western typography: the system's UI font, a 42em measure, spaced
/// paragraphs, hanging list labels; A4 with 20mm margins in print.
inline constexpr std::string_view neutral_stylesheet = R"css(:root { color-scheme: light; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: #1b1b1b; }
.report {
  box-sizing: border-box; max-width: 42em; margin: 0 auto; padding: 2.5rem 1.25rem 4rem;
  font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial,
        "Noto Sans CJK SC", sans-serif;
  overflow-wrap: break-word;
}
.report header { margin-bottom: 2em; padding-bottom: 1em; border-bottom: 1px solid #e3e3e3; }
.report h1 { margin: 0 0 .25em; font-size: 2em; line-height: 1.2; }
.report h2 { margin: 2em 0 .5em; font-size: 1.5em; line-height: 1.25; }
.report h3 { margin: 1.5em 0 .5em; font-size: 1.25em; line-height: 1.3; }
.report h4 { margin: 1.25em 0 .5em; font-size: 1.1em; }
.report h5, .report h6 { margin: 1em 0 .5em; font-size: 1em; }
.report .subtitle { margin: 0 0 .5em; font-size: 1.25em; color: #555; }
.report .meta { margin: 0; color: #555; font-size: .9375em; }
.report .meta > * + *::before { content: "·"; margin: 0 .5em; color: #999; }
.report .meta .author + .author::before { content: ", "; margin: 0; color: inherit; }
.report .fields { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; margin: .5em 0 0;
  color: #555; font-size: .9375em; }
.report .fields dt { font-weight: 600; }
.report .fields dd { margin: 0; }
.report p { margin: 0 0 1em; }
.report a { color: #0b57d0; }
.report ol, .report ul { margin: 0 0 1em; padding-left: 2em; }
.report ol.labelled, .report ul.labelled { padding-left: 2.5em; list-style: none; }
.report .labelled > li > .label:first-child, .report .labelled > li > p:first-child > .label:first-child {
  display: inline-block; min-width: 2.5em; margin-left: -2.5em;
}
.report li > p { margin: 0 0 .5em; }
.report blockquote { margin: 0 0 1em; padding: 0 1em; border-left: .25em solid #d0d7de; color: #444; }
.report code, .report pre {
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "Noto Sans Mono CJK SC", monospace;
}
.report code { padding: .1em .3em; border-radius: 3px; background: #f2f2f2; font-size: .875em; }
.report pre { margin: 0 0 1em; padding: .75em 1em; overflow-x: auto; border-radius: 4px; background: #f6f8fa;
  font-size: .875em; line-height: 1.45; }
.report .run-in { display: inline; }
.report h2.run-in, .report h3.run-in, .report h4.run-in, .report h5.run-in, .report h6.run-in { font-size: 1em; }
.report p.run-in::after { content: ""; display: block; margin-bottom: 1em; }
.report footer { margin-top: 2em; }
.report p.signature, .report p.date-line { margin: 0; }
.report p.closing + p.signature { margin-top: 1.5em; }
.report section.appendix, .report section.notes, .report section.glossary {
  margin-top: 2.5em; padding-top: .5em; border-top: 1px solid #e3e3e3;
}
.report nav.toc { margin: 0 0 2em; padding: .75em 1em; border-radius: 4px; background: #f6f8fa; font-size: .9375em; }
.report nav.toc ol { margin: 0; padding-left: 1.5em; list-style: none; }
.report nav.toc > ol { padding-left: 0; }
.report nav.toc a { color: inherit; text-decoration: none; }
.report nav.toc a:hover { text-decoration: underline; }
.report aside.related { margin-top: 3em; padding-top: 1em; border-top: 1px solid #e3e3e3; font-size: .9375em; }
.report aside.related h2 { margin: 0 0 .5em; font-size: 1.1em; }
.report aside.related ul { padding: 0; list-style: none; }
.report aside.related time, .report aside.related .date { margin-left: .5em; color: #666; white-space: nowrap; }
@media (max-width: 40rem) {
  .report { padding: 1.5rem 1rem 3rem; font-size: 1rem; }
  .report h1 { font-size: 1.6em; }
}
@page { size: A4; margin: 20mm; }
@media print {
  body { background: none; }
  .report { max-width: none; padding: 0; color: #000; font-size: 11pt; }
  .report nav.toc, .report aside.related { display: none; }
  .report a { color: inherit; }
  .report h2, .report h3, .report h4, .report h5, .report h6 { break-after: avoid; }
  .report p, .report li { orphans: 2; widows: 2; }
  .report section.appendix { break-before: page; }
  .report pre { white-space: pre-wrap; }
}
)css";

}  // namespace reportdoc::detail
