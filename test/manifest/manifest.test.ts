import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/paths';

interface Manifest {
  name: string;
  displayName: string;
  main: string;
  bin: Record<string, string>;
  engines: { vscode: string };
  capabilities: { untrustedWorkspaces: { supported: string | boolean; description?: string } };
  contributes: {
    commands?: { command: string; title: string; category?: string }[];
    menus?: Record<string, { command: string }[]>;
    views?: Record<string, { id: string }[]>;
    debuggers?: { type: string; configurationAttributes?: Record<string, { properties: Record<string, { description?: string; markdownDescription?: string }> }> }[];
  };
}

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Manifest;

describe('manifest: package.json contributions', () => {
  it('names the extension and its entry points as the contracts say', () => {
    assert.equal(manifest.name, 'lambda-workbench');
    assert.equal(manifest.displayName, 'Lambda Workbench');
    assert.equal(manifest.main, 'dist/extension.js');
    assert.deepEqual(manifest.bin, { 'lambda-workbench': 'dist/cli.js' });
    assert.equal(manifest.engines.vscode, '^1.100.0');
  });

  it('declares limited support for untrusted workspaces, with the reason', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.match(manifest.capabilities.untrustedWorkspaces.description ?? '', /never runs/);
  });

  it('gives every command a title and category, and every menu item an existing command', () => {
    const commands = new Set((manifest.contributes.commands ?? []).map((c) => c.command));
    for (const c of manifest.contributes.commands ?? []) {
      assert.ok(c.title, `${c.command} has no title`);
      assert.ok(c.category, `${c.command} has no category`);
    }
    for (const [menu, items] of Object.entries(manifest.contributes.menus ?? {})) {
      for (const item of items) assert.ok(commands.has(item.command), `${menu} refers to unknown command ${item.command}`);
    }
  });

  it('describes every debugger attribute', () => {
    for (const debuggerContribution of manifest.contributes.debuggers ?? []) {
      for (const [request, schema] of Object.entries(debuggerContribution.configurationAttributes ?? {})) {
        for (const [name, property] of Object.entries(schema.properties)) {
          assert.ok(property.description ?? property.markdownDescription, `${debuggerContribution.type}.${request}.${name} has no description`);
        }
      }
    }
  });
});
