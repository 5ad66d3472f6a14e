import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client';
import { corpusDir, repoRoot } from '../support/paths';

const serverlessDir = join(corpusDir, 'serverless');

/**
 * Files of `serverless/valid` that pass the framework's schema (how the corpus was sorted) but that the
 * framework itself refuses to run, as `serverless print` (v3.40.0) shows: we report what it reports.
 */
const FRAMEWORK_REFUSES: Record<string, string[]> = {
  // "Object notation for "service" property is not supported" (lib/classes/service.js)
  'aws-node-dynamic-image-resizer.serverless.yml': ['SLS1002'],
  // `${self:provider.stage}` with no provider.stage: "Value not found at "self" source"
  'aws-node-graphql-api-with-dynamodb.serverless.yml': ['SLS2002'],
};

/**
 * Where the CloudFormation checks (server/checks, run on `resources:`) disagree with CloudFormation's
 * documentation: `Fn::GetAtt Domain.DomainArn` is documented for AWS::Elasticsearch::Domain but absent from
 * the registry schema the checks read. Listed so the test still fails on anything new.
 */
const CLOUDFORMATION_SPEC_GAPS: Record<string, string[]> = {
  'aws-golang-dynamo-stream-to-elasticsearch.serverless.yml': ['E1010', 'E1010'],
};

function templates(folder: string): string[] {
  return readdirSync(join(serverlessDir, folder)).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));
}

/**
 * Corpus files come without their handler code and `${file()}` targets, so they are opened as untitled
 * documents: the checks that read the service directory do not run.
 */
async function check(client: LspClient, folder: string, name: string): Promise<Diagnostic[]> {
  return client.open(`untitled:${folder}/${name}`, readFileSync(join(serverlessDir, folder, name), 'utf8'));
}

const errors = (diagnostics: Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);

describe('lsp: serverless.yml corpus (../shared/corpus/serverless)', function () {
  let client: LspClient;
  before(async function () {
    if (!existsSync(serverlessDir)) {
      console.log(`      skipped: no corpus at ${serverlessDir}`);
      this.skip();
    }
    client = await LspClient.start(repoRoot);
  });
  after(async () => client?.stop());

  it('reports no errors on serverless/valid, except what the framework itself refuses', async () => {
    const found: Record<string, string[]> = {};
    for (const name of templates('valid')) {
      const codes = errors(await check(client, 'valid', name)).map((d) => `${d.code} ${d.range.start.line + 1}: ${d.message}`);
      if (codes.length) found[name] = codes;
    }
    const codesOnly = Object.fromEntries(Object.entries(found).map(([name, list]) => [name, list.map((c) => c.split(' ')[0])]));
    assert.deepEqual(codesOnly, { ...FRAMEWORK_REFUSES, ...CLOUDFORMATION_SPEC_GAPS }, JSON.stringify(found, null, 1));
  });

  it('reports no errors on non-AWS providers', async () => {
    for (const name of templates('other-providers')) {
      assert.deepEqual(errors(await check(client, 'other-providers', name)), [], name);
    }
  });

  it('reports an error on every serverless/invalid file', async () => {
    for (const name of templates('invalid')) {
      const uri = pathToFileURL(join(serverlessDir, 'invalid', name)).href;
      const diagnostics = await client.open(uri, readFileSync(join(serverlessDir, 'invalid', name), 'utf8'));
      assert.ok(errors(diagnostics).length > 0, `${name}: no error`);
    }
  });

  it('reports every serverless/disputed file: errors, or warnings for runtimes Lambda has deprecated', async () => {
    const expected = JSON.parse(readFileSync(join(serverlessDir, 'disputed', 'expected.json'), 'utf8')) as Record<string, { v3SchemaCheck: { findings: { category: string; path: string }[] } }>;
    for (const name of templates('disputed')) {
      const diagnostics = await check(client, 'disputed', name);
      const findings = expected[name].v3SchemaCheck.findings.filter((f) => f.category === 'error');
      const onlyRuntime = findings.every((f) => f.path.endsWith('.runtime'));
      if (onlyRuntime) assert.ok(diagnostics.some((d) => d.code === 'SLS4002' || d.code === 'SLS4001'), `${name}: runtime not reported`);
      else assert.ok(errors(diagnostics).length > 0, `${name}: no error for ${JSON.stringify(findings)}`);
    }
  });
});
