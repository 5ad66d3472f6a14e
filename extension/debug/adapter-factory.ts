// Starts the `lambda` debug adapter as `node dist/debug-adapter.js` (DAP over stdio). The Node.js that
// runs it is the one the functions run on, so `lambdaWorkbench.runtimes.nodePath` picks it.
import * as vscode from 'vscode';

export class LambdaAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly nodePath: () => string,
  ) {}

  createDebugAdapterDescriptor(): vscode.DebugAdapterDescriptor {
    const adapter = vscode.Uri.joinPath(this.extensionUri, 'dist', 'debug-adapter.js').fsPath;
    return new vscode.DebugAdapterExecutable(this.nodePath(), [adapter]);
  }
}
