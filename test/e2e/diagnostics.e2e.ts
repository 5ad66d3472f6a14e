// Flow 1: editing a template shows our diagnostics with our ranges and messages.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, replaceText, waitForDiagnostics, workspaceUri } from './workspace';

/** Plants `mistake` in place of `correct`, waits for our diagnostic `code` there, applies the quick fix titled `fix`. */
async function plantAndQuickFix(file: string, correct: string, mistake: string, code: string, message: RegExp, fix: RegExp): Promise<void> {
  const uri = workspaceUri(file);
  const editor = await vscode.window.showTextDocument(uri);
  const original = editor.document.getText();
  const line = original.split('\n').findIndex((l) => l.includes(correct));
  await replaceText(editor, original.replace(correct, mistake));
  const [diagnostic] = (await waitForDiagnostics(uri, (d) => d.some((x) => x.code === code))).filter((d) => d.code === code);
  assert.equal(diagnostic.range.start.line, line, `${code} on line ${line + 1}`);
  assert.match(diagnostic.message, message);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const action = actions.find((a) => fix.test(a.title));
  assert.ok(action?.edit, `no quick fix ${fix} among: ${actions.map((a) => a.title).join(', ')}`);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true);
  await waitForDiagnostics(uri, (d) => d.length === 0);
  assert.equal(editor.document.getText(), original);
}

export function diagnosticsSuite(): void {
  describe('e2e: template diagnostics in VS Code', () => {
    before(activateExtension);
    afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

    it('shows a YAML syntax error in template.yaml at its line, and clears it when fixed', async () => {
      const uri = workspaceUri('template.yaml');
      const editor = await vscode.window.showTextDocument(uri);
      const original = editor.document.getText();
      await waitForDiagnostics(uri, (d) => d.length === 0);
      await replaceText(editor, original.replace('Handler: index.handler', 'Handler: [index.handler'));
      const broken = await waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'E0000'));
      const line = original.split('\n').findIndex((l) => l.includes('Handler: index.handler'));
      assert.ok(broken.some((d) => d.code === 'E0000' && d.range.start.line >= line), JSON.stringify(broken));
      await replaceText(editor, original);
      await waitForDiagnostics(uri, (d) => d.length === 0);
    });

    it('flags a misspelt property in template.yaml; the quick fix clears it', () =>
      plantAndQuickFix('template.yaml', '      MemorySize: 512', '      MemorySiz: 512', 'E3002', /has no property 'MemorySiz'\. Did you mean 'MemorySize'\?/, /MemorySize/));

    it('flags an unknown runtime in serverless.yml; the quick fix clears it', () =>
      plantAndQuickFix('serverless.yml', '  runtime: nodejs22.x', '  runtime: nodejs22.y', 'SLS4001', /Unknown runtime: nodejs22\.y/, /nodejs22\.x/));
  });
}
