import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getValue, parseTemplate } from '../../template-model';
import { LspClient } from '../support/lsp-client';
import { corpusDir, hasCorpus, repoRoot } from '../support/paths';
import { cfnLintFindings, validate } from './corpus-files';

/**
 * cfn-lint's E-level findings on the corpus files it flags, against ours: a finding agrees when we report
 * something (error or warning) on the same line. On SAM templates cfn-lint checks the translated template and
 * can only point back at the SAM resource (or Globals section) a finding came from, at its key: there a
 * finding agrees when we report something inside that resource. The rate and every disagreement are written to
 * out/lsp-differential.md; the floor below is the measured rate, so a regression fails.
 */
const AGREEMENT_FLOOR = 0.7;
/**
 * The cfn-lint rules our check families cover (syntax, SAM transform, references, intrinsics, runtimes,
 * resources and properties, conditions). The others (IAM policy contents, resolved values, circular
 * dependencies, service-specific relations, ARN/id patterns, …) are reported too, as "out of scope".
 */
const IN_SCOPE = new Set(['E0000', 'E0001', 'E1001', 'E1010', 'E1011', 'E1017', 'E1019', 'E1020', 'E1021', 'E1022', 'E1028', 'E2531', 'E2533', 'E3001', 'E3002', 'E3003', 'E3005', 'E3006', 'E3012', 'E3030', 'E3034', 'E8002', 'E8003', 'E8004', 'E8005', 'E8006']);
/** Sets cfn-lint flags: the invalid sets and the disputed ones (valid-looking files with E findings). */
const FLAGGED_SETS = ['cfn/invalid', 'sam/invalid', 'cfn/disputed', 'sam/disputed'];

/** SAM resources and Globals sections: 1-based key line → last line of the block. Empty for a template
 * without the SAM transform (cfn-lint's own fixtures include SAM templates under cfn/: the dialect decides). */
function samBlocks(text: string): Map<number, number> {
  const model = parseTemplate(text);
  if (model.dialect !== 'sam') return new Map();
  const blocks = new Map<number, number>();
  for (const resource of model.resources) blocks.set(resource.keyRange.start.line + 1, resource.node.range.end.line + 1);
  const globals = getValue(model.root, 'Globals');
  if (globals?.kind === 'map') for (const e of globals.entries) blocks.set(e.keyRange.start.line + 1, e.value.range.end.line + 1);
  return blocks;
}

describe('lsp: differential against cfn-lint on the files it flags', function () {
  let client: LspClient;
  before(async function () {
    if (!hasCorpus) {
      console.warn(`    (corpus not found at ${corpusDir}: differential test skipped)`);
      this.skip();
    }
    client = await LspClient.start(repoRoot);
  });
  after(async () => client?.stop());

  it(`flags the same lines as cfn-lint for at least ${AGREEMENT_FLOOR * 100}% of its findings`, async function () {
    this.timeout(120_000);
    const findings = cfnLintFindings();
    let total = 0;
    let agreed = 0;
    let scopeTotal = 0;
    let scopeAgreed = 0;
    const byRule = new Map<string, { total: number; agreed: number }>();
    const missed: string[] = [];
    for (const [file, list] of Object.entries(findings)) {
      if (!FLAGGED_SETS.some((set) => file.startsWith(`${set}/`)) || !Array.isArray(list)) continue;
      const errorsOfCfnLint = list.filter((f) => f.level === 'Error');
      if (errorsOfCfnLint.length === 0) continue;
      const text = readFileSync(join(corpusDir, file), 'utf8');
      const diagnostics = await validate(client, file, text);
      const ours = new Set(diagnostics.map((d) => d.range.start.line + 1));
      const blocks = samBlocks(text);
      for (const finding of errorsOfCfnLint) {
        const end = finding.column === 3 ? blocks.get(finding.line) : undefined;
        // "Error transforming template" at 1:1 is about the whole file: any error of ours agrees.
        const fileLevel = finding.rule === 'E0001' && finding.line === 1;
        const hit =
          ours.has(finding.line) ||
          (end !== undefined && diagnostics.some((d) => d.range.start.line + 1 >= finding.line && d.range.start.line + 1 <= end)) ||
          (fileLevel && diagnostics.some((d) => d.severity === 1));
        total++;
        if (hit) agreed++;
        else missed.push(`${IN_SCOPE.has(finding.rule) ? '' : '(out of scope) '}${file}:${finding.line}:${finding.column} ${finding.rule} ${finding.message.split('\n')[0].slice(0, 160)}`);
        if (IN_SCOPE.has(finding.rule)) {
          scopeTotal++;
          if (hit) scopeAgreed++;
        }
        const rule = byRule.get(finding.rule) ?? { total: 0, agreed: 0 };
        rule.total++;
        if (hit) rule.agreed++;
        byRule.set(finding.rule, rule);
      }
    }
    const rate = scopeAgreed / scopeTotal;
    const percent = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`;
    const rules = [...byRule].sort((a, b) => b[1].total - a[1].total).map(([rule, r]) => `| ${rule}${IN_SCOPE.has(rule) ? '' : ' (out of scope)'} | ${r.total} | ${r.agreed} | ${percent(r.agreed, r.total)} |`);
    mkdirSync(join(repoRoot, 'out'), { recursive: true });
    writeFileSync(
      join(repoRoot, 'out', 'lsp-differential.md'),
      [
        `# Differential vs cfn-lint`,
        '',
        `In scope: ${scopeAgreed}/${scopeTotal} findings agree (${percent(scopeAgreed, scopeTotal)}). All rules: ${agreed}/${total} (${percent(agreed, total)}).`,
        '',
        '| rule | findings | agreed | rate |', '|---|---:|---:|---:|', ...rules, '', '## Findings we do not report', '', ...missed.sort()].join('\n') + '\n',
    );
    console.log(`    agreement with cfn-lint: ${percent(scopeAgreed, scopeTotal)} of in-scope findings, ${percent(agreed, total)} of all — details in out/lsp-differential.md`);
    assert.ok(rate >= AGREEMENT_FLOOR, `agreement ${(100 * rate).toFixed(1)}% fell below ${AGREEMENT_FLOOR * 100}%`);
  });
});
