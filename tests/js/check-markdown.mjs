// SPDX-License-Identifier: MIT
// Reads reportdoc's Markdown back with the CommonMark reference implementation
// (commonmark.js) and checks, for every document in a folder written by
// `reportdoc-dump-corpus --format markdown`:
//   - the YAML front matter, read by a YAML 1.2 parser (yaml), holds exactly
//     the metadata in NAME.meta.json;
//   - the body, rendered to HTML by commonmark.js, has the same blocks as
//     reportdoc's own HTML of the document (NAME.html): the same sequence of
//     headings (level and text), paragraphs (text), lists (kind and item
//     count), list items, block quotes and preformatted text, read with
//     parse5 on both sides;
//   - the same holds for the Markdown wrapped at 40 columns (NAME.w40.md).
// Text is compared with runs of ASCII whitespace collapsed (a soft line break
// is whitespace). Labels that the Markdown writer leaves to CommonMark (the
// bullets of unordered lists, the "1." "2." of natively numbered lists) are
// taken out of reportdoc's HTML before comparing; every other label is text.
//
//   node tests/js/check-markdown.mjs DIR
//
// Prints one line per document and "N passed, M failed"; exits 1 on any failure.
import { Parser, HtmlRenderer } from 'commonmark';
import { parse as parseYaml } from 'yaml';
import { parseFragment } from 'parse5';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const collapse = (s) => s.replace(/[\t\n\f\r ]+/g, ' ').trim();
const isElement = (node) => node.tagName !== undefined;
const childrenOf = (node) => (node.content ? node.content.childNodes : node.childNodes) ?? [];
const classes = (node) => (node.attrs?.find((a) => a.name === 'class')?.value ?? '').split(/\s+/);

// Text of a node: text nodes in order, <br> as a line break, skipping the
// nodes in `skip`. Iterative: inlines of the corpus nest 100 deep.
function textOf(root, skip) {
  let out = '';
  const stack = [...childrenOf(root)].reverse();
  while (stack.length) {
    const node = stack.pop();
    if (skip.has(node)) continue;
    if (node.nodeName === '#text') out += node.value;
    else if (node.tagName === 'br') out += '\n';
    else if (isElement(node)) stack.push(...[...childrenOf(node)].reverse());
  }
  return out;
}

// The label span of a list item: in the item or in its first paragraph.
function labelOf(li) {
  for (const child of childrenOf(li)) {
    if (!isElement(child)) continue;
    if (child.tagName === 'span' && classes(child).includes('label')) return child;
    if (child.tagName === 'p') {
      const first = childrenOf(child).find(isElement);
      return first?.tagName === 'span' && classes(first).includes('label') ? first : null;
    }
    return null;
  }
  return null;
}

// Labels CommonMark writes itself, in reportdoc's HTML.
function nativeLabels(root) {
  const skip = new Set();
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!isElement(node) && node.nodeName !== '#document-fragment') continue;
    if (node.tagName === 'ul' || node.tagName === 'ol') {
      const items = childrenOf(node).filter((c) => c.tagName === 'li');
      const labels = items.map(labelOf);
      let native = node.tagName === 'ul';
      if (!native && labels.length && labels.every((l) => l)) {
        const start = Number(node.attrs.find((a) => a.name === 'start')?.value ?? 1);
        const texts = labels.map((l) => textOf(l, new Set()));
        const delimiter = texts[0].slice(-1);
        native = texts.every((t, i) => t === `${start + i}${delimiter}`) && (delimiter === '.' || delimiter === ')');
      }
      if (native) for (const l of labels) if (l) skip.add(l);
    }
    stack.push(...childrenOf(node));
  }
  return skip;
}

// The block structure of an HTML tree, as a list of strings. Inline content
// outside a paragraph (a tight list item's text) counts as a paragraph.
function blocks(root, skip = new Set(), codeBlocksEndInNewline = false) {
  const out = [];
  const inline = [];
  const flush = () => {
    const t = collapse(textOf({ childNodes: inline }, skip));
    if (t) out.push(`p: ${t}`);
    inline.length = 0;
  };
  const transparent = new Set(['article', 'section', 'footer', 'aside', 'div']);
  const stack = [{ nodes: childrenOf(root), index: 0, exit: null }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.index >= top.nodes.length) {
      flush();
      if (top.exit) out.push(top.exit);
      stack.pop();
      continue;
    }
    const child = top.nodes[top.index++];
    if (skip.has(child)) continue;
    if (!isElement(child)) {
      if (child.nodeName === '#text') inline.push(child);
      continue;
    }
    const tag = child.tagName;
    if (tag === 'header' || tag === 'nav') continue;
    if (/^h[1-6]$/.test(tag)) {
      flush();
      out.push(`${tag}: ${collapse(textOf(child, skip))}`);
    } else if (tag === 'p') {
      flush();
      const t = collapse(textOf(child, skip));
      if (t) out.push(`p: ${t}`);
    } else if (tag === 'pre') {
      flush();
      // A CommonMark code block always ends in a newline that the text did not have.
      const t = textOf(child, skip);
      out.push(`pre: ${JSON.stringify(codeBlocksEndInNewline ? t.replace(/\n$/, '') : t)}`);
    } else if (tag === 'ul' || tag === 'ol') {
      flush();
      const items = childrenOf(child).filter((c) => c.tagName === 'li');
      if (!items.length) continue;
      out.push(`${tag} ${items.length}`);
      stack.push({ nodes: items, index: 0, exit: `/${tag}` });
    } else if (tag === 'li' || tag === 'blockquote') {
      flush();
      out.push(tag);
      stack.push({ nodes: childrenOf(child), index: 0, exit: `/${tag}` });
    } else if (transparent.has(tag)) {
      flush();
      stack.push({ nodes: childrenOf(child), index: 0, exit: null });
    } else {
      inline.push(child);  // em, strong, code, a, span, time, br
    }
  }
  return out;
}

function splitFrontMatter(markdown) {
  if (!markdown.startsWith('---\n')) return [null, markdown];
  const end = markdown.indexOf('\n---\n', 3);
  if (end < 0) return [null, markdown];
  return [markdown.slice(4, end + 1), markdown.slice(end + 5)];
}

function firstDifference(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); ++i)
    if (a[i] !== b[i]) return `block ${i + 1}: markdown ${JSON.stringify(a[i])} vs html ${JSON.stringify(b[i])}`;
  return null;
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node check-markdown.mjs DIR');
  process.exit(2);
}
const names = readdirSync(dir).filter((f) => f.endsWith('.meta.json')).map((f) => f.slice(0, -'.meta.json'.length)).sort();
let passed = 0;
let failed = 0;
for (const name of names) {
  const problems = [];
  const html = parseFragment(readFileSync(join(dir, `${name}.html`), 'utf8'));
  const expected = blocks(html, nativeLabels(html));
  const meta = JSON.parse(readFileSync(join(dir, `${name}.meta.json`), 'utf8'));
  for (const variant of ['md', 'w40.md']) {
    const [yaml, body] = splitFrontMatter(readFileSync(join(dir, `${name}.${variant}`), 'utf8'));
    const read = yaml === null ? {} : parseYaml(yaml);
    if (!isDeepStrictEqual(read, meta))
      problems.push(`${variant}: front matter ${JSON.stringify(read)} != ${JSON.stringify(meta)}`);
    const rendered = new HtmlRenderer().render(new Parser().parse(body));
    const difference = firstDifference(blocks(parseFragment(rendered), new Set(), true), expected);
    if (difference) problems.push(`${variant}: ${difference}`);
  }
  if (!names.length || problems.length) {
    failed += 1;
    console.log(`FAIL ${name}`);
    for (const p of problems) console.log(`  ${p}`);
  } else {
    passed += 1;
    console.log(`ok   ${name} (${expected.length} blocks)`);
  }
}
if (!names.length) {
  console.log(`no documents in ${dir}`);
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
