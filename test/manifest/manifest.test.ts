import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAUNCH_ATTRIBUTES } from '../../debug-adapter/launch-arguments';
import { readSettings } from '../../extension/settings';
import { distDir, repoRoot } from '../support/paths';

interface Described {
  description?: string;
  markdownDescription?: string;
}

interface Manifest {
  name: string;
  displayName: string;
  publisher: string;
  main: string;
  bin: Record<string, string>;
  engines: { vscode: string };
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: string | boolean; description?: string; restrictedConfigurations?: string[] } };
  contributes: {
    commands: { command: string; title: string; category?: string; icon?: string; enablement?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    viewsContainers: { activitybar: { id: string; title: string; icon: string }[] };
    views: Record<string, { id: string; name: string; icon?: string }[]>;
    viewsWelcome: { view: string; contents: string }[];
    debuggers: {
      type: string;
      label: string;
      configurationAttributes: Record<string, { required?: string[]; properties: Record<string, Described> }>;
      initialConfigurations: Record<string, unknown>[];
      configurationSnippets: { label: string; description: string; body: Record<string, unknown> }[];
    }[];
    configuration: { properties: Record<string, Described & { type: string; default?: unknown }> };
    grammars: { scopeName: string; path: string; injectTo: string[] }[];
    walkthroughs: { id: string; steps: { id: string; description: string; media: { markdown?: string; image?: string } }[] }[];
  };
}

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Manifest;
const { contributes } = manifest;
const commandIds = new Set(contributes.commands.map((c) => c.command));
const viewIds = new Set(Object.values(contributes.views).flatMap((views) => views.map((v) => v.id)));
/** Commands VS Code itself provides that our links and menus may use. */
const BUILTIN_COMMANDS = new Set(['workbench.action.openWalkthrough', 'workbench.trust.manage', 'workbench.action.files.openFolder']);

/** `command:ID` links in welcome views and walkthrough steps. */
function linkedCommands(markdown: string): string[] {
  return [...markdown.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
}

/** Every file a contribution points at, relative to the repository (and so to the VSIX root). */
function contributedFiles(): string[] {
  return [
    manifest.main,
    ...Object.values(manifest.bin),
    // The bin loads each command's own bundle when that command runs; the AWS commands share remote/ (esbuild.mjs).
    ...readdirSync(join(repoRoot, 'cli', 'commands')).map((name) => `dist/cli/${name.replace(/\.ts$/, '.js')}`),
    'dist/cli/remote.js',
    'dist/server.js',
    'dist/debug-adapter.js',
    ...contributes.viewsContainers.activitybar.map((c) => c.icon),
    ...Object.values(contributes.views).flatMap((views) => views.flatMap((v) => (v.icon && !v.icon.startsWith('$(') ? [v.icon] : []))),
    ...contributes.grammars.map((g) => g.path.replace(/^\.\//, '')),
    ...contributes.walkthroughs.flatMap((w) => w.steps.flatMap((s) => [s.media.markdown, s.media.image].filter((p): p is string => p !== undefined))),
  ];
}

describe('manifest: package.json contributions', () => {
  it('names the extension and its entry points as the contracts say', () => {
    assert.equal(manifest.name, 'lambda-workbench');
    assert.equal(manifest.displayName, 'Lambda Workbench');
    assert.equal(manifest.main, 'dist/extension.js');
    assert.deepEqual(manifest.bin, { 'lambda-workbench': 'dist/cli.js' });
    assert.equal(manifest.engines.vscode, '^1.100.0');
  });

  it('activates only for templates and lambda debugging', () => {
    for (const event of manifest.activationEvents) {
      assert.match(event, /^(workspaceContains:\*\*\/(serverless|template)\.|onDebug)/, `activation event is not about templates or lambda debugging: ${event}`);
    }
    assert.ok(manifest.activationEvents.includes('onDebugResolve:lambda'));
    assert.ok(manifest.activationEvents.includes('onDebugDynamicConfigurations:lambda'));
  });

  it('declares limited support for untrusted workspaces, with the reason, and restricts executable paths and AWS connections', () => {
    const { untrustedWorkspaces } = manifest.capabilities;
    assert.equal(untrustedWorkspaces.supported, 'limited');
    assert.match(untrustedWorkspaces.description ?? '', /never runs/);
    // A workspace must not choose where requests signed with the user's credentials go, nor which profile signs them.
    assert.deepEqual(untrustedWorkspaces.restrictedConfigurations, ['lambdaWorkbench.runtimes.nodePath', 'lambdaWorkbench.aws.connections', 'lambdaWorkbench.aws.profile']);
  });

  it('gives every command a title, the Lambda Workbench category and a codicon; run, debug and deploy need trust', () => {
    for (const c of contributes.commands) {
      assert.ok(c.title, `${c.command} has no title`);
      assert.equal(c.category, 'Lambda Workbench', `${c.command} category`);
      assert.match(c.icon ?? '', /^\$\([a-z-]+\)$/, `${c.command} has no codicon`);
      assert.match(c.command, /^lambdaWorkbench\.(aws\.)?[a-z][A-Za-z]+$/);
    }
    for (const id of ['runLocally', 'debugFunction', 'runWithEvent', 'debugWithEvent', 'aws.deployFunction']) {
      assert.equal(contributes.commands.find((c) => c.command === `lambdaWorkbench.${id}`)?.enablement, 'isWorkspaceTrusted', id);
    }
  });

  it('refers only to existing commands and views from menus, welcome views and walkthroughs', () => {
    for (const [menu, items] of Object.entries(contributes.menus)) {
      for (const item of items) {
        assert.ok(commandIds.has(item.command), `${menu} refers to unknown command ${item.command}`);
        for (const [, view] of (item.when ?? '').matchAll(/view == ([\w.]+)/g)) assert.ok(viewIds.has(view), `${menu} refers to unknown view ${view}`);
      }
    }
    const links = [...contributes.viewsWelcome.map((w) => w.contents), ...contributes.walkthroughs.flatMap((w) => w.steps.map((s) => s.description))].flatMap(linkedCommands);
    assert.ok(links.length > 0);
    for (const command of links) {
      const view = command.replace(/\.focus$/, '');
      assert.ok(commandIds.has(command) || BUILTIN_COMMANDS.has(command) || viewIds.has(view), `link to unknown command ${command}`);
    }
    for (const welcome of contributes.viewsWelcome) assert.ok(viewIds.has(welcome.view), `welcome content for unknown view ${welcome.view}`);
    for (const container of Object.keys(contributes.views)) {
      assert.ok(contributes.viewsContainers.activitybar.some((c) => c.id === container), `views in unknown container ${container}`);
    }
  });

  it('has the extension register every contributed command', () => {
    const bundle = readFileSync(join(distDir, 'extension.js'), 'utf8');
    for (const id of commandIds) assert.ok(bundle.includes(`"${id}"`) || bundle.includes(`'${id}'`), `dist/extension.js never names ${id}`);
  });

  it('describes exactly the launch attributes of the `lambda` contract, each one', () => {
    const [lambda] = contributes.debuggers;
    assert.equal(contributes.debuggers.length, 1);
    assert.equal(lambda.type, 'lambda');
    assert.deepEqual(Object.keys(lambda.configurationAttributes), ['launch']);
    const properties = lambda.configurationAttributes.launch.properties;
    assert.deepEqual(Object.keys(properties).sort(), [...LAUNCH_ATTRIBUTES].sort());
    for (const [name, property] of Object.entries(properties)) {
      assert.ok(property.description ?? property.markdownDescription, `lambda.launch.${name} has no description`);
    }
  });

  it('uses only contract attributes in initial configurations and snippets', () => {
    const [lambda] = contributes.debuggers;
    const allowed = new Set<string>(['type', 'request', 'name', ...LAUNCH_ATTRIBUTES]);
    const bodies = [...lambda.initialConfigurations, ...lambda.configurationSnippets.map((s) => s.body)];
    assert.ok(lambda.configurationSnippets.length >= 3);
    for (const body of bodies) {
      assert.equal(body.type, 'lambda');
      assert.equal(body.request, 'launch');
      for (const key of Object.keys(body)) assert.ok(allowed.has(key), `unknown launch attribute in a snippet: ${key}`);
    }
    for (const snippet of lambda.configurationSnippets) assert.ok(snippet.label && snippet.description, `snippet without label or description`);
  });

  it('declares, with a description, every setting the extension reads', () => {
    const read: string[] = [];
    readSettings({ get: <T>(key: string) => (read.push(key), undefined as T | undefined) });
    const declared = contributes.configuration.properties;
    const bundle = readFileSync(join(distDir, 'extension.js'), 'utf8');
    for (const key of read) assert.ok(declared[`lambdaWorkbench.${key}`], `settings.ts reads undeclared lambdaWorkbench.${key}`);
    for (const [key, setting] of Object.entries(declared)) {
      assert.ok(setting.description ?? setting.markdownDescription, `${key} has no description`);
      // settings.ts reads ours; the AWS explorer reads its own; the language client reads trace.server.
      const name = key.replace(/^lambdaWorkbench\./, '');
      const readElsewhere = key === 'lambdaWorkbench.trace.server' || new RegExp(`['"\`]${name.split('.').pop()}['"\`]`).test(bundle);
      assert.ok(read.includes(name) || readElsewhere, `${key} is declared but never read`);
    }
  });

  it('injects both grammars into YAML and JSON', () => {
    for (const grammar of contributes.grammars) {
      const text = JSON.parse(readFileSync(join(repoRoot, grammar.path), 'utf8')) as { scopeName: string; injectionSelector: string };
      assert.equal(text.scopeName, grammar.scopeName);
      assert.match(text.injectionSelector, new RegExp(`^L:${grammar.injectTo[0].replace('.', '\\.')} -comment$`));
    }
    assert.deepEqual(contributes.grammars.map((g) => g.injectTo).flat().sort(), ['source.json', 'source.yaml']);
  });

  it('packages every contributed file into the VSIX', () => {
    for (const file of contributedFiles()) assert.ok(existsSync(join(repoRoot, file)), `missing in the repository after build: ${file}`);
    // `vsce ls` applies .vscodeignore exactly as `vsce package` (npm run package) does.
    const listed = new Set(
      execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: repoRoot, encoding: 'utf8' })
        .split('\n')
        .map((line) => line.trim()),
    );
    for (const file of contributedFiles()) assert.ok(listed.has(file), `not packaged: ${file}`);
    for (const file of listed) assert.doesNotMatch(file, /^(test|extension|server|runtime|node_modules|examples)\//, `source or test file packaged: ${file}`);
  });
});
