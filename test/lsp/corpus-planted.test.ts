import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTemplate } from '../../template-model';
import { LspClient } from '../support/lsp-client';
import { corpusDir, hasCorpus, repoRoot } from '../support/paths';
import { corpusFiles, validate } from './corpus-files';

interface Mistake {
  name: string;
  code: string;
  /** The line to change (a regular expression over one line) and how. */
  line: RegExp;
  plant: (line: string) => string;
}

const MISTAKES: Mistake[] = [
  { name: 'misspelt property', code: 'E3002', line: /^\s+Handler:\s/, plant: (l) => l.replace('Handler:', 'Handlr:') },
  { name: 'unknown resource type', code: 'E3006', line: /^ {4}Type:\s+['"]?AWS::\w+::\w+['"]?\s*$/, plant: (l) => l.replace(/AWS::\w+::\w+/, 'AWS::Foo::Bar') },
  { name: 'dangling Ref', code: 'E1020', line: /!Ref\s+[A-Za-z][A-Za-z0-9]*\s*$/, plant: (l) => l.replace(/!Ref\s+([A-Za-z0-9]+)/, '!Ref $1Typo') },
  { name: 'bad runtime', code: 'E2531', line: /^\s+Runtime:\s+['"]?[a-z]+[0-9.]*[a-z0-9.]*['"]?\s*$/, plant: (l) => l.replace(/Runtime:.*/, 'Runtime: nodejs99.x') },
  { name: 'out-of-range memory', code: 'E3034', line: /^\s+MemorySize:\s+\d+\s*$/, plant: (l) => l.replace(/\d+/, '99999') },
];

/** Templates per mistake: enough to cover both dialects and many authors, few enough to stay fast. */
const PER_MISTAKE = 25;

describe('lsp: mistakes planted in real templates are caught at their line', function () {
  let client: LspClient;
  before(async function () {
    if (!hasCorpus) {
      console.warn(`    (corpus not found at ${corpusDir}: planted-mistake tests skipped)`);
      this.skip();
    }
    client = await LspClient.start(repoRoot);
  });
  after(async () => client?.stop());

  for (const mistake of MISTAKES) {
    it(`catches: ${mistake.name} (${mistake.code})`, async () => {
      const missed: string[] = [];
      let planted = 0;
      for (const file of [...corpusFiles('sam/real'), ...corpusFiles('cfn/real')].filter((f) => !f.endsWith('.json'))) {
        if (planted === PER_MISTAKE) break;
        const original = readFileSync(join(corpusDir, file), 'utf8');
        // A file that does not parse (YAML 1.2 is stricter than PyYAML) only reports its syntax error.
        if (parseTemplate(original).syntaxErrors.length > 0) continue;
        const lines = original.split('\n');
        const index = lines.findIndex((l) => mistake.line.test(l) && !/AWS::(NoValue|Region|AccountId|StackName|Partition|URLSuffix|StackId)/.test(l));
        if (index < 0 || /Fn::ForEach/.test(lines.join('\n'))) continue;
        planted++;
        lines[index] = mistake.plant(lines[index]);
        const diagnostics = await validate(client, file, lines.join('\n'));
        if (!diagnostics.some((d) => d.code === mistake.code && d.range.start.line === index)) {
          missed.push(`${file}:${index + 1}: ${lines[index].trim()} → ${diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}`).join(', ') || 'nothing'}`);
        }
      }
      assert.ok(planted >= 10, `only ${planted} templates had a line to plant a ${mistake.name} in`);
      assert.deepEqual(missed, []);
    });
  }
});
