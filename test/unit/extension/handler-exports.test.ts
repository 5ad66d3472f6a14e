import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findHandlerLine, handlerExportName, sourceLanguage } from '../../../extension/debug/handler-exports';
import { photoPipelineDir } from '../../support/paths';

const source = (path: string) => readFileSync(join(photoPipelineDir, path), 'utf8');

describe('extension: handler CodeLens placement', () => {
  it('takes the export name after the last dot of the handler', () => {
    assert.equal(handlerExportName('src/thumbnail/index.handler'), 'handler');
    assert.equal(handlerExportName('handler.getPhoto'), 'getPhoto');
  });

  it('finds the example handlers: CommonJS, ESM and TypeScript', () => {
    assert.equal(findHandlerLine(source('src/thumbnail/index.js'), 'handler', 'javascript'), 10);
    assert.equal(findHandlerLine(source('src/worker/worker.mjs'), 'handler', 'javascript'), 1);
    assert.equal(findHandlerLine(source('src/api/handler.ts'), 'getPhoto', 'javascript'), 9);
  });

  it('prefers the exported declaration, then a local one, then an export list', () => {
    const text = ['const other = 1;', 'async function main() {}', 'export { main as handler };'].join('\n');
    assert.equal(findHandlerLine(text, 'handler', 'javascript'), 2);
    const listed = ['const handler = async () => {};', 'export { handler };'].join('\n');
    assert.equal(findHandlerLine(listed, 'handler', 'javascript'), 0);
    assert.equal(findHandlerLine('module.exports.run = () => 1;', 'run', 'javascript'), 0);
    assert.equal(findHandlerLine('export default async function handler() {}', 'handler', 'javascript'), 0);
  });

  it('does not take a longer name for the handler', () => {
    assert.equal(findHandlerLine('export const handlerV2 = 1;', 'handler', 'javascript'), undefined);
  });

  it('finds Python handlers at module level only', () => {
    const text = ['import json', 'class A:', '    def lambda_handler(self): pass', 'async def lambda_handler(event, context):', '    return {}'].join('\n');
    assert.equal(findHandlerLine(text, 'lambda_handler', 'python'), 3);
  });

  it('knows which files hold handlers', () => {
    assert.equal(sourceLanguage('/a/index.mjs'), 'javascript');
    assert.equal(sourceLanguage('/a/handler.ts'), 'javascript');
    assert.equal(sourceLanguage('/a/app.py'), 'python');
    assert.equal(sourceLanguage('/a/template.yaml'), undefined);
  });
});
