// Benchmarks, with the field's tools, in Debian's Chromium. They print figures; they never fail.
//
// 1. tachometer (Lit's benchmark runner; 95 % confidence intervals): one summary in an article against
//    its static twin, 100 summaries against theirs, and a language switch on 100 summaries. A static
//    twin is the same article with the static route's HTML (src/static/html.ts) in place of each
//    element and ONE shared stylesheet, as a real static page has.
// 2. Chromium traces (thread CPU holds up on a busy machine, wall time does not): the main thread's
//    longest task and its CPU for one summary, at 1x and at 4x CPU slowdown, widget against static twin;
//    and the longest task that is mostly our script with 12 summaries at 4x and 100 at 1x.
// 3. Lighthouse 12.2.3 (mobile, simulated throttling): the demo article against its static twin,
//    3 runs each, medians.
//
// Usage: npm run bench               everything (about 5 minutes)
//        node scripts/bench.mjs --quick  CI's subset: tachometer on one summary, traces at 4x
// BENCH_DIST=dir   measures the module and demo/ found in dir (dir/dist, dir/demo) instead of this
//                  checkout's, e.g. a copy of an older build, for before/after figures.
// BENCH_COMPRESS=0 serves the Lighthouse pages uncompressed, as npm start did before issue 14.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { attributesOf, loadSource } from './content.mjs';
import { launch, startServer } from '../test/pages/helpers.mjs';

const run = promisify(execFile);
const quick = process.argv.includes('--quick');
// --only=tachometer|traces|lighthouse runs one part (for a quick look while working).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const wants = (part) => !only || only === part;
const repo = fileURLToPath(new URL('..', import.meta.url));
const from = process.env.BENCH_DIST || repo;
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const chromeArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const root = await mkdtemp(join(tmpdir(), 'hip-trial-bench-'));
const bin = (name) => join(repo, 'node_modules/.bin', name);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n) => `${n.toFixed(0)} ms`;

// ---------------------------------------------------------------------------------------------
// The pages: an article with widgets, and its static twin.
const { staticHtml } = await loadSource('src/static/html.ts');
await cp(join(from, 'dist/hip-trial-widgets.js'), join(root, 'hip-trial-widgets.js'));

const paragraph = '<p>An article paragraph around the summaries, long enough to wrap over two or three lines on a phone and on a desktop, as the body of a news article does.</p>';
const langs = ['nl', 'fr', 'de', 'en'];
// Every page marks "hip-done" when its summaries are rendered and laid out, in the next frame.
await writeFile(join(root, 'done.js'), `
const els = [...document.querySelectorAll('hip-trial-summary')];
if (els.length) await customElements.whenDefined('hip-trial-summary');
await Promise.all(els.map((e) => e.updateComplete));
// The next frame lays the page out and paints it; the task after it marks the end.
requestAnimationFrame(() => setTimeout(() => {
  performance.mark('hip-done');
  console.debug('hip-done');
}));
`);
// The language switch: every summary renders in Dutch, then <html lang> becomes French.
await writeFile(join(root, 'switch.js'), `
const els = [...document.querySelectorAll('hip-trial-summary')];
await customElements.whenDefined('hip-trial-summary');
await Promise.all(els.map((e) => e.updateComplete));
await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
performance.mark('switch-start');
document.documentElement.lang = 'fr';
await Promise.all(els.map((e) => e.updateComplete));
document.body.offsetHeight;
performance.measure('hip-switch', 'switch-start');
`);
const page = (body, head, lang = 'nl') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"><title>Article</title>${head}</head>` +
  `<body><main style="max-width:46rem;margin:auto"><h1>Exercise may postpone a new hip</h1>${paragraph.repeat(2)}${body}${paragraph.repeat(4)}</main></body></html>`;
const widgetHead = '<script type="module" src="./hip-trial-widgets.js"></script><script type="module" src="./done.js"></script>';
const staticHead = '<link rel="stylesheet" href="./static.css"><script type="module" src="./done.js"></script>';
const summaries = (n, render) => Array.from({ length: n }, (_, i) => render(langs[i % 4], i % 2 ? 'results' : undefined)).join(paragraph);
const widget = (lang, section) => `<hip-trial-summary lang="${lang}"${section ? ` section="${section}"` : ''}></hip-trial-summary>`;
const twin = (lang, section) => staticHtml({ element: 'hip-trial-summary', lang, section });

await writeFile(join(root, 'one.html'), page(widget('nl'), widgetHead));
await writeFile(join(root, 'one-static.html'), page(twin('nl'), staticHead));
await writeFile(join(root, 'hundred.html'), page(summaries(100, widget), widgetHead));
await writeFile(join(root, 'hundred-static.html'), page(summaries(100, twin), staticHead));
await writeFile(join(root, 'twelve.html'), page(summaries(12, widget), widgetHead));
await writeFile(join(root, 'switch.html'),
  page(Array.from({ length: 100 }, (_, i) => `<hip-trial-summary${i % 2 ? ' section="results"' : ''}></hip-trial-summary>`).join(paragraph),
    '<script type="module" src="./hip-trial-widgets.js"></script><script type="module" src="./switch.js"></script>'));

// The twins' one stylesheet: the widgets' own CSS, read from a rendered summary, aimed at the static box.
const browser = await launch();
const server = await startServer({ root, csp: "default-src 'self' 'unsafe-inline'" });
{
  const tab = await browser.newPage();
  await tab.goto(`${server.origin}/one.html`);
  await tab.waitForFunction(() => performance.getEntriesByName('hip-done').length);
  const css = await tab.evaluate(() => {
    const el = document.querySelector('hip-trial-summary');
    return [...el.shadowRoot.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
  });
  await tab.close();
  await writeFile(join(root, 'static.css'), css.replace(/:host\(([^)]*)\)/g, '.hip-trial-static$1').replace(/:host|\.base\b/g, '.hip-trial-static'));
}

// ---------------------------------------------------------------------------------------------
// 1. tachometer
async function tachometer(name, benchmarks, sampleSize) {
  const config = join(root, `${name}.tachometer.json`);
  const json = join(root, `${name}.result.json`);
  await writeFile(config, JSON.stringify({
    root, sampleSize, timeout: 0,
    benchmarks: benchmarks.map(([label, url, entryName]) => ({
      name: label, url, measurement: [{ mode: 'performance', entryName }],
      browser: { name: 'chrome', headless: true, binary: chrome, addArguments: chromeArgs },
    })),
  }));
  await run(bin('tach'), ['--config', config, '--json-file', json], { cwd: root, maxBuffer: 1 << 26 });
  const { benchmarks: results } = JSON.parse(await readFile(json, 'utf8'));
  const ci = ({ low, high }) => `${low.toFixed(1)}–${high.toFixed(1)}`;
  console.log(`\ntachometer, ${sampleSize} samples each, 95 % confidence intervals (${name}):`);
  for (const r of results) console.log(`  ${r.name.padEnd(34)} mean ${ci(r.mean)} ms`);
  if (results.length === 2) {
    const d = results[0].differences[1];
    console.log(`  ${results[0].name} − ${results[1].name}: ${ci(d.absolute)} ms (${ci({ low: d.percentChange.low, high: d.percentChange.high })} %)`);
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// 2. Traces: the main thread's tasks while one summary loads, at a CPU slowdown.
// A scheduler.yield() continuation runs its script in the microtask checkpoint, under no FunctionCall:
// those count as script too, or a task of ours that yields would not count as ours.
const SCRIPT = new Set(['v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'RunMicrotasks',
  'BlinkScheduler_PerformMicrotaskCheckpoint', 'RunYieldContinuation', 'RunPostTaskCallback', 'IntersectionObserverController::computeIntersections']);

async function trace(url, rate) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const chunks = [];
  cdp.on('Tracing.dataCollected', ({ value }) => chunks.push(...value));
  const ended = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  // The page says it is done on its console: polling it from here would run scripts in the trace.
  const done = tab.waitForEvent('console', { predicate: (m) => m.text() === 'hip-done', timeout: 60000 });
  await tab.goto(url);
  await done;
  await new Promise((r) => setTimeout(r, 300));
  await cdp.send('Tracing.end');
  await ended;
  await context.close();
  // The page's renderer main thread: the one that ran the "hip-done" mark.
  const mark = chunks.find((e) => e.name === 'hip-done');
  const thread = chunks.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X');
  const main = thread.filter((e) => e.name === 'RunTask');
  // The script in a task: module evaluation, timers, idle callbacks, frame callbacks, microtasks
  // (overlapping events merged). A task is "script" when script is most of it: the widget's work,
  // not the parsing, style and layout of the page that the static twin has too.
  const js = thread.filter((e) => SCRIPT.has(e.name)).sort((a, b) => a.ts - b.ts);
  const scriptIn = (task) => {
    let sum = 0;
    let end = task.ts;
    for (const e of js) {
      if (e.ts >= task.ts + task.dur || e.ts + e.dur <= task.ts) continue;
      const from = Math.max(e.ts, end);
      const to = Math.min(e.ts + e.dur, task.ts + task.dur);
      if (to > from) sum += to - from;
      end = Math.max(end, to);
    }
    return sum;
  };
  const scriptTasks = main.filter((task) => scriptIn(task) > task.dur / 2);
  return {
    longest: Math.max(...main.map((e) => e.dur / 1000)),
    // Wall time grows when another process takes the core; a task's own CPU time does not.
    longestCpu: Math.max(...main.map((e) => (e.tdur ?? 0) / 1000)),
    script: Math.max(0, ...scriptTasks.map((e) => e.dur / 1000)),
    scriptCpu: Math.max(0, ...scriptTasks.map((e) => (e.tdur ?? 0) / 1000)),
    cpu: main.reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0),
    over50: main.filter((e) => e.dur > 50000).length,
  };
}

async function traces(rates, runs) {
  console.log(`\nMain thread of one summary in an article, Chromium traces, median [min–max] of ${runs} runs (task wall time, and its thread CPU time):`);
  for (const rate of rates) {
    const results = { widget: [], static: [] };
    for (let i = 0; i < runs + 1; i++) {
      for (const name of i % 2 ? ['static', 'widget'] : ['widget', 'static']) {
        const r = await trace(`${server.origin}/${name === 'widget' ? 'one' : 'one-static'}.html`, rate);
        if (i > 0) results[name].push(r); // the first round warms the disk cache
      }
    }
    for (const [name, rs] of Object.entries(results)) {
      const stat = (key) => `${ms(median(rs.map((r) => r[key])))} [${ms(Math.min(...rs.map((r) => r[key])))}–${ms(Math.max(...rs.map((r) => r[key])))}]`;
      console.log(`  ${rate}x CPU, ${name.padEnd(6)}: longest task ${stat('longest')} (CPU ${stat('longestCpu')}); longest task mostly script ${stat('script')} (CPU ${stat('scriptCpu')}); thread CPU ${stat('cpu')}; tasks over 50 ms ${median(rs.map((r) => r.over50))}`);
    }
  }
}

/**
 * Many summaries: those below the fold are released together, by one idle callback or one observer
 * callback, and share the task's time. The longest task that is mostly our script, with 12 at 4x CPU
 * and 100 at 1x.
 */
async function manyTraces(runs) {
  console.log(`\nMain thread of many summaries in an article, median [min–max] of ${runs} runs:`);
  for (const [file, count, rate] of [['twelve.html', 12, 4], ['hundred.html', 100, 1]]) {
    const rs = [];
    for (let i = 0; i < runs + 1; i++) {
      const r = await trace(`${server.origin}/${file}`, rate);
      if (i > 0) rs.push(r);
    }
    const stat = (key) => `${ms(median(rs.map((r) => r[key])))} [${ms(Math.min(...rs.map((r) => r[key])))}–${ms(Math.max(...rs.map((r) => r[key])))}]`;
    console.log(`  ${count} summaries, ${rate}x CPU: longest task mostly script ${stat('script')} (CPU ${stat('scriptCpu')}); longest task ${stat('longest')}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Lighthouse on the demo article and its static twin.
async function lighthouse(runs) {
  const site = await mkdtemp(join(tmpdir(), 'hip-trial-lh-'));
  await cp(join(from, 'dist'), join(site, 'dist'), { recursive: true });
  await cp(join(from, 'demo'), join(site, 'demo'), { recursive: true });
  const article = await readFile(join(site, 'demo/index.html'), 'utf8');
  const twinArticle = article
    .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="stylesheet" href="\.\/demo\.css" \/>/, '$&\n    <link rel="stylesheet" href="./static.css" />')
    .replace(/<fieldset class="language-picker"[\s\S]*?<\/fieldset>\s*/, '')
    .replace(/<hip-trial-summary([^>]*)>[\s\S]*?<\/hip-trial-summary>/g, (_, a) => {
      const { lang, section, chart, 'heading-level': headingLevel } = attributesOf(a);
      return staticHtml({ element: 'hip-trial-summary', lang, section, chart, 'heading-level': headingLevel });
    });
  await writeFile(join(site, 'demo/static.html'), twinArticle);
  await cp(join(root, 'static.css'), join(site, 'demo/static.css'));
  const lhServer = await startServer({ root: site, compress: process.env.BENCH_COMPRESS !== '0' });
  const flags = ['--headless=new', ...chromeArgs].join(' ');
  const metrics = { score: [], fcp: [], lcp: [], tbt: [], cls: [], bootup: [], mainthread: [], bytes: [] };
  const results = {};
  for (const name of ['index', 'static']) results[name] = structuredClone(metrics);
  for (let i = 0; i < runs; i++) {
    for (const name of ['index', 'static']) {
      const out = join(site, `${name}-${i}.json`);
      await run(bin('lighthouse'), [`${lhServer.origin}/demo/${name}.html`, '--quiet', '--only-categories=performance', '--output=json',
        `--output-path=${out}`, `--chrome-flags=${flags}`], { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 1 << 26 });
      const { categories, audits } = JSON.parse(await readFile(out, 'utf8'));
      const r = results[name];
      r.score.push(categories.performance.score * 100);
      r.fcp.push(audits['first-contentful-paint'].numericValue);
      r.lcp.push(audits['largest-contentful-paint'].numericValue);
      r.tbt.push(audits['total-blocking-time'].numericValue);
      r.cls.push(audits['cumulative-layout-shift'].numericValue);
      r.bootup.push(audits['bootup-time'].numericValue);
      r.mainthread.push(audits['mainthread-work-breakdown'].numericValue);
      r.bytes.push(audits['total-byte-weight'].numericValue);
    }
  }
  lhServer.server.close();
  console.log(`\nLighthouse 12.2.3, mobile, medians of ${runs} runs (demo article with the widgets | its static twin):`);
  const row = (label, key, fmt) => console.log(`  ${label.padEnd(26)} ${fmt(median(results.index[key])).padStart(9)} | ${fmt(median(results.static[key]))}`);
  row('performance score', 'score', (n) => n.toFixed(0));
  row('first contentful paint', 'fcp', ms);
  row('largest contentful paint', 'lcp', ms);
  row('total blocking time', 'tbt', ms);
  row('cumulative layout shift', 'cls', (n) => n.toFixed(3));
  row('JS boot-up time', 'bootup', ms);
  row('main-thread work', 'mainthread', ms);
  row('bytes transferred', 'bytes', (n) => `${(n / 1024).toFixed(1)} KiB`);
  await rm(site, { recursive: true, force: true });
}

try {
  console.log(`Benchmarks of ${from === repo ? 'this checkout' : from} in ${chrome}${quick ? ' (quick subset)' : ''}.`);
  if (wants('tachometer')) await tachometer('one summary', [['one summary (widget)', 'one.html', 'hip-done'], ['one summary (static twin)', 'one-static.html', 'hip-done']], quick ? 15 : 40);
  if (!quick && wants('tachometer')) {
    await tachometer('100 summaries', [['100 summaries (widgets)', 'hundred.html', 'hip-done'], ['100 summaries (static twin)', 'hundred-static.html', 'hip-done']], 20);
    await tachometer('language switch', [['language switch on 100 summaries', 'switch.html', 'hip-switch']], 20);
  }
  if (wants('traces')) await traces(quick ? [4] : [1, 4], quick ? 3 : 5);
  if (!quick && wants('traces')) await manyTraces(3);
  if (!quick && wants('lighthouse')) await lighthouse(3);
} catch (error) {
  // Figures, not verdicts: a benchmark that cannot run says why and leaves the exit code alone.
  console.log(`\nbenchmark stopped: ${error?.stack || error}`);
} finally {
  await browser.close();
  server.server.close();
  await rm(root, { recursive: true, force: true });
}
