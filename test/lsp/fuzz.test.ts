import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LspClient } from '../support/lsp-client';
import { corpusDir, fixturesDir, hasCorpus, photoPipelineDir, repoRoot } from '../support/paths';
import { corpusFiles } from './corpus-files';
import { describe as list } from './template-diagnostics';

/** A small deterministic generator (mulberry32), so a failing mutation can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOISE = [':', '[', ']', '{', '}', '!', '-', '&a', '*a', "'", '"', '\n', ' ', '\t', '!Ref', '!GetAtt', '!Sub ${', 'Fn::If', '?', '|', '>', '#', '\u0000', '\u{1F600}'];

/** One edit a half-typing user (or a broken file) could make. */
function mutate(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const lines = text.split('\n');
  const line = Math.floor(next() * lines.length);
  switch (Math.floor(next() * 6)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 20));
    case 1:
      return text.slice(0, at) + NOISE[Math.floor(next() * NOISE.length)] + text.slice(at);
    case 2:
      lines.splice(line, 0, lines[Math.floor(next() * lines.length)]);
      return lines.join('\n');
    case 3:
      lines[line] = lines[line].replace(/^\s*/, (indent) => indent.slice(0, Math.max(0, indent.length - 2)));
      return lines.join('\n');
    case 4:
      return text.slice(0, at);
    default:
      lines.splice(line, 1);
      return lines.join('\n');
  }
}

const EDITS = 100;

describe('lsp: fuzzed templates never crash the server', function () {
  // The bound on time: every mutated version must be answered within this test's timeout.
  this.timeout(60_000);
  let client: LspClient;
  before(async () => (client = await LspClient.start(repoRoot)));
  after(async () => client.stop());

  const seeds = [
    join(photoPipelineDir, 'template.yaml'),
    join(fixturesDir, 'lsp-handlers', 'template.yaml'),
    ...(hasCorpus ? [...corpusFiles('sam/real').slice(0, 3), ...corpusFiles('cfn/real').slice(0, 3)].map((f) => join(corpusDir, f)) : []),
  ];

  it(`answers every mutated version of ${seeds.length} templates (${EDITS} cumulative edits each) with diagnostics and no internal error`, async () => {
    const failures: string[] = [];
    for (const [i, path] of seeds.entries()) {
      const next = random(1000 + i);
      let text = readFileSync(path, 'utf8');
      for (let edit = 0; edit < EDITS; edit++) {
        text = mutate(text, next);
        if (text.length < 20) text = readFileSync(path, 'utf8');
        // Each version opened as its own document: validated at once, where an edit would wait for the debounce.
        const uri = `file:///virtual/fuzz-${i}-${edit}/template.yaml`;
        const diagnostics = await client.open(uri, text);
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        const internal = diagnostics.filter((d) => d.code === 'E0002');
        if (internal.length > 0) failures.push(`${path} seed ${1000 + i} edit ${edit}: ${list(internal)}`);
      }
    }
    assert.deepEqual(failures, []);
    assert.equal(client.exitCode, null);
  });
});

describe('lsp: very large documents', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start(repoRoot)));
  after(async () => client.stop());

  it('are not checked as you type: one notice instead, and the server keeps answering', async () => {
    const resource = '  Topic{n}:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: topic-{n}\n';
    const huge = `Resources:\n${Array.from({ length: 25_000 }, (_, n) => resource.replaceAll('{n}', String(n))).join('')}`;
    const diagnostics = await client.open('file:///virtual/huge/template.yaml', huge);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['I0001', 3]]);
    assert.match(diagnostics[0].message, /not checked as you type\. Run lambda-workbench validate on it\.$/);
    const small = await client.open('file:///virtual/huge/small.yaml', 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n');
    assert.deepEqual(small, []);
  });
});
