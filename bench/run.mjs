// Every benchmark of the project in one run, closing with ONE table: each figure beside its
// target. `./dev bench` runs it from the repository root (native and web builds made).
//   node bench/run.mjs [--quick]        --quick: one run per row, no page-at-scale bench
// Environment: RUNS (best of, default 3; a run over 20 s is not repeated), ROW_TIMEOUT (s, default 180).
//
// The corpora are made in a temporary folder: the news-dense seeds (seeds/*.txt) repeated
// 40, 400 and 4000 times under unique names, and the BBC set (../shared/corpora/bbc-news)
// once and 10 times. Each is run through `corpus extract --json` (output to a file, hashed to
// compare runs) at -j 1 and, when the CLI has -j, at every core; peak RSS and CPU time come
// from /usr/bin/time. Throughput is given by wall time and by CPU time: on a shared machine
// the CPU time is the cost of the work, so the targets on one core and the ratios use it.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const QUICK = process.argv.includes('--quick');
const RUNS = Number(process.env.RUNS || (QUICK ? 1 : 3));
const ROW_TIMEOUT = Number(process.env.ROW_TIMEOUT || 180);
const CORES = os.cpus().length;
const LOAD_AT_START = os.loadavg()[0].toFixed(1);
const NATIVE = 'build/native/corpus';
const WASM = 'build/web/corpus.js';
const BBC = path.resolve(ROOT, '../shared/corpora/bbc-news');

const rows = [];  // {target, what, figure, goal, ok}: the closing table
function row(target, what, figure, goal = '', ok = null) { rows.push({ target, what, figure, goal, ok }); }
const say = (s) => console.log(s);
const mb = (bytes) => (bytes / 1e6).toFixed(bytes < 10e6 ? 2 : 1);
const fixed = (x, d = 1) => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(d));

// [SECTION] corpora
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-bench-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function repeatFolder(name, files, times) {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  let bytes = 0;
  for (let i = 1; i <= times; i++) {
    for (const f of files) {
      const ext = path.extname(f);
      const target = path.join(dir, `${path.basename(f, ext)}-${String(i).padStart(4, '0')}${ext}`);
      fs.copyFileSync(f, target);
      bytes += fs.statSync(f).size;
    }
  }
  return { name, dir, bytes, files: files.length * times };
}

const seedFiles = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => path.join('seeds', f));
const bbcFiles = fs.existsSync(BBC) ? fs.readdirSync(BBC).filter((f) => f.endsWith('.csv')).sort().map((f) => path.join(BBC, f)) : [];
const corpora = [
  repeatFolder('seeds x40', seedFiles, 40),
  repeatFolder('seeds x400', seedFiles, 400),
  ...(QUICK ? [] : [repeatFolder('seeds x4000', seedFiles, 4000)]),
];
if (bbcFiles.length) corpora.push(repeatFolder('BBC x1', bbcFiles, 1), repeatFolder('BBC x10', bbcFiles, 10));
else say(`bench: ${BBC} is missing: the BBC rows are left out`);
const byName = Object.fromEntries(corpora.map((c) => [c.name, c]));

// [SECTION] timing a command: best wall time of n runs, the highest peak RSS, output hashed
function run(cmd, args, { runs = RUNS, keepOutput = false } = {}) {
  let best = Infinity, rss = 0, cpu = Infinity, hash = null, timedOut = false, status = 0;
  for (let r = 0; r < runs; r++) {
    const rssFile = path.join(tmp, 'rss');
    const out = keepOutput ? path.join(tmp, 'out') : '/dev/null';
    const fd = fs.openSync(out, 'w');
    const t0 = process.hrtime.bigint();
    // timeout(1) ends the command itself when the row runs too long (exit 124).
    const p = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', rssFile, 'timeout', String(ROW_TIMEOUT), cmd, ...args],
      { stdio: ['ignore', fd, 'pipe'], maxBuffer: 1 << 26 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    fs.closeSync(fd);
    if (p.error || p.signal || p.status === 124) { timedOut = true; break; }
    status = p.status;
    if (status !== 0 && status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed (${status}): ${p.stderr}`);
    best = Math.min(best, ms);
    const [kb, user, sys] = fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    rss = Math.max(rss, kb * 1024);
    cpu = Math.min(cpu, (user + sys) * 1000);
    if (keepOutput) hash = crypto.createHash('sha256').update(fs.readFileSync(out)).digest('hex');
    if (ms > 20000) break;  // one run of a long row is enough
  }
  return { ms: timedOut ? null : best, cpu, rss, hash, timedOut, status };
}
const rate = (c, r) => (r.ms ? c.bytes / 1e6 / (r.ms / 1e3) : null);
const cpuRate = (c, r) => (r.ms && r.cpu ? c.bytes / 1e3 / r.cpu : null);  // MB/s of CPU time (user + sys)
const help = spawnSync(NATIVE, ['--help'], { encoding: 'utf8' }).stdout || '';
const HAS_JOBS = /(^|\s)-j\b/.test(help);

// [SECTION] 1-4: the native CLI
say(`corpus extract --json, ${CORES} cores, best of ${RUNS} (runs over 20 s not repeated), output hashed; ` +
  `-j ${HAS_JOBS ? 'supported' : 'not in this build: one core only'}`);
const native = {};
// What the CLI holds whatever the input (the program, its libraries, the lexicon): one short article.
const tiny = path.join(tmp, 'tiny.txt');
fs.writeFileSync(tiny, 'Seoul\n\nNorth Korea fired a missile on Monday.\n');
const fixedRss = run(NATIVE, ['extract', '--json', tiny], { runs: 1 }).rss;
say(`  one short article: peak RSS ${mb(fixedRss)} MB (the program itself, whatever the input)`);
for (const c of corpora) {
  const j1 = run(NATIVE, ['extract', '--json', ...(HAS_JOBS ? ['-j', '1'] : []), c.dir], { keepOutput: true });
  const jn = HAS_JOBS && !j1.timedOut ? run(NATIVE, ['extract', '--json', '-j', String(CORES), c.dir], { keepOutput: true }) : null;
  native[c.name] = { c, j1, jn };
  say(`  ${c.name.padEnd(12)} ${mb(c.bytes).padStart(6)} MB ${String(c.files).padStart(6)} files: ` +
    (j1.timedOut ? `over ${ROW_TIMEOUT} s` : `-j 1 ${fixed(rate(c, j1))} MB/s (${fixed(j1.ms / 1e3, 2)} s, cpu ${fixed(j1.cpu / 1e3, 2)} s), peak RSS ${mb(j1.rss)} MB = ${fixed(j1.rss / c.bytes)}x input`) +
    (jn ? (jn.timedOut ? `; -j ${CORES} over ${ROW_TIMEOUT} s` : `; -j ${CORES} ${fixed(rate(c, jn))} MB/s (${fixed(j1.ms / jn.ms, 2)}x), peak RSS ${fixed(jn.rss / c.bytes)}x, output ${jn.hash === j1.hash ? 'identical' : 'DIFFERS'}`) : ''));
  say(`    ${NATIVE} extract --json${HAS_JOBS ? ' -j 1' : ''} ${c.dir}`);
}

// [SECTION] 5: the same CLI as WebAssembly under node (its start-up measured apart)
const wasm = {};
if (fs.existsSync(WASM)) {
  const start = run('node', [WASM, '--help'], { runs: 3 });
  say(`\nWebAssembly: node ${WASM} extract --json ...  (node and wasm start-up: ${fixed(start.ms, 0)} ms, taken off each row)`);
  for (const name of ['seeds x400', 'BBC x1', 'BBC x10']) {
    const c = byName[name];
    if (!c) continue;
    const r = run('node', [WASM, 'extract', '--json', ...(HAS_JOBS ? ['-j', '1'] : []), c.dir], { keepOutput: true });
    const ms = r.ms === null ? null : Math.max(1, r.ms - start.ms);
    const cpu = r.ms === null ? null : Math.max(1, r.cpu - start.cpu);
    const n = native[name].j1;
    wasm[name] = { mbps: ms ? c.bytes / 1e6 / (ms / 1e3) : null, cpu_mbps: cpu ? c.bytes / 1e3 / cpu : null, same: r.hash === n.hash };
    say(`  ${name.padEnd(12)} ${r.timedOut ? `over ${ROW_TIMEOUT} s` : `${fixed(wasm[name].mbps)} MB/s (${fixed(ms / 1e3, 2)} s, cpu ${fixed(cpu / 1e3, 2)} s = ${fixed(wasm[name].cpu_mbps)} MB/s)`}, output ${wasm[name].same ? 'identical to native' : 'DIFFERS from native'}`);
  }
} else say(`\nbench: ${WASM} is not built: no WebAssembly rows`);

// [SECTION] 6: the peers on the seeds x400
let peers = null;
if (fs.existsSync('node_modules/wink-nlp') && byName['seeds x400']) {
  say(`\nnode bench/peers.mjs ${byName['seeds x400'].dir} ${Math.min(RUNS, 2)}`);
  const p = spawnSync('node', ['bench/peers.mjs', byName['seeds x400'].dir, String(Math.min(RUNS, 2))], { encoding: 'utf8' });
  const lines = (p.stdout || '').trim().split('\n');
  lines.slice(0, -1).forEach((l) => say('  ' + l));
  try { peers = JSON.parse(lines[lines.length - 1]); } catch { say(`bench: the peers did not run: ${p.stderr}`); }
} else say('\nbench: no wink-nlp in node_modules (./dev deps): no peer rows');

// [SECTION] frames and the page (Chromium)
function nodeScript(script, args = []) {
  say(`\nnode ${script} ${args.join(' ')}`);
  const p = spawnSync('node', [script, ...args], { encoding: 'utf8', timeout: 900000 });
  const lines = (p.stdout || '').trim().split('\n');
  let result = null;
  try { result = JSON.parse(lines[lines.length - 1]); lines.pop(); } catch { /* no JSON: printed as it is */ }
  lines.forEach((l) => say('  ' + l));
  if (p.status !== 0) say(`  (failed: ${(p.stderr || '').trim().split('\n').slice(-3).join(' | ')})`);
  return result;
}
let frameNative = null;
if (fs.existsSync('build/native/frame_bench')) {
  say('\nbuild/native/frame_bench 100000');
  const out = spawnSync('build/native/frame_bench', ['100000'], { encoding: 'utf8' }).stdout || '';
  out.trim().split('\n').forEach((l) => say('  ' + l));
  const m = out.match(/timeline[^\n]*?median ([\d.]+) ms/);
  frameNative = m ? Number(m[1]) : null;
}
const browser = fs.existsSync('build/web/index.html') && fs.existsSync('node_modules/playwright-core');
const frameWeb = browser ? nodeScript('bench/browser_frame_bench.mjs', ['100000']) : null;
const pageStart = browser ? nodeScript('bench/browser_start_bench.mjs') : null;
const pageScale = browser && !QUICK && bbcFiles.length ? nodeScript('bench/browser_scale_bench.mjs') : null;

// [SECTION] the table
const jn = `-j ${CORES}`;
for (const c of corpora) {
  const { j1, jn: n } = native[c.name];
  // Wall time is what a user waits; CPU time (user + sys) is what the work costs when other
  // programs share the cores, so both are shown.
  row(1, `${c.name} (${mb(c.bytes)} MB): MB/s -j 1 wall (cpu)${HAS_JOBS ? ` | ${jn} wall` : ''}; peak RSS / input`,
    j1.timedOut ? `> ${ROW_TIMEOUT} s` : `${fixed(rate(c, j1))} (${fixed(cpuRate(c, j1))})${n && n.ms ? ` | ${fixed(rate(c, n))}` : ''}; ` +
    `${fixed(j1.rss / c.bytes)}x`, '');
}
for (const [small, large] of [['seeds x40', 'seeds x4000'], ['BBC x1', 'BBC x10']]) {
  if (!native[small] || !native[large]) continue;
  const a = cpuRate(native[small].c, native[small].j1), b = cpuRate(native[large].c, native[large].j1);
  const ratio = a && b ? b / a : null;
  row(1, `linear: cpu MB/s of ${large} / ${small}`, ratio === null ? (native[large].j1.timedOut ? 'timed out' : 'n/a') : fixed(ratio, 2), '>= 0.80', ratio !== null && ratio >= 0.8);
}
for (const name of ['BBC x1', 'seeds x400']) {
  if (!native[name]) continue;
  const r = cpuRate(native[name].c, native[name].j1);
  row(2, `one core, ${name}: MB/s of cpu (wall)`, `${fixed(r)} (${fixed(rate(native[name].c, native[name].j1))})`, '>= 100', r !== null && r >= 100);
}
for (const name of ['BBC x10', 'seeds x4000']) {
  const x = native[name];
  if (!x) continue;
  if (!x.jn) { row(3, `${jn} on ${name}: speed-up, output`, 'no -j yet', '>= 1.8x, identical', false); continue; }
  const s = x.j1.ms && x.jn.ms ? x.j1.ms / x.jn.ms : null;
  row(3, `${jn} on ${name}: speed-up, output`, `${fixed(s, 2)}x, ${x.jn.hash === x.j1.hash ? 'identical' : 'DIFFERS'}`,
    '>= 1.8x, identical', s !== null && s >= 1.8 && x.jn.hash === x.j1.hash);
}
for (const group of ['seeds', 'BBC']) {
  const xs = Object.values(native).filter((x) => x.c.name.startsWith(group) && x.j1.rss);
  if (!xs.length) continue;
  const worst = Math.max(...xs.map((x) => Math.max(x.j1.rss, x.jn ? x.jn.rss : 0) / x.c.bytes));
  row(4, `peak RSS / input bytes, ${group} (worst row)`, `${fixed(worst)}x`, '<= 4x', worst <= 4);
}
row(4, 'peak RSS of the CLI on one short article (the program itself)', `${mb(fixedRss)} MB`);
for (const name of ['seeds x400', 'BBC x1', 'BBC x10']) {
  if (!wasm[name]) continue;
  const n = cpuRate(native[name].c, native[name].j1), w = wasm[name].cpu_mbps;
  const ratio = n && w ? w / n : null;
  row(5, `WebAssembly (node), ${name}: cpu MB/s, / native`, `${fixed(w)}, ${fixed(ratio, 2)}x${wasm[name].same ? '' : ', output DIFFERS'}`,
    '>= 0.5x', ratio !== null && ratio >= 0.5 && wasm[name].same);
}
if (peers) {
  // Ratios of CPU time: the peers and the core cost what they cost whatever else runs.
  const n = cpuRate(byName['seeds x400'], native['seeds x400'].j1), w = wasm['seeds x400'] ? wasm['seeds x400'].cpu_mbps : null;
  row(6, 'wink-nlp (lite model), seeds x400: cpu MB/s (wall)', `${fixed(peers.wink_cpu_mbps, 2)} (${fixed(peers.wink_mbps, 2)})`);
  row(6, 'chrono-node, seeds x400: cpu MB/s (wall)', `${fixed(peers.chrono_cpu_mbps, 2)} (${fixed(peers.chrono_mbps, 2)})`);
  row(6, 'native -j 1 / wink-nlp', n ? `${fixed(n / peers.wink_cpu_mbps)}x` : 'n/a', '>= 25x', n !== null && n / peers.wink_cpu_mbps >= 25);
  row(6, 'WebAssembly / wink-nlp', w ? `${fixed(w / peers.wink_cpu_mbps)}x` : 'n/a', '>= 12x', w !== null && w / peers.wink_cpu_mbps >= 12);
  if (n) row(6, 'native -j 1 / chrono-node', `${fixed(n / peers.chrono_cpu_mbps)}x`);
}
if (pageScale) {
  row(7, `page: BBC x40 (${mb(pageScale.bytes)} MB) through the import`, pageScale.ms === null ? pageScale.outcome : `${fixed(pageScale.ms / 1e3)} s`, '<= 6 s',
    pageScale.ms !== null && pageScale.ms <= 6000);
  row(7, 'page: memory per input byte (BBC x40)', pageScale.heap_per_byte ? `${fixed(pageScale.heap_per_byte)} B/B` : 'n/a');
  row(7, `page: ${mb(pageScale.big_bytes)} MB of text`, pageScale.big_outcome, 'loads, or a clear message', pageScale.big_ok);
  row(7, 'page: largest corpus a fresh page accepts (its memory check)', pageScale.largest_mb ? `${fixed(pageScale.largest_mb, 0)} MB` : 'n/a');
}
if (fs.existsSync('build/web/corpus-explorer.html')) {
  const single = fs.statSync('build/web/corpus-explorer.html').size;
  const gz = ['index.html', 'index.js', 'index.wasm'].map((f) => zlib.gzipSync(fs.readFileSync(path.join('build/web', f)), { level: 9 }).length);
  const total = gz.reduce((a, b) => a + b, 0);
  row(8, 'single-file page (corpus-explorer.html)', `${fixed(single / 1e6, 2)} MB`, '<= 1.2 MB', single <= 1.2e6);
  row(8, 'index.html + .js + .wasm, gzip -9', `${fixed(total / 1e3, 0)} KB (${gz.map((g) => fixed(g / 1e3, 0)).join(' + ')})`, '<= 500 KB', total <= 500e3);
  const gold = fs.readFileSync('tests/data/seeds.gold.json');
  const marker = gold.subarray(0, Math.min(gold.length, 48));
  const linked = fs.readFileSync('build/web/index.wasm').includes(marker);
  row(8, 'test gold (seeds.gold.json) in the page', linked ? 'linked' : 'not linked', 'not linked', !linked);
}
if (pageStart) {
  row(8, 'first frame after navigation (index.html, median)', `${fixed(pageStart.index_ms, 0)} ms`, '<= 300 ms', pageStart.index_ms <= 300);
  row(8, 'first frame after navigation (single file, file://)', `${fixed(pageStart.single_ms, 0)} ms`, '<= 300 ms', pageStart.single_ms <= 300);
  row(8, 'a corpus on screen after navigation (served; single file)', `${fixed(pageStart.index_ready_ms, 0)}; ${fixed(pageStart.single_ready_ms, 0)} ms`);
}
if (frameNative !== null) row('-', 'frame, timeline 100,000 events, native CPU: median', `${fixed(frameNative, 2)} ms`);
if (frameWeb) row('-', 'frame, page timeline 100,000 events zooming: median / p95', `${fixed(frameWeb.median, 2)} / ${fixed(frameWeb.p95, 2)} ms`);

const header = ['#', 'measure', 'figure', 'target', ''];
const cells = rows.map((r) => [String(r.target), r.what, r.figure, r.goal, r.ok === null ? '' : r.ok ? 'ok' : 'MISS']);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const line = (c) => c.map((x, i) => x.padEnd(widths[i])).join('  ').trimEnd();
say(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
cells.forEach((c) => say(line(c)));
const missed = rows.filter((r) => r.ok === false).length;
say(`\n${rows.filter((r) => r.ok === true).length} targets met, ${missed} missed (${os.cpus()[0].model.trim()}, ${CORES} cores; ` +
  `load average ${os.loadavg()[0].toFixed(1)} at the end, ${LOAD_AT_START} at the start: other work on the machine slows every figure)`);
