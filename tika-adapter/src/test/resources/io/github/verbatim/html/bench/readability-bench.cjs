// Mozilla Readability (with jsdom) over the benchmark's pages, timed in this process, for
// HtmlBenchmark's speed ratio. Usage: node readability-bench.cjs PREFIX PAGES_DIR WARMUP_PAGES, where PREFIX is
// the folder npm installed jsdom and @mozilla/readability into (npm install --prefix PREFIX).
// Reads every PAGES_DIR/<id>.html (UTF-8), runs WARMUP_PAGES pages untimed, then all pages once,
// timed (wall-clock and the process's CPU time); prints one JSON object:
// {"pages", "bytes", "seconds", "cpuSeconds", "failures", "versions", "texts": {"<id>": "..."}}.
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const [prefix, pagesDir, warmupArg] = process.argv.slice(2);
const load = createRequire(path.join(path.resolve(prefix), 'noop.js'));
const { JSDOM, VirtualConsole } = load('jsdom');
const { Readability } = load('@mozilla/readability');
const versions = {
  node: process.version,
  jsdom: load('jsdom/package.json').version,
  readability: load('@mozilla/readability/package.json').version,
};

const files = fs.readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort();
const pages = files.map((f) => ({ id: f.slice(0, -5), html: fs.readFileSync(path.join(pagesDir, f), 'utf8') }));
const quiet = new VirtualConsole();

let failures = 0;

// A page jsdom or Readability fails on (jsdom's CSS parser throws on some pages' styles) counts as
// an empty text, as a failed extraction does in the benchmark's scoring.
function extract(html) {
  let dom;
  try {
    dom = new JSDOM(html, { url: 'https://example.org/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    return article && article.textContent ? article.textContent : '';
  } catch (e) {
    failures++;
    return '';
  } finally {
    if (dom) {
      dom.window.close();
    }
  }
}

for (const page of pages.slice(0, Number(warmupArg || 0))) {
  extract(page.html);
}
const texts = {};
let bytes = 0;
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
for (const page of pages) {
  texts[page.id] = extract(page.html);
  bytes += Buffer.byteLength(page.html, 'utf8');
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
process.stdout.write(JSON.stringify({ pages: pages.length, bytes, seconds, cpuSeconds, failures, versions, texts }));
