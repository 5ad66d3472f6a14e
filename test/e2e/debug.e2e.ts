// Flows 2 and 3: F5 on the `lambda` debug configuration with `sampleEvent: s3:put` stops at a breakpoint
// in the handler (JS and TS), a watch expression evaluates, the result and REPORT reach the Debug Console,
// the session ends; the "Debug" CodeLens over the function in the template starts the same session.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { breakpointAt, SessionWatcher } from './debug-session';
import { activateExtension, workspaceFolder, workspaceUri } from './workspace';

export function debugSuite(): void {
  describe('e2e: debugging a handler in VS Code', () => {
    let watcher: SessionWatcher;
    before(activateExtension);
    beforeEach(() => (watcher = new SessionWatcher()));
    afterEach(() => {
      watcher.dispose();
      vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    });

    async function runToEnd(stop: Awaited<ReturnType<SessionWatcher['nextStop']>>): Promise<string> {
      await stop.session.customRequest('continue', { threadId: stop.threadId });
      await watcher.terminated();
      return watcher.outputs.join('');
    }

    it('F5 with sampleEvent s3:put stops in the JavaScript handler; watch, continue, result, REPORT, end', async () => {
      const handler = workspaceUri('src/thumbnail/index.js');
      const { line } = await breakpointAt(handler, 'const thumbnails = event.Records.map');
      const stopped = watcher.nextStop();
      const started = await vscode.debug.startDebugging(workspaceFolder(), {
        type: 'lambda',
        request: 'launch',
        name: 'Thumbnail (s3:put)',
        template: '${workspaceFolder}/template.yaml',
        function: 'Thumbnail',
        sampleEvent: 's3:put',
      });
      assert.equal(started, true);
      const stop = await stopped;
      assert.equal(stop.reason, 'breakpoint');
      const frame = await watcher.topFrame(stop);
      assert.match(frame.path, /src\/thumbnail\/index\.js$/);
      assert.equal(frame.line, line + 1);
      assert.match(await watcher.evaluate(stop, frame.id, 'event.Records[0].s3.object.key'), /^'uploads\/.*\.jpg'$|^"uploads\/.*\.jpg"$/);
      const output = await runToEnd(stop);
      assert.match(output, /"bucket":\s*"photo-pipeline-dev-123456789012"/);
      assert.match(output, /REPORT RequestId: \S+\tDuration: [\d.]+ ms/);
    });

    it('F5 stops in the TypeScript handler at its .ts line', async () => {
      const handler = workspaceUri('src/api/handler.ts');
      const { line } = await breakpointAt(handler, 'const id = event.pathParameters?.id;');
      const stopped = watcher.nextStop();
      await vscode.debug.startDebugging(workspaceFolder(), {
        type: 'lambda',
        request: 'launch',
        name: 'PhotosApi (http-api-proxy)',
        template: '${workspaceFolder}/template.yaml',
        function: 'PhotosApi',
        sampleEvent: 'apigateway:http-api-proxy',
      });
      const stop = await stopped;
      const frame = await watcher.topFrame(stop);
      assert.match(frame.path, /src\/api\/handler\.ts$/);
      assert.equal(frame.line, line + 1);
      assert.match(await watcher.evaluate(stop, frame.id, 'event.requestContext.http.method'), /GET/);
      const output = await runToEnd(stop);
      assert.match(output, /"statusCode":\s*200/);
      assert.match(output, /REPORT RequestId: /);
    });

    it('the "Debug" CodeLens over the function in template.yaml starts the same session', async () => {
      await vscode.workspace.getConfiguration('lambdaWorkbench.local').update('defaultEvent', 's3:put', vscode.ConfigurationTarget.Workspace);
      try {
        const template = workspaceUri('template.yaml');
        await breakpointAt(workspaceUri('src/thumbnail/index.js'), 'const bucket = record.s3.bucket.name;');
        const document = await vscode.workspace.openTextDocument(template);
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', template);
        const thumbnailLine = document.getText().split('\n').indexOf('  Thumbnail:');
        const debug = lenses.find((l) => l.range.start.line === thumbnailLine && l.command?.title.includes('Debug'));
        assert.ok(debug?.command, `no Debug lens on line ${thumbnailLine + 1}: ${lenses.map((l) => `${l.range.start.line}:${l.command?.title}`).join(', ')}`);
        // The handler file serves both templates' functions: its lenses name which one they run.
        await vscode.workspace.openTextDocument(workspaceUri('src/thumbnail/index.js'));
        const handlerLenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', workspaceUri('src/thumbnail/index.js'));
        const titles = handlerLenses.map((l) => l.command?.title ?? '');
        assert.ok(titles.includes('$(debug-alt) Debug Thumbnail') && titles.includes('$(debug-alt) Debug thumbnail'), titles.join(', '));
        const stopped = watcher.nextStop();
        await vscode.commands.executeCommand(debug.command.command, ...(debug.command.arguments ?? []));
        const stop = await stopped;
        assert.match((await watcher.topFrame(stop)).path, /src\/thumbnail\/index\.js$/);
        assert.match(await runToEnd(stop), /REPORT RequestId: /);
      } finally {
        await vscode.workspace.getConfiguration('lambdaWorkbench.local').update('defaultEvent', undefined, vscode.ConfigurationTarget.Workspace);
      }
    });
  });
}
