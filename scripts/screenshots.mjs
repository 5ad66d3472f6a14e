// `npm run screenshots`: drives the real VS Code UI (code-server + headless Chromium via Playwright) through
// the product's flows and saves PNGs into docs/: our diagnostics in the Problems panel, a handler stopped at
// a breakpoint with its variables, the AWS tree with a canary alias, the REPORT duration/memory chart.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gotoLine, launchBrowser, openFile, runCommand, showProblems, startCodeServer, waitForWorkbench, workbenchUrl } from './e2e/vscode-host.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const docs = join(root, 'docs');
const hostDir = join(root, '.vscode-host');
const cli = join(root, 'dist', 'cli.js');
const log = (message) => process.stderr.write(`[screenshots] ${message}\n`);

spawnSync('bash', [join(root, 'scripts', 'e2e', 'setup.sh'), hostDir], { stdio: 'inherit' });
spawnSync(process.execPath, [join(root, 'esbuild.mjs')], { stdio: 'inherit', cwd: root });
mkdirSync(docs, { recursive: true });

// The example, with one planted mistake and a launch configuration, in a throwaway folder.
const workspace = join(mkdtempSync(join(tmpdir(), 'lwb-shots-')), 'photo-pipeline');
cpSync(join(root, 'examples', 'photo-pipeline'), workspace, { recursive: true });
const templatePath = join(workspace, 'template.yaml');
writeFileSync(templatePath, readFileSync(templatePath, 'utf8').replace('      MemorySize: 512', '      MemorySiz: 512').replace('Runtime: nodejs22.x', 'Runtime: nodejs16.x'));
mkdirSync(join(workspace, '.vscode'));
writeFileSync(join(workspace, '.vscode', 'launch.json'), JSON.stringify({
  version: '0.2.0',
  configurations: [{ type: 'lambda', request: 'launch', name: 'Thumbnail (s3:put)', template: '${workspaceFolder}/template.yaml', function: 'Thumbnail', sampleEvent: 's3:put' }],
}, null, 2));

// A local Lambda endpoint holding the function with two published versions and a 10% canary alias.
const state = mkdtempSync(join(tmpdir(), 'lwb-shots-state-'));
const endpointDir = mkdtempSync(join(tmpdir(), 'lwb-shots-endpoint-'));
cpSync(join(root, 'examples', 'photo-pipeline'), endpointDir, { recursive: true });
const endpoint = spawn(process.execPath, [cli, 'start-lambda', '--port', '0', '--template', join(endpointDir, 'template.yaml'), '--state', state], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let out = '';
  endpoint.stdout.on('data', (chunk) => {
    out += chunk;
    const found = /Lambda endpoint on (\S+)/.exec(out)?.[1];
    if (found) resolve(found);
  });
  endpoint.once('exit', (code) => reject(new Error(`start-lambda exited ${code}`)));
});
Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDSCREENSHOTS', AWS_SECRET_ACCESS_KEY: 'local', AWS_REGION: 'us-east-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' });
const run = (...args) => {
  const result = spawnSync(process.execPath, [cli, ...args, '--endpoint-url', url], { cwd: endpointDir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`lambda-workbench ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
};
run('deploy', 'Thumbnail', '--publish', '--description', 'first');
const { LambdaClient, CreateAliasCommand, InvokeCommand } = await import('@aws-sdk/client-lambda');
const lambda = new LambdaClient({ endpoint: url, region: 'us-east-1' });
await lambda.send(new CreateAliasCommand({ FunctionName: 'Thumbnail', Name: 'live', FunctionVersion: '1' }));
run('deploy', 'Thumbnail', '--publish', '--description', 'smaller thumbnails');
run('alias', 'promote', 'Thumbnail', 'live', '2', '--weight', '10');
const event = JSON.parse(readFileSync(join(endpointDir, '.lambda-workbench', 'events', 'Thumbnail', 'photo-uploaded.json'), 'utf8'));
for (let i = 0; i < 12; i++) await lambda.send(new InvokeCommand({ FunctionName: 'Thumbnail', Qualifier: 'live', Payload: Buffer.from(JSON.stringify(event)) }));

const server = await startCodeServer({
  hostDir,
  workspace,
  settings: {
    'lambdaWorkbench.aws.connections': [{ region: 'us-east-1', endpointUrl: url }],
    'workbench.colorTheme': 'Default Dark Modern',
    'window.zoomLevel': 0,
  },
});
const { browser, page } = await launchBrowser({ hostDir });
try {
  await page.setViewportSize({ width: 1400, height: 860 });
  await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: root }));
  await waitForWorkbench(page);

  log('problems');
  await openFile(page, 'template.yaml');
  await showProblems(page);
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'MemorySiz' }).first().waitFor({ timeout: 60000 });
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'nodejs16.x' }).first().waitFor({ timeout: 60000 });
  await gotoLine(page, 45);
  await page.screenshot({ path: join(docs, 'problems.png') });

  log('breakpoint');
  await openFile(page, 'src/thumbnail/index.js');
  await gotoLine(page, 12);
  await page.keyboard.press('F9');
  await page.keyboard.press('F5');
  await page.locator('.debug-top-stack-frame-line').first().waitFor({ timeout: 60000 });
  await page.locator('.debug-view-content .monaco-list-row', { hasText: 'event' }).first().waitFor({ timeout: 30000 });
  await page.screenshot({ path: join(docs, 'breakpoint.png') });
  await page.keyboard.press('Shift+F5');

  log('aws tree');
  await runCommand(page, 'View: Show Lambda');
  await runCommand(page, 'Lambda Workbench: Refresh AWS Explorer');
  const awsPane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^AWS/ }) });
  const row = (text) => awsPane.locator('.monaco-list-row', { hasText: text }).first();
  const expand = async (text) => {
    await row(text).waitFor({ timeout: 30000 });
    if ((await row(text).getAttribute('aria-expanded')) !== 'true') await row(text).click();
  };
  await expand(url);
  await expand('Thumbnail');
  await expand('Aliases');
  await expand('Versions');
  await row('v1 90% / v2 10%').waitFor({ timeout: 30000 });
  await page.screenshot({ path: join(docs, 'aws-canary.png') });

  log('report chart');
  await row('Thumbnail').click({ button: 'right' });
  await page.locator('.context-view .action-label', { hasText: 'Show Duration and Memory Chart' }).click();
  const chart = page.frameLocator('iframe.webview').frameLocator('iframe').locator('svg').first();
  await chart.waitFor({ timeout: 60000 });
  await page.screenshot({ path: join(docs, 'report-chart.png') });
  log(`saved docs/problems.png, docs/breakpoint.png, docs/aws-canary.png, docs/report-chart.png`);
} catch (error) {
  await page.screenshot({ path: join(docs, 'screenshots-failure.png') }).catch(() => undefined);
  throw error;
} finally {
  await browser.close();
  await server.stop();
  endpoint.kill();
}
