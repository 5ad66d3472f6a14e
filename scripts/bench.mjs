// `npm run bench`: runs every benchmark in bench/ (each a script printing one JSON report on stdout)
// and writes docs/bench.md and docs/bench.json, which the README links.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const scripts = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.mjs') && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.mjs$/, '')));

spawnSync(process.execPath, [join(root, 'esbuild.mjs')], { stdio: 'inherit', cwd: root });

const reports = [];
for (const script of scripts) {
  process.stderr.write(`bench: ${script}\n`);
  const run = spawnSync(process.execPath, [join(root, 'bench', script)], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) {
    process.stderr.write(`bench: ${script} failed (exit ${run.status})\n`);
    process.exitCode = 1;
    continue;
  }
  reports.push(JSON.parse(run.stdout));
}

/** Each report: { title, rows: [{ name, value, unit, peer?, peerValue?, target? }], notes? }. */
function markdown(report) {
  const lines = [`## ${report.title}`, '', '| measure | ours | peer or floor (same run) | ratio | target |', '|---|---:|---|---:|---|'];
  for (const r of report.rows) {
    const ours = `${r.value} ${r.unit}`;
    const peer = r.peer ? `${r.peer}: ${r.peerValue} ${r.unit}` : '';
    const ratio = r.peerValue ? `${(r.value / r.peerValue).toFixed(2)}x` : '';
    lines.push(`| ${r.name} | ${ours} | ${peer} | ${ratio} | ${r.target ?? ''} |`);
  }
  if (report.notes) lines.push('', report.notes);
  return lines.join('\n');
}

const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`;
const header = `# Benchmarks\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}. Medians unless stated.\n`;
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs', 'bench.md'), `${header}\n${reports.map(markdown).join('\n\n')}\n`);
writeFileSync(join(root, 'docs', 'bench.json'), `${JSON.stringify({ machine, reports }, null, 2)}\n`);
process.stderr.write('bench: wrote docs/bench.md and docs/bench.json\n');
