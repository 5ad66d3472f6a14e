// Differential test: where the Serverless Framework itself (the installed serverless@3, with
// `configValidationMode: error`, run offline as `serverless print`) reports a configuration or variable
// error on a fixture, the language server must report a diagnostic at the same place.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-protocol';
import { getEntry, parseTemplate, type TemplateNode } from '../../template-model';
import { LspClient } from '../support/lsp-client';
import { fixturesDir, repoRoot } from '../support/paths';

const casesDir = join(fixturesDir, 'serverless-differential');
const frameworkBin = join(repoRoot, 'node_modules', 'serverless', 'bin', 'serverless.js');

interface FrameworkResult {
  exitCode: number | null;
  /** Config paths the framework names in its errors ('' = the root). */
  paths: string[];
  output: string;
}

function runFramework(dir: string): Promise<FrameworkResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [frameworkBin, 'print'], {
      cwd: dir,
      env: {
        ...process.env,
        SLS_TELEMETRY_DISABLED: '1',
        SLS_NOTIFICATIONS_MODE: 'off',
        SLS_DEPRECATION_DISABLE: '*',
        SLS_SCHEMA_CACHE_BASE_DIR: join(tmpdir(), 'lambda-workbench-serverless-cache'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const paths = [...output.matchAll(/at '([^']*)'|at root|Cannot resolve variable at "([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? '');
      resolve({ exitCode, paths, output });
    });
  });
}

/** The source span of a config path: from its key to the end of its value. */
function spanOf(root: TemplateNode | undefined, path: string): Range | undefined {
  let node = root;
  let start: Position | undefined = root?.range.start;
  for (const step of path === '' ? [] : path.split('.')) {
    if (node?.kind === 'seq') {
      node = node.items[Number(step)];
      start = node?.range.start;
    } else {
      const entry = getEntry(node, step);
      node = entry?.value;
      start = entry?.keyRange.start;
    }
  }
  return node && start ? { start, end: node.range.end } : undefined;
}

const atOrBefore = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
const inside = (d: Diagnostic, span: Range): boolean => atOrBefore(span.start, d.range.start) && atOrBefore(d.range.start, span.end);

describe('lsp: serverless.yml differential against the Serverless Framework v3', function () {
  this.timeout(240_000);
  const cases = existsSync(casesDir) ? readdirSync(casesDir) : [];
  const framework = new Map<string, FrameworkResult>();
  let client: LspClient;

  before(async function () {
    if (!existsSync(frameworkBin)) {
      console.log(`      skipped: serverless@3 is not installed (${frameworkBin})`);
      this.skip();
    }
    // Two at a time: each run loads the whole framework.
    const queue = [...cases];
    const worker = async (): Promise<void> => {
      for (let name = queue.shift(); name; name = queue.shift()) framework.set(name, await runFramework(join(casesDir, name)));
    };
    await Promise.all([worker(), worker()]);
    client = await LspClient.start(repoRoot);
  });
  after(async () => client?.stop());

  for (const name of cases) {
    it(`${name}: every place the framework reports, we report too`, async () => {
      const result = framework.get(name)!;
      const path = join(casesDir, name, 'serverless.yml');
      const text = readFileSync(path, 'utf8');
      const diagnostics = await client.open(pathToFileURL(path).href, text);
      if (name === 'valid-control') {
        assert.equal(result.exitCode, 0, result.output);
        assert.deepEqual(diagnostics.filter((d) => d.severity === 1), []);
        return;
      }
      assert.notEqual(result.exitCode, 0, `the framework accepted ${name}; the fixture must hold a mistake`);
      assert.ok(result.paths.length > 0, `no error location in the framework's output:\n${result.output}`);
      const root = parseTemplate(text).root;
      for (const configPath of result.paths) {
        const span = spanOf(root, configPath);
        assert.ok(span, `framework path not found in the fixture: ${configPath}`);
        const ours = diagnostics.filter((d) => inside(d, span));
        assert.ok(ours.length > 0, `framework reports '${configPath}', we report nothing there. Ours: ${JSON.stringify(diagnostics.map((d) => `${d.range.start.line + 1}:${d.code} ${d.message}`))}\n${result.output}`);
      }
    });
  }
});
