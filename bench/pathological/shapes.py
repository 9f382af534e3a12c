#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A quick scaling probe of the text reader: each input shape at 2,000 and
20,000 units, through reportdoc-convert (best of two runs each); a shape whose
time grows more than 14x (and takes over 50 ms) is flagged. Wider and rougher
than pathological.cpp, whose cases are the shapes this found quadratic.

    bench/pathological/shapes.py CONVERTER [SHAPE...]
"""
import os, subprocess, sys, tempfile, time

shapes = {
 'zh-outline': lambda n: '报告\n\n' + ''.join(f'一、标题{i}\n\n（一）小标题{i}\n\n正文内容第{i}段。\n\n' for i in range(n)),
 'toc-lines': lambda n: 'Title\n\nContents\n\n' + ''.join(f'   {i}. Section {i} ........ {i}\n' for i in range(n)) + '\n1. Intro\n\nText.\n',
 'underlines': lambda n: 'Title\n=====\n\n' + ''.join(f'Heading {i}\n----------\n\nText {i} here.\n\n' for i in range(n)),
 'bullets': lambda n: 'Title\n\n' + ''.join(f'- item {i}\n' for i in range(n)),
 'nested-bullets': lambda n: 'Title\n\n' + ''.join(' '*(2*(i%20)) + f'- item {i}\n' for i in range(n)),
 'related': lambda n: '标题\n\n正文。\n\n相关文章\n\n' + ''.join(f'文章标题{i} 2023-06-{(i%28)+1:02d}\n' for i in range(n)),
 'closing-like': lambda n: '标题\n\n' + ''.join(f'谢谢大家！\n\n某某单位{i}\n\n2023年6月15日\n\n' for i in range(n)),
 'metadata-lines': lambda n: ''.join(f'时间:2023-06-15 作者:张三{i}\n' for i in range(n)) + '\n正文。\n',
 'attachments': lambda n: '标题\n\n正文。\n\n' + ''.join(f'附件{i}：材料{i}\n\n内容{i}。\n\n' for i in range(n)),
 'table-rows': lambda n: 'Title\n\n' + ''.join(f'| a{i} | b{i} | c{i} |\n' for i in range(n)),
 'figure-lines': lambda n: 'Title\n\nText here.\n\n' + ''.join(f'   +--{i}--+   |  x  |\n' for i in range(n)),
 'salutations': lambda n: '标题\n\n' + ''.join(f'尊敬的各位代表{i}：\n\n' for i in range(n)),
 'dotted-paths': lambda n: 'Title\n\n' + ''.join(f'{i%9+1}.{i%7+1}.{i%5+1} Heading {i}\n\nBody {i}.\n\n' for i in range(n)),
 'page-numbers': lambda n: 'Title\n\n' + ''.join(f'Text of page {i} goes here and on.\n\n- {i} -\n\f' for i in range(n)),
 'footers': lambda n: 'Title\n\n' + ''.join(f'Text {i} of the memo.\n\nSmith   Informational   [Page {i+1}]\n\fRFC 9999   Memo   June 2023\n\n' for i in range(n)),
 'wrapped-long': lambda n: 'Title\n\n' + ''.join('word '*14 + 'end\n' for i in range(n)),
 'short-lines': lambda n: 'Title\n\n' + ''.join(f'L{i}\n' for i in range(n)),
 'cjk-ordinals': lambda n: '标题\n\n' + ''.join(f'第{["一","二","三","四","五"][i%5]}，内容{i}。\n' for i in range(n)),
 'repeated-heading': lambda n: 'Title\n\n' + ''.join('1. Same heading\n\nSame text.\n\n' for i in range(n)),
 'keywords': lambda n: 'Title\n\n' + ''.join(f'Appendix {chr(65+i%26)}. Part\n\nText.\n\n' for i in range(n)),
 'breadcrumbs': lambda n: ''.join(f'首页 > 栏目{i} > 文章\n' for i in range(n)) + '\n标题\n\n正文。\n',
 'split-parens': lambda n: '标题\n\n' + ''.join(f'(\n{["一","二","三"][i%3]})标题{i}\n\n正文{i}。\n\n' for i in range(n)),
 'echo-title': lambda n: '标题\n\n' + '正文。\n\n'*n + '标题\n',
 'long-para-marker': lambda n: 'Title\n\n1. ' + ' '.join('Word. Next' for _ in range(n)) + '\n\n2. B.\n',
 'blank-runs': lambda n: 'Title\n' + '\n'*n + 'Text.\n',
 'indent-stairs': lambda n: 'Title\n\n' + ''.join(' '*(i%60) + f'line {i} of text\n' for i in range(n)),

 'broken-midsentence': lambda n: '标题\n\n' + ''.join(f'这是被拆开的句子第{i}部分，\n\n' for i in range(n)) + '结束。\n',
 'broken-latin': lambda n: 'Title\n\n' + ''.join(f'this sentence goes on and on {i}\n\n' for i in range(n)) + 'end.\n',
 'echo-lines': lambda n: '标题\n\n正文第一句话很长很长。\n\n' + ''.join('标题\n\n' for i in range(n)),
 'share-echo': lambda n: '标题\n\n这是开头的一句话，用来被分享的文本内容，足够长。\n\n' + ''.join('这是开头的一句话，用来被分享的文本内容，足够长。\n\n' for i in range(n)),
 'overlines': lambda n: 'Title\n\n' + ''.join(f'=====\nHead {i}\n=====\n\nText {i}.\n\n' for i in range(n)),
 'page-footers-noff': lambda n: 'Title\n\n' + ''.join(f'Text {i} here.\n\nPage {i+1} of {n}\n\n' for i in range(n)),
 'toolbar-words': lambda n: '标题\n\n' + '【打印】'*n + '\n\n正文。\n',
 'breadcrumb-long': lambda n: ' > '.join(f'栏{i}' for i in range(n)) + '\n\n标题\n\n正文。\n',
 'dotted-deep': lambda n: 'Title\n\n' + ''.join('.'.join(str((i+k)%9+1) for k in range(1 + i%8)) + f' Heading {i}\n\nText.\n\n' for i in range(n)),
 'skipping-numbers': lambda n: 'Title\n\n' + ''.join(f'{(i*7)%1000+1}. Item {i}\n\nText {i}.\n\n' for i in range(n)),
 'cjk-numbers': lambda n: '标题\n\n' + ''.join(f'{["一","二","三","四","五","六","七","八","九","十"][i%10]}、标题{i}\n\n正文{i}。\n\n' for i in range(n)),
 'same-family-deep': lambda n: '标题\n\n' + ''.join(f'（{["一","二","三"][i%3]}）标题{i}\n{i%9+1}.条目{i}\n（{i%9+1}）细目{i}\n' for i in range(n)),
 'signature-like': lambda n: '标题\n\n正文。\n\n' + ''.join(f'某某局{i}\n2023年6月{i%28+1}日\n\n' for i in range(n)),
 'related-long': lambda n: '标题\n\n正文。\n\n相关文章\n\n' + ''.join(f'· 文章{i}\n' for i in range(n)),
 'code-lines': lambda n: 'Title\n\nText:\n\n' + ''.join(f'    x{i} = f(y{i});\n' for i in range(n)),
 'alternating-indent': lambda n: 'Title\n\n' + ''.join(('   ' if i%2 else '') + f'Line {i} of a paragraph that wraps around here\n' for i in range(n)),
 'one-huge-unit': lambda n: 'Title\n\n' + ''.join('word '*12 + '\n' for i in range(n)),
 'marker-only-lines': lambda n: 'Title\n\n' + ''.join(f'{i}.\n' for i in range(n)),
 'paren-only': lambda n: '标题\n\n' + '(\n'*n + '正文。\n',
 'figure-after-prose': lambda n: 'Title\n\nSome body text that is long enough to be prose, and more of it.\n\nAn opening line of prose.\n' + '== == == == ==\n'*n + 'a | b\n\nThe end.\n',
 'toc-zh': lambda n: '标题\n\n目录\n\n' + ''.join(f'第{i}章 标题{i}……{i}\n' for i in range(n)) + '\n第一章 总则\n\n正文。\n',
}

def main():
    conv = sys.argv[1]
    selected = sys.argv[2:] or list(shapes)
    with tempfile.TemporaryDirectory() as work:
        for name in selected:
            res = []
            for n in (2000, 20000):
                data = shapes[name](n).encode()
                path = os.path.join(work, f'{name}-{n}.txt')
                with open(path, 'wb') as f:
                    f.write(data)
                best = float('inf')
                for _ in range(2):
                    start = time.perf_counter()
                    subprocess.run([conv, path, '-o', os.devnull], stderr=subprocess.DEVNULL, check=False)
                    best = min(best, time.perf_counter() - start)
                res.append((len(data), best))
            ratio = res[1][1] / max(res[0][1], 1e-4)
            flag = '  <-- SUPERLINEAR' if ratio > 14 and res[1][1] > 0.05 else ''
            print(f'{name:20s} {res[0][0] / 1e3:7.0f} KB {res[0][1] * 1000:7.1f} ms  '
                  f'{res[1][0] / 1e3:7.0f} KB {res[1][1] * 1000:8.1f} ms  x{ratio:5.1f}{flag}', flush=True)

if __name__ == '__main__':
    main()
