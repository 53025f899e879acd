// Reads the test runner's output and prints one plain "N passed, N failed" line for CI.
// Fails when an expected browser did not report, so a missing engine cannot pass silently.
// Usage: node scripts/ci-summary.mjs LOG "Chrome,Firefox,WebKit,Pages,WordPress"
import { readFileSync } from 'node:fs';

const [log, expectedList = ''] = process.argv.slice(2);
const text = readFileSync(log, 'utf8').replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
const line = /^\s*([A-Za-z][\w ]*?):\s+\|[^|]*\| (\d+)\/(\d+) test files \| (\d+) passed, (\d+) failed/gm;
const last = new Map();
for (const m of text.matchAll(line)) {
  last.set(m[1], { filesDone: +m[2], files: +m[3], passed: +m[4], failed: +m[5] });
}

let ok = true;
let missing = 0;
for (const name of expectedList.split(',').map((s) => s.trim()).filter((s) => s && !['Pages', 'WordPress'].includes(s))) {
  const r = last.get(name);
  if (!r) {
    console.log(`${name}: no result: this engine did not run.`);
    missing += 1;
    ok = false;
  } else {
    console.log(`${name}: ${r.filesDone}/${r.files} test files, ${r.passed} passed, ${r.failed} failed`);
    if (r.filesDone !== r.files || r.failed > 0 || r.passed === 0) ok = false;
  }
}
// Node's test runner (the page-level tests) closes with "ℹ pass N" and "ℹ fail N".
const nodePass = [...text.matchAll(/^\S* ?pass (\d+)$/gm)].map((m) => +m[1]);
const nodeFail = [...text.matchAll(/^\S* ?fail (\d+)$/gm)].map((m) => +m[1]);
// A test cancelled because its suite's setup failed did not pass: it counts as failed.
const nodeCancelled = [...text.matchAll(/^\S* ?cancelled (\d+)$/gm)].map((m) => +m[1]);
const pages = { passed: nodePass.at(-1) ?? 0, failed: (nodeFail.at(-1) ?? 0) + (nodeCancelled.at(-1) ?? 0) };
if (expectedList.includes('Pages')) {
  if (!nodePass.length) {
    console.log('Pages: no result: the page-level tests did not run.');
    missing += 1;
    ok = false;
  } else {
    console.log(`Pages: ${pages.passed} passed, ${pages.failed} failed`);
    if (pages.failed > 0 || pages.passed === 0) ok = false;
  }
}
// CI installs WordPress, so its tests must have run there, not skipped.
if (expectedList.includes('WordPress')) {
  if (!/WordPress 6\.\d+ \(Debian\) with MariaDB up/.test(text)) {
    console.log('WordPress: no result: the plugin tests did not start a WordPress.');
    missing += 1;
    ok = false;
  } else console.log('WordPress: started, and its tests are counted with the page-level tests.');
}
const passed = [...last.values()].reduce((n, r) => n + r.passed, 0) + pages.passed;
// A missing engine counts as a failure, so the plain line never reads as green.
const failed = [...last.values()].reduce((n, r) => n + r.failed, 0) + pages.failed + missing;
if (last.size === 0) ok = false;
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
