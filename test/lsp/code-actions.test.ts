import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client';
import { fixturesDir, repoRoot } from '../support/paths';
import { applyEdits } from './intel-support';

const HEADER = "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources:\n";
const FUNCTION = '  Worker:\n    Type: AWS::Serverless::Function\n    Properties:\n      InlineCode: exports.handler = async () => ({})\n      Handler: index.handler\n';

interface Case {
  name: string;
  code: string;
  resources: string;
  title: string;
  /** Text the fixed template contains. */
  fixed: RegExp;
}

const CASES: Case[] = [
  { name: 'a misspelt property', code: 'E3002', resources: '  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketNam: photos\n', title: "Change to 'BucketName'", fixed: /BucketName: photos/ },
  { name: 'a misspelt resource type', code: 'E3006', resources: '  Topic:\n    Type: AWS::SNS::Topik\n', title: "Change to 'AWS::SNS::Topic'", fixed: /Type: AWS::SNS::Topic\n/ },
  { name: 'a dangling Ref', code: 'E1020', resources: `  Queue:\n    Type: AWS::SQS::Queue\n${FUNCTION}      Runtime: nodejs24.x\n      Environment:\n        Variables:\n          QUEUE: !Ref Queu\n`, title: "Change to 'Queue'", fixed: /QUEUE: !Ref Queue\n/ },
  { name: 'a retired runtime (upgrade)', code: 'E2533', resources: `${FUNCTION}      Runtime: nodejs20.x\n`, title: "Change to 'nodejs24.x'", fixed: /Runtime: nodejs24\.x\n/ },
  {
    name: 'missing required properties (typed placeholders, Properties created)',
    code: 'E3003',
    resources: '  Fn:\n    Type: AWS::Lambda::Function\n',
    title: 'Add missing properties: Code, Role',
    fixed: /\n {2}Fn:\n {4}Type: AWS::Lambda::Function\n {4}Properties:\n {6}Code: \{\}\n {6}Role: ""\n/,
  },
  {
    name: 'missing properties under an empty flow mapping',
    code: 'E3003',
    resources: '  Policy:\n    Type: AWS::SQS::QueuePolicy\n    Properties: {}\n',
    title: 'Add missing properties: PolicyDocument, Queues',
    fixed: /\n {4}Properties:\n {6}PolicyDocument: \{\}\n {6}Queues: \[\]\n/,
  },
  {
    name: 'a SAM event without its Properties',
    code: 'E3003',
    resources: `${FUNCTION}      Runtime: nodejs24.x\n      Events:\n        Jobs:\n          Type: SQS\n`,
    title: 'Add missing property: Properties',
    fixed: /\n {10}Type: SQS\n {10}Properties:\n {12}Queue: ""\n/,
  },
  {
    name: 'a policy template parameter',
    code: 'E3003',
    resources: `${FUNCTION}      Runtime: nodejs24.x\n      Policies:\n        - SQSPollerPolicy: {}\n`,
    title: 'Add missing property: QueueName',
    fixed: /- SQSPollerPolicy:\n {12}QueueName: ""\n/,
  },
];

/** Applies a WorkspaceEdit's file creations and text edits on disk, as an editor would. */
function applyOnDisk(action: CodeAction): void {
  for (const change of action.edit?.documentChanges ?? []) {
    if ('kind' in change) {
      assert.equal(change.kind, 'create');
      const path = fileURLToPath(change.uri);
      mkdirSync(dirname(path), { recursive: true });
      if (!existsSync(path)) writeFileSync(path, '');
      continue;
    }
    const path = fileURLToPath((change as TextDocumentEdit).textDocument.uri);
    writeFileSync(path, applyEdits(readFileSync(path, 'utf8'), (change as TextDocumentEdit).edits as never));
  }
}

describe('lsp: quick fixes', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start(repoRoot)));
  after(async () => client.stop());

  const errors = (diagnostics: Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.severity === 1);
  const actionsFor = (uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> =>
    client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });

  for (const [index, c] of CASES.entries()) {
    it(`fixes ${c.name} (${c.code}) and the fixed template checks clean`, async () => {
      const uri = `file:///tmp/intel-fixes/${index}/template.yaml`;
      const text = HEADER + c.resources;
      const diagnostics = await client.open(uri, text);
      const diagnostic = errors(diagnostics).find((d) => d.code === c.code);
      assert.ok(diagnostic, `no ${c.code} in ${JSON.stringify(diagnostics.map((d) => [d.code, d.message]))}`);
      const actions = await actionsFor(uri, diagnostic);
      const action = actions.find((a) => a.title === c.title);
      assert.ok(action, `no '${c.title}' in ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.equal(action.kind, 'quickfix');
      const fixed = applyEdits(text, action.edit!.changes![uri]);
      assert.match(fixed, c.fixed);
      assert.deepEqual(errors(await client.change(uri, fixed)).map((d) => [d.code, d.message]), []);
    });
  }

  describe('creating a missing handler', () => {
    let dir: string;
    let uri: string;
    let text: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'intel-fixes-'));
      cpSync(join(fixturesDir, 'intel-fixes'), dir, { recursive: true });
      uri = pathToFileURL(join(dir, 'template.yaml')).href;
      text = readFileSync(join(dir, 'template.yaml'), 'utf8');
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('appends an exported handler to the existing module, then creates a missing Python module, and both check clean', async () => {
      const diagnostics = errors(await client.open(uri, text));
      assert.deepEqual(diagnostics.map((d) => d.code), ['E3903', 'E3902']);
      const [missingExport, missingFile] = diagnostics;

      const append = (await actionsFor(uri, missingExport)).find((a) => a.title === "Create handler 'process' in app.js");
      assert.ok(append);
      applyOnDisk(append);
      assert.equal(
        readFileSync(join(dir, 'src', 'app.js'), 'utf8'),
        '// Fixture: exports a handler under another name than the template\'s Handler.\nexports.main = async () => ({ statusCode: 200 });\n\n' +
          'exports.process = async (event) => {\n  console.log(JSON.stringify(event));\n  return {};\n};\n',
      );

      const create = (await actionsFor(uri, missingFile)).find((a) => a.title === "Create handler 'handler' in worker.py");
      assert.ok(create);
      assert.equal((create.edit?.documentChanges?.[0] as { kind: string }).kind, 'create');
      applyOnDisk(create);
      assert.equal(readFileSync(join(dir, 'src', 'jobs', 'worker.py'), 'utf8'), 'def handler(event, context):\n    print(event)\n    return {}\n');

      assert.deepEqual(errors(await client.change(uri, text)).map((d) => [d.code, d.message]), []);
    });
  });

  describe('serverless.yml', () => {
    let dir: string;
    let sls: LspClient;
    // serverless.yml checks read files only inside the workspace: the temporary folder is the workspace.
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'intel-sls-fixes-'));
      sls = await LspClient.start(dir);
    });
    after(async () => {
      await sls.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    const slsActionsFor = (uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> =>
      sls.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });

    const BASE = 'service: fixes\nprovider:\n  name: aws\n  runtime: nodejs24.x\ncustom:\n  bucket: photos\nfunctions:\n  hello:\n    handler: handler.hello\n';
    const SLS_CASES: Case[] = [
      { name: 'a retired runtime (upgrade)', code: 'SLS4002', resources: BASE.replace('nodejs24.x', 'nodejs20.x'), title: "Change to 'nodejs24.x'", fixed: /runtime: nodejs24\.x\n/ },
      { name: 'a misspelt key', code: 'SLS1001', resources: BASE.replace('  name: aws\n', '  name: aws\n  regon: us-east-1\n'), title: "Change to 'region'", fixed: /\n {2}region: us-east-1\n/ },
      { name: 'a misspelt ${self:} key', code: 'SLS2002', resources: `${BASE}    description: \${self:custom.buckte}\n`, title: "Change to 'bucket'", fixed: /description: \$\{self:custom\.bucket\}\n/ },
      { name: 'an event without its required setting', code: 'SLS1004', resources: `${BASE}    events:\n      - s3:\n          event: s3:ObjectCreated:*\n`, title: 'Add missing property: bucket', fixed: /- s3:\n {10}event: s3:ObjectCreated:\*\n {10}bucket: ""\n/ },
    ];
    for (const [index, c] of SLS_CASES.entries()) {
      it(`fixes ${c.name} (${c.code}) and the fixed serverless.yml checks clean`, async () => {
        mkdirSync(join(dir, String(index)));
        writeFileSync(join(dir, String(index), 'handler.js'), 'exports.hello = async () => ({});\n');
        const uri = pathToFileURL(join(dir, String(index), 'serverless.yml')).href;
        const diagnostic = (await sls.open(uri, c.resources)).find((d) => d.code === c.code);
        assert.ok(diagnostic, `no ${c.code}`);
        const action = (await slsActionsFor(uri, diagnostic)).find((a) => a.title === c.title);
        assert.ok(action, `no '${c.title}'`);
        const fixed = applyEdits(c.resources, action.edit!.changes![uri]);
        assert.match(fixed, c.fixed);
        assert.deepEqual((await sls.change(uri, fixed)).map((d) => [d.code, d.message]), []);
      });
    }

    it('creates a missing handler file for a serverless.yml function', async () => {
      const uri = pathToFileURL(join(dir, 'serverless.yml')).href;
      const text = BASE.replace('handler.hello', 'src/jobs.run');
      const diagnostic = (await sls.open(uri, text)).find((d) => d.code === 'SLS3001');
      assert.ok(diagnostic);
      const action = (await slsActionsFor(uri, diagnostic)).find((a) => a.title.startsWith("Create handler 'run' in jobs."));
      assert.ok(action, 'no create-handler fix');
      applyOnDisk(action);
      assert.deepEqual((await sls.change(uri, text)).map((d) => [d.code, d.message]), []);
    });
  });

  it('offers nothing for diagnostics without fix data or from another source', async () => {
    const uri = 'file:///tmp/intel-fixes/none/template.yaml';
    await client.open(uri, `${HEADER}  Queue:\n    Type: AWS::SQS::Queue\n`);
    const range = { start: { line: 3, character: 2 }, end: { line: 3, character: 7 } };
    const foreign = { range, message: 'x', source: 'cfn-lint', data: { replacements: ['Other'] } };
    const plain = { range, message: 'y', source: 'lambda-workbench', code: 'E9999' };
    assert.deepEqual(await actionsFor(uri, foreign as Diagnostic), []);
    assert.deepEqual(await actionsFor(uri, plain as Diagnostic), []);
  });
});
