// SPDX-License-Identifier: MIT
// Reads reportdoc's standalone HTML back with parse5 (an HTML5 parser that
// follows the WHATWG parsing algorithm, as browsers do) and checks, for every
// page in a folder written by `reportdoc-dump-corpus --format html-standalone`:
//   - the page shows exactly the document's text, in order (NAME.txt; ASCII
//     whitespace, which the writer adds between elements, is ignored; the
//     table of contents repeats headings and is left out);
//   - every element, attribute and class is one the writer is meant to
//     write (no <script>, <img>, on* handler, style attribute ...);
//   - every href is http, https, mailto or relative;
//   - the inline elements are no more than the document asked for (NAME.counts).
//
//   node tests/js/check-html.mjs DIR
//
// Prints one line per page and "N passed, M failed"; exits 1 on any failure.
import { parse } from 'parse5';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const allowedAttributes = {
  html: ['lang'],
  head: [], body: [], title: [], style: [],
  meta: ['charset', 'name', 'content'],
  article: ['class', 'lang'],
  header: [], footer: [],
  nav: ['class', 'aria-label'],
  aside: ['class'],
  section: ['id', 'class', 'data-src'],
  h1: [], h2: ['class'], h3: ['class'], h4: ['class'], h5: ['class'], h6: ['class', 'aria-level'],
  p: ['class', 'data-src'],
  span: ['class'],
  time: ['datetime'],
  a: ['href', 'title'],
  dl: ['class'], dt: [], dd: [],
  ol: ['class', 'start', 'data-src'],
  ul: ['class', 'data-src'],
  li: ['data-src'],
  blockquote: ['data-src'],
  pre: ['data-src'],
  em: [], strong: [], code: [], br: [],
};
const allowedClasses = new Set([
  'report', 'subtitle', 'meta', 'author', 'source', 'source-url', 'category', 'date', 'fields', 'toc', 'related',
  'label', 'labelled', 'run-in', 'appendix', 'notes', 'glossary',
  'salutation', 'byline', 'closing', 'signature', 'date-line',
  'cjk-ideographic', 'cjk-parenthesized', 'arabic', 'dotted-path', 'roman-upper', 'roman-lower',
  'latin-upper', 'latin-lower', 'cjk-ordinal', 'circled',
]);
const countedElements = ['h1', 'section', 'em', 'strong', 'code', 'pre', 'blockquote', 'br', 'a'];

// HTML cannot carry C1 controls and noncharacters: the writer writes U+FFFD.
const unrepresentable = /[\u0080-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/g;
const asciiWhitespace = /[\t\n\f\r ]/g;

function checkPage(file, expectedText, expectedCounts) {
  const problems = [];
  const document = parse(readFileSync(file, 'utf8'));
  const counts = Object.fromEntries(countedElements.map((name) => [name, 0]));
  let shown = '';
  // Iterative walk: the pages of deep documents nest deeply.
  const stack = [{ node: document, inToc: false }];
  while (stack.length > 0) {
    const { node, inToc } = stack.pop();
    if (node.nodeName === '#text') {
      if (!inToc && node.parentNode?.nodeName !== 'style' && node.parentNode?.nodeName !== 'title') shown += node.value;
      continue;
    }
    if (node.nodeName === '#comment') problems.push('a comment');
    let toc = inToc;
    if (node.tagName !== undefined) {
      const tag = node.tagName;
      if (!(tag in allowedAttributes)) problems.push(`element <${tag}>`);
      for (const { name, value } of node.attrs) {
        if (!(allowedAttributes[tag] ?? []).includes(name)) problems.push(`attribute ${name} on <${tag}>`);
        if (name === 'class') {
          for (const c of value.split(/\s+/)) if (!allowedClasses.has(c)) problems.push(`class "${c}"`);
          if (tag === 'nav' && value === 'toc') toc = true;
        }
        if (name === 'href') {
          const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(value);
          if (scheme && !['http', 'https', 'mailto'].includes(scheme[1].toLowerCase()))
            problems.push(`href "${value}"`);
          try {
            const url = new URL(value, 'https://base.invalid/dir/page.html');
            if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) problems.push(`href "${value}" is ${url.protocol}`);
          } catch {
            problems.push(`href "${value}" is not a URL`);
          }
        }
      }
      if (tag === 'style' && node.parentNode?.nodeName !== 'head') problems.push('<style> outside <head>');
      if (!toc && tag in counts) counts[tag] += tag === 'a' ? Number(node.attrs.some((a) => a.name === 'href')) : 1;
    }
    const children = node.nodeName === 'template' ? node.content.childNodes : node.childNodes ?? [];
    for (let i = children.length - 1; i >= 0; --i) stack.push({ node: children[i], inToc: toc });
  }
  const want = expectedText.replace(unrepresentable, '\ufffd').replace(asciiWhitespace, '');
  const got = shown.replace(asciiWhitespace, '');
  if (got !== want) {
    let i = 0;
    while (i < got.length && got[i] === want[i]) ++i;
    problems.push(`text differs at ${i}: shows ${JSON.stringify(got.slice(i, i + 40))}, ` +
                  `expected ${JSON.stringify(want.slice(i, i + 40))}`);
  }
  for (const line of expectedCounts.split('\n').filter(Boolean)) {
    const [name, n] = line.split(' ');
    const limit = Number(n);
    if (name === 'a' ? counts[name] > limit : counts[name] !== limit)
      problems.push(`${counts[name]} <${name}>, the document asks for ${name === 'a' ? 'at most ' : ''}${limit}`);
  }
  return problems;
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node check-html.mjs DIR');
  process.exit(2);
}
let passed = 0;
let failed = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
  const base = join(dir, file.slice(0, file.indexOf('.')));
  if (!existsSync(`${base}.txt`) || !existsSync(`${base}.counts`)) {
    console.log(`FAIL ${file}: no ${base}.txt or .counts beside it`);
    ++failed;
    continue;
  }
  const problems = checkPage(join(dir, file), readFileSync(`${base}.txt`, 'utf8'), readFileSync(`${base}.counts`, 'utf8'));
  if (problems.length === 0) {
    console.log(`ok ${file}`);
    ++passed;
  } else {
    console.log(`FAIL ${file}: ${[...new Set(problems)].join('; ')}`);
    ++failed;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
