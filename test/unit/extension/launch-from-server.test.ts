import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findHandlerLine, handlerExportName, sourceLanguage } from '../../../extension/debug/handler-exports';
import { buildLaunchConfig, checkLaunchArguments } from '../../../extension/debug/launch-arguments';
import { FunctionsRequest, type FunctionsResult } from '../../../server/protocol';
import { LspClient } from '../../support/lsp-client';
import { photoPipelineDir } from '../../support/paths';

/** The function list exactly as the extension gets it: dist/server.js over stdio. */
async function fetchFunctions(client: LspClient, template: string): Promise<FunctionsResult> {
  return client.connection.sendRequest(FunctionsRequest.type, { uri: pathToFileURL(join(photoPipelineDir, template)).href });
}

describe('extension: F5 and CodeLens from the server\'s function list', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start(photoPipelineDir)));
  after(async () => client.stop());

  it('offers one ready launch configuration per function of both example templates', async () => {
    const configs = [];
    for (const template of ['template.yaml', 'serverless.yml']) {
      const { functions } = await fetchFunctions(client, template);
      for (const fn of functions) configs.push(buildLaunchConfig({ templatePath: join(photoPipelineDir, template), fn }, { kind: 'none' }, photoPipelineDir));
    }
    assert.deepEqual(
      configs.map((c) => [c.name, c.template, c.function]),
      [
        ['Thumbnail (template.yaml)', '${workspaceFolder}/template.yaml', 'Thumbnail'],
        ['PhotosApi (template.yaml)', '${workspaceFolder}/template.yaml', 'PhotosApi'],
        ['Worker (template.yaml)', '${workspaceFolder}/template.yaml', 'Worker'],
        ['thumbnail (serverless.yml)', '${workspaceFolder}/serverless.yml', 'thumbnail'],
        ['api (serverless.yml)', '${workspaceFolder}/serverless.yml', 'api'],
        ['worker (serverless.yml)', '${workspaceFolder}/serverless.yml', 'worker'],
      ],
    );
    for (const config of configs) assert.deepEqual(checkLaunchArguments(config), [], config.name);
  });

  it('places a handler CodeLens on each function\'s exported handler', async () => {
    const { functions } = await fetchFunctions(client, 'template.yaml');
    const placed = functions.map((fn) => {
      assert.ok(fn.handlerFile, `${fn.id} has no handler file`);
      const language = sourceLanguage(fn.handlerFile);
      assert.ok(language);
      const line = findHandlerLine(readFileSync(fn.handlerFile, 'utf8'), handlerExportName(fn.handler), language);
      return [fn.id, fn.handlerFile.slice(photoPipelineDir.length + 1), line];
    });
    assert.deepEqual(placed, [
      ['Thumbnail', join('src', 'thumbnail', 'index.js'), 10],
      ['PhotosApi', join('src', 'api', 'handler.ts'), 9],
      ['Worker', join('src', 'worker', 'worker.mjs'), 1],
    ]);
  });
});
