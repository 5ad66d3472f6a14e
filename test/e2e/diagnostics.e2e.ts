// Flow 1: editing a template shows our diagnostics with our ranges and messages.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, replaceText, waitForDiagnostics, workspaceUri } from './workspace';

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
  });
}
