// Flow 4: the AWS explorer against the local endpoint: deploy and publish from the template, create an
// alias, promote it as a 10% canary ("v1 90% / v2 10%"), complete the promotion, roll back.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { LambdaWorkbenchApi } from '../../extension/extension';
import type { ExplorerNode } from '../../remote';
import { startLocalEndpoint, type LocalEndpoint } from './local-endpoint';
import { workspaceUri } from './workspace';

export function awsSuite(): void {
  describe('e2e: AWS explorer against the local endpoint', () => {
    let endpoint: LocalEndpoint;
    let api: LambdaWorkbenchApi;
    const config = () => vscode.workspace.getConfiguration('lambdaWorkbench.aws');

    before(async () => {
      // Any credentials are accepted by the local endpoint; the SDK's provider chain reads these first.
      process.env.AWS_ACCESS_KEY_ID = 'AKIDLOCALTEST';
      process.env.AWS_SECRET_ACCESS_KEY = 'local-secret';
      const extension = vscode.extensions.getExtension<LambdaWorkbenchApi>('lambda-workbench.lambda-workbench');
      api = (await extension?.activate()) ?? {};
      endpoint = await startLocalEndpoint(workspaceUri('template.yaml').fsPath);
      await config().update('connections', [{ region: 'us-east-1', endpointUrl: endpoint.url }], vscode.ConfigurationTarget.Global);
      await config().update('confirmProductionChanges', false, vscode.ConfigurationTarget.Global);
    });

    after(async () => {
      endpoint?.stop();
      await config().update('connections', undefined, vscode.ConfigurationTarget.Global);
      await config().update('confirmProductionChanges', undefined, vscode.ConfigurationTarget.Global);
    });

    async function children(node?: ExplorerNode): Promise<ExplorerNode[]> {
      assert.ok(api.awsExplorer, 'the extension exports its AWS explorer');
      return api.awsExplorer.getChildren(node);
    }

    async function find(label: string, parent?: ExplorerNode): Promise<ExplorerNode> {
      const nodes = await children(parent);
      const node = nodes.find((n) => n.label === label);
      assert.ok(node, `no "${label}" under ${parent?.label ?? 'the root'}: ${nodes.map((n) => n.label).join(', ')}`);
      return node;
    }

    async function liveAlias(): Promise<ExplorerNode> {
      const [connection] = await children();
      const fn = await find('Thumbnail', connection);
      return find('live', await find('Aliases', fn));
    }

    it('deploys, publishes, canaries an alias at 10%, completes and rolls back', async () => {
      const [connection] = await children();
      assert.equal(connection.label, `default @ us-east-1 (${endpoint.url})`);
      const fn = await find('Thumbnail', connection);
      const thumbnail = { id: 'Thumbnail', functionName: 'Thumbnail', runtime: 'nodejs20.x', handler: 'index.handler', codeDir: workspaceUri('src/thumbnail').fsPath };
      const deploy = (description: string) =>
        vscode.commands.executeCommand('lambdaWorkbench.aws.deployFunction', thumbnail, { publish: true, description, connection: connection.label });

      await deploy('first');
      const versions = await children(await find('Versions', fn));
      assert.deepEqual(versions.map((v) => v.label), ['$LATEST', 'v1']);
      await vscode.commands.executeCommand('lambdaWorkbench.aws.createAlias', fn, { name: 'live', version: '1' });
      assert.equal((await liveAlias()).description, 'v1');

      await deploy('second');
      await vscode.commands.executeCommand('lambdaWorkbench.aws.promoteAlias', await liveAlias(), { version: '2', weight: 10 });
      assert.equal((await liveAlias()).description, 'v1 90% / v2 10%');

      await vscode.commands.executeCommand('lambdaWorkbench.aws.completePromotion', await liveAlias());
      assert.equal((await liveAlias()).description, 'v2');

      await vscode.commands.executeCommand('lambdaWorkbench.aws.rollbackAlias', await liveAlias());
      assert.equal((await liveAlias()).description, 'v1');
    });
  });
}
