import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lsp-client';
import { corpusDir, hasCorpus, photoPipelineDir, repoRoot } from '../support/paths';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { corpusFiles, validate, VALID_SETS } from './corpus-files';
import { describe as list, errors } from './template-diagnostics';

/**
 * Errors we report on valid corpus files on purpose, each checked by hand: cfn-lint misses them because it
 * validates the SAM translator's output with placeholders (MANIFEST.md, "E0001 on SAM files"), or the
 * `yaml` parser is stricter than PyYAML.
 */
const JUSTIFIED: Record<string, string> = {
  'sam/valid/api_with_any_method_in_swagger.yaml:24:E1020': 'Ref: Stage names no parameter or resource: a real mistake in the SAM test input',
  'sam/real/apigw-ses-transformation.template.yaml': 'a flow mapping indented less than its key: PyYAML accepts it, YAML 1.2 (the yaml package) does not',
};

/**
 * Errors other than retired runtimes (E2533): those depend on today's date (MANIFEST.md, "Tolerated findings";
 * the example's nodejs20.x was blocked on 2026-06-01), and the runtime suites test them.
 */
function notDateDependent(diagnostics: Diagnostic[]): Diagnostic[] {
  return errors(diagnostics).filter((d) => d.code !== 'E2533');
}

describe('lsp: zero errors on valid templates', function () {
  let client: LspClient;
  before(async function () {
    if (!hasCorpus) console.warn(`    (corpus not found at ${corpusDir}: corpus tests skipped)`);
    client = await LspClient.start(repoRoot);
  });
  after(async () => client?.stop());

  it('reports no errors on the photo-pipeline example (retired runtimes aside), handlers resolved on disk', async () => {
    const path = join(photoPipelineDir, 'template.yaml');
    const diagnostics = await client.open(pathToFileURL(path).href, readFileSync(path, 'utf8'));
    assert.deepEqual(notDateDependent(diagnostics), [], list(diagnostics));
  });

  for (const set of VALID_SETS) {
    it(`reports no errors on ${set} (retired runtimes aside)`, async function () {
      if (!hasCorpus) this.skip();
      const unexpected: string[] = [];
      for (const file of corpusFiles(set)) {
        for (const d of notDateDependent(await validate(client, file))) {
          const at = `${file}:${d.range.start.line + 1}:${d.code}`;
          if (JUSTIFIED[at] || JUSTIFIED[file]) continue;
          unexpected.push(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`);
        }
      }
      assert.deepEqual(unexpected, []);
    });
  }
});
