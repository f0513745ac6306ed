// The peers, on the same bytes as `corpus extract`: wink-nlp with its English lite model
// (tokens, sentences, part of speech, named entities such as dates, times and counts) and
// chrono-node (dates in text), each over every .txt file of a folder, in this node process.
//   node bench/peers.mjs FOLDER [RUNS=3]
// Prints one line per peer, then a last line of JSON ({"wink_mbps", "wink_cpu_mbps", "chrono_mbps", ...})
// for bench/run.mjs. Times the work on the texts (best of RUNS), not node's start-up or the
// model's load, which are printed apart.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const folder = process.argv[2];
const runs = Number(process.argv[3] || 3);
if (!folder) {
  console.error('usage: node bench/peers.mjs FOLDER [RUNS]');
  process.exit(2);
}
const texts = fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => fs.readFileSync(path.join(folder, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

// Wall and CPU milliseconds (best of runs): on a shared machine the CPU time is what the work
// costs, comparable with the CPU time of `corpus extract`.
function best(work) {
  let ms = Infinity, cpuMs = Infinity, found = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now(), c0 = process.cpuUsage();
    found = work();
    const c = process.cpuUsage(c0);
    ms = Math.min(ms, performance.now() - t0);
    cpuMs = Math.min(cpuMs, (c.user + c.system) / 1e3);
  }
  return { ms, cpuMs, found };
}

let t0 = performance.now();
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const its = nlp.its;
const winkLoadMs = performance.now() - t0;
const wink = best(() => {
  let entities = 0;
  for (const text of texts) {
    const doc = nlp.readDoc(text);
    doc.sentences().out();
    entities += doc.entities().out(its.detail).length;
  }
  return entities;
});

t0 = performance.now();
const chrono = await import('chrono-node');
const chronoLoadMs = performance.now() - t0;
const reference = new Date(Date.UTC(2023, 0, 1));
const chronoRun = best(() => {
  let dates = 0;
  for (const text of texts) dates += chrono.parse(text, reference).length;
  return dates;
});

const versionOf = (name) => JSON.parse(fs.readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url))).version;
const mbps = (ms) => bytes / 1e6 / (ms / 1e3);
console.log(`wink-nlp ${versionOf('wink-nlp')} + wink-eng-lite-web-model: ${mbps(wink.ms).toFixed(2)} MB/s (cpu ${mbps(wink.cpuMs).toFixed(2)}) ` +
  `(${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB in ${wink.ms.toFixed(0)} ms, ${wink.found} entities; model load ${winkLoadMs.toFixed(0)} ms)`);
console.log(`chrono-node ${versionOf('chrono-node')}: ${mbps(chronoRun.ms).toFixed(2)} MB/s (cpu ${mbps(chronoRun.cpuMs).toFixed(2)}) ` +
  `(${chronoRun.ms.toFixed(0)} ms, ${chronoRun.found} dates; load ${chronoLoadMs.toFixed(0)} ms)`);
console.log(JSON.stringify({ bytes, texts: texts.length, wink_mbps: mbps(wink.ms), chrono_mbps: mbps(chronoRun.ms),
  wink_cpu_mbps: mbps(wink.cpuMs), chrono_cpu_mbps: mbps(chronoRun.cpuMs) }));
