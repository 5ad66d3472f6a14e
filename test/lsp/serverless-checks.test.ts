import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client';
import { fixturesDir, photoPipelineDir, repoRoot } from '../support/paths';

const mistakesDir = join(fixturesDir, 'serverless-mistakes');
const pluginsDir = join(fixturesDir, 'serverless-plugins');

async function openFile(client: LspClient, path: string): Promise<Diagnostic[]> {
  return client.open(pathToFileURL(path).href, readFileSync(path, 'utf8'));
}

/** The one diagnostic with this code on this (0-based) line. */
function at(diagnostics: Diagnostic[], code: string, line: number): Diagnostic {
  const found = diagnostics.filter((d) => d.code === code && d.range.start.line === line);
  assert.equal(found.length, 1, `expected one ${code} on line ${line + 1}, got: ${JSON.stringify(diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`))}`);
  return found[0];
}

function span(d: Diagnostic): string {
  const { start, end } = d.range;
  return `${start.line}:${start.character}-${end.line}:${end.character}`;
}

describe('lsp: serverless.yml checks over stdio', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start(repoRoot)));
  after(async () => client.stop());

  describe('planted mistakes', () => {
    let diagnostics: Diagnostic[];
    before(async () => (diagnostics = await openFile(client, join(mistakesDir, 'serverless.yml'))));

    it('reports exactly the planted mistakes and nothing else', () => {
      const seen = diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}`).sort();
      const expected = [
        '9 SLS2002', '10 SLS2002', '11 SLS2004', '12 SLS2002', '13 SLS2002', '14 SLS2005', '15 SLS2001', '16 SLS2003',
        '34 SLS4001', '36 SLS3002', '37 SLS4002', '40 SLS1006', '41 SLS1006', '43 SLS3001', '45 SLS3002',
        '48 SLS1001', '50 SLS1001', '51 SLS1004', '60 E3002', '62 E3006', '67 E1020',
      ].sort();
      assert.deepEqual(seen, expected);
      assert.ok(diagnostics.every((d) => d.source === 'lambda-workbench'));
    });

    it('points at the exact segment of an unresolvable variable, with did-you-mean fixes', () => {
      const self = at(diagnostics, 'SLS2002', 8);
      assert.equal(span(self), '8:26-8:32'); // `buckte` in ${self:custom.buckte}
      assert.equal(self.message, "Value not found: self:custom.buckte (no 'buckte' here; keys: bucket, memory, bigTimeout)");
      assert.deepEqual(self.data, { replacements: ['bucket'] });
      const sls = at(diagnostics, 'SLS2002', 9);
      assert.equal(span(sls), '9:17-9:21');
      assert.equal(sls.message, 'Unknown sls variable: stag');
      assert.deepEqual((sls.data as { replacements: string[] }).replacements[0], 'stage');
      const param = at(diagnostics, 'SLS2004', 10);
      assert.equal(span(param), '10:21-10:27');
      assert.equal(param.message, 'Parameter not found: apiKey');
      const file = at(diagnostics, 'SLS2002', 11);
      assert.equal(span(file), '11:19-11:32');
      assert.equal(file.message, 'File not found: ./missing.yml');
      const key = at(diagnostics, 'SLS2002', 12);
      assert.equal(span(key), '12:32-12:41');
      assert.deepEqual(key.data, { replacements: ['tableName'] });
      const source = at(diagnostics, 'SLS2005', 13);
      assert.equal(span(source), '13:13-13:16');
      assert.equal(source.message, 'Unknown variable source: foo');
      assert.equal(at(diagnostics, 'SLS2001', 14).message, "Variable is not closed: missing '}'");
      const env = at(diagnostics, 'SLS2003', 15);
      assert.equal(env.severity, DiagnosticSeverity.Warning);
      assert.equal(env.message, 'Environment variable not set: LWB_TEST_UNSET_VARIABLE');
    });

    it('checks runtimes: unknown is an error, deprecated a warning with the upgrade', () => {
      const unknown = at(diagnostics, 'SLS4001', 33);
      assert.equal(unknown.message, 'Unknown runtime: nodejs99.x');
      assert.equal(span(unknown), '33:13-33:23');
      const deprecated = at(diagnostics, 'SLS4002', 36);
      assert.equal(deprecated.severity, DiagnosticSeverity.Warning);
      assert.equal(deprecated.message, 'Deprecated runtime since 2021-07-15: python2.7 (use python3.14)');
      assert.deepEqual(deprecated.data, { replacements: ['python3.14'] });
    });

    it('checks memory and timeout ranges, also through a variable', () => {
      const memory = at(diagnostics, 'SLS1006', 39);
      assert.equal(span(memory), '39:16-39:21');
      assert.equal(memory.message, 'Value out of range: 20000 (maximum 10240)');
      const timeout = at(diagnostics, 'SLS1006', 40);
      assert.equal(timeout.message, 'Value out of range: 1000 (maximum 900)');
      assert.equal(span(timeout), '40:13-40:38'); // the ${self:custom.bigTimeout} that brings 1000
    });

    it('checks handlers against the service directory, with createHandler fixes', () => {
      const noFile = at(diagnostics, 'SLS3001', 42);
      assert.match(noFile.message, /^Handler file not found: src\/nope \(looked for src\/nope\.js, /);
      assert.deepEqual(noFile.data, { createHandler: { file: join(mistakesDir, 'src', 'nope.js'), name: 'handler' } });
      const noExport = at(diagnostics, 'SLS3002', 44);
      assert.equal(noExport.message, 'Handler not found: src/app.missing (src/app.js exports: handler)');
      assert.deepEqual(noExport.data, { createHandler: { file: join(mistakesDir, 'src', 'app.js'), name: 'missing' } });
      const python = at(diagnostics, 'SLS3002', 35);
      assert.equal(python.message, 'Handler not found: handler.main (handler.py exports: other)');
    });

    it('reads a nested Node.js handler as Lambda does: `src/app.handler.inner` is module src/app, export handler', async () => {
      const uri = pathToFileURL(join(mistakesDir, 'nested-handlers.yml')).href;
      const functions = ['nested:', '  handler: src/app.handler.inner', 'missing:', '  handler: src/app.other.inner'];
      const text = `service: nested\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n${functions.map((line) => `  ${line}\n`).join('')}`;
      const found = (await client.open(uri, text)).filter((d) => d.code?.toString().startsWith('SLS300'));
      assert.deepEqual(found.map((d) => [d.range.start.line, d.message]), [[8, 'Handler not found: src/app.other.inner (src/app.js exports: handler)']]);
    });

    it('validates function settings and events against the framework schema', () => {
      const property = at(diagnostics, 'SLS1001', 47);
      assert.equal(property.message, 'Unknown property: timout');
      assert.equal(span(property), '47:4-47:10');
      assert.deepEqual(property.data, { replacements: ['timeout'] });
      const event = at(diagnostics, 'SLS1001', 49);
      assert.match(event.message, /^Unknown type: htp \(expected one of: schedule, s3, http, /);
      assert.deepEqual((event.data as { replacements: string[] }).replacements[0], 'http');
      const required = at(diagnostics, 'SLS1004', 50);
      assert.equal(required.message, 'Missing required property: bucket');
      assert.deepEqual(required.data, { missingProperties: ['bucket'] });
    });

    it('checks resources and outputs with the CloudFormation checks, knowing the resources the framework generates', () => {
      const property = at(diagnostics, 'E3002', 59);
      assert.equal(property.message, "AWS::SQS::Queue Queue has no property 'DelaySecondz'. Did you mean 'DelaySeconds'?");
      assert.equal(span(property), '59:8-59:20');
      assert.match(at(diagnostics, 'E3006', 61).message, /^Unknown resource type: AWS::DynamoDB::Tabel\./);
      assert.match(at(diagnostics, 'E1020', 66).message, /does not exist: Nowhere\./);
      assert.equal(diagnostics.some((d) => d.range.start.line === 64), false, 'OkLambdaFunction is generated for function ok');
    });
  });

  it("plugins: known settings checked as warnings, other plugins' keys, sources and artifacts tolerated", async () => {
    const diagnostics = await openFile(client, join(pluginsDir, 'serverless.yml'));
    assert.deepEqual(diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error), []);
    const offline = at(diagnostics, 'SLS1001', 15);
    assert.equal(offline.message, 'Unknown property: htpPort (serverless-offline settings)');
    assert.deepEqual(offline.data, { replacements: ['httpPort'] });
    assert.equal(at(diagnostics, 'SLS1002', 17).message, 'Incorrect type: expected boolean, got string (serverless-esbuild settings)');
    assert.match(at(diagnostics, 'SLS1001', 23).message, /^Unknown property: stepFunctions \(not in the framework's schema; a plugin may define it\)$/);
    assert.equal(at(diagnostics, 'SLS2005', 30).message, 'Unknown variable source: construct');
    assert.equal(diagnostics.some((d) => d.range.start.line >= 19 && d.range.start.line <= 21), false, 'someOtherPlugin settings are free-form');
  });

  it('reports no errors on the example project and clears a fixed mistake', async () => {
    const path = join(photoPipelineDir, 'serverless.yml');
    const text = readFileSync(path, 'utf8');
    const uri = pathToFileURL(path).href;
    const clean = await client.open(uri, text);
    assert.deepEqual(clean.filter((d) => d.severity === DiagnosticSeverity.Error), []);
    const broken = await client.change(uri, text.replace('${self:custom.bucket}/*', '${self:custom.bukcet}/*'));
    assert.deepEqual(broken.filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => d.code), ['SLS2002']);
    const fixed = await client.change(uri, text);
    assert.deepEqual(fixed.filter((d) => d.severity === DiagnosticSeverity.Error), []);
  });

  it('applies YAML merge keys as the framework does, reporting inherited mistakes at the merge', async () => {
    const text = [
      'service: merge', 'provider:', '  name: aws', '  runtime: nodejs22.x', 'custom:', '  defaults: &defaults', '    memorySize: 512',
      '    memorySizee: 1', 'functions:', '  a:', '    <<: *defaults', '    handler: h.main', '  b:', '    <<: [*defaults]', '    memorySizee: 2', '',
    ].join('\n');
    const diagnostics = await client.open('untitled:merge/serverless.yml', text);
    assert.deepEqual(diagnostics.map((d) => `${span(d)} ${d.code} ${d.message}`), [
      '10:4-10:6 SLS1001 Unknown property: memorySizee',
      '14:4-14:15 SLS1001 Unknown property: memorySizee',
    ]);
  });

  it('survives malformed serverless.yml shapes without an internal error', async () => {
    const shapes = [
      'service: x\nprovider: 42\nfunctions: [1, 2]\n',
      'service: x\nprovider: { name: aws }\nfunctions:\n  f:\n    handler: ${self:functions}\n    events: ${self:}\n',
      'service: ${self:service}\nprovider: aws\ncustom: { a: "${self:custom.a}", b: ${file(/etc/passwd):root} }\n',
      'service: x\nprovider:\n  name: aws\nfunctions:\n  "${opt:x}":\n    handler: .\n    events: [ { http: } , null, [] ]\n',
    ];
    for (const [i, text] of shapes.entries()) {
      const diagnostics = await client.open(pathToFileURL(join(repoRoot, 'out', `malformed-${i}`, 'serverless.yml')).href, text);
      assert.deepEqual(diagnostics.filter((d) => d.code === 'SLS0000'), [], text);
    }
    assert.equal(client.exitCode, null);
  });

  it('treats an empty serverless.yml as one that lacks service and provider', async () => {
    const diagnostics = await client.open(pathToFileURL(join(repoRoot, 'out', 'empty', 'serverless.yml')).href, '{}\n');
    assert.deepEqual(diagnostics.map((d) => [d.code, d.message]), [['SLS1004', 'Missing required properties: provider, service']]);
    assert.deepEqual(diagnostics[0].data, { missingProperties: ['provider', 'service'] });
  });
});

describe('lsp: serverless.yml ${env:…} variables', () => {
  it('says whether a variable is set but never quotes its value, which may be a secret', async () => {
    process.env.LW_TEST_SECRET = 'not-for-your-eyes';
    const client = await LspClient.start(repoRoot);
    try {
      const uri = pathToFileURL(join(mistakesDir, 'env-secret.yml')).href;
      const functions = ['f:', '  handler: ${env:LW_TEST_SECRET}.main', '  memorySize: ${env:LW_TEST_UNSET}'];
      const text = `service: env\nprovider:\n  name: aws\n  runtime: \${env:LW_TEST_SECRET}\nfunctions:\n${functions.map((line) => `  ${line}\n`).join('')}`;
      const diagnostics = await client.open(uri, text);
      assert.deepEqual(
        diagnostics.map((d) => [d.range.start.line, d.code, d.message]),
        [[7, 'SLS2003', 'Environment variable not set: LW_TEST_UNSET']],
      );
    } finally {
      delete process.env.LW_TEST_SECRET;
      await client.stop();
    }
  });
});

describe('lsp: serverless.yml ${file(…)} stays inside the workspace', () => {
  it('reads a file in the workspace, but not one a link in it leads to outside', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'lw-outside-'));
    const workspace = mkdtempSync(join(tmpdir(), 'lw-workspace-'));
    writeFileSync(join(outside, 'secret.yml'), 'value: OUTSIDE_TOKEN\n');
    writeFileSync(join(workspace, 'inside.yml'), 'value: INSIDE_VALUE\n');
    symlinkSync(join(outside, 'secret.yml'), join(workspace, 'link.yml'));
    const client = await LspClient.start(workspace);
    try {
      const open = (file: string) =>
        client.open(pathToFileURL(join(workspace, `uses-${file}`)).href, `service: files\nprovider:\n  name: aws\n  runtime: \${file(./${file}):value}\n`);
      assert.deepEqual((await open('inside.yml')).map((d) => d.message), ['Unknown runtime: INSIDE_VALUE (from ${file(./inside.yml):value})'], 'the check reads files in the workspace');
      const linked = await open('link.yml');
      assert.deepEqual(linked.filter((d) => d.message.includes('OUTSIDE_TOKEN')), []);
    } finally {
      await client.stop();
      rmSync(outside, { recursive: true, force: true });
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
