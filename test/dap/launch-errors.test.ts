// Bad launch configurations against the built adapter (dist/debug-adapter.js): each is answered with an
// error naming the attribute to fix, never a hang, and the adapter keeps answering afterwards.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { distDir, fixturesDir, photoPipelineDir } from '../support/paths';

const template = join(photoPipelineDir, 'template.yaml');

const cases: { title: string; args: object; message: RegExp }[] = [
  { title: 'a missing event file', args: { template, function: 'Thumbnail', event: join(fixturesDir, 'dap', 'events', 'nope.json') }, message: /^Launch configuration "event": file not found: .*nope\.json$/ },
  { title: 'an unknown function', args: { template, function: 'Thumbnails', event: {} }, message: /^Launch configuration "function": Function not found: Thumbnails \(template has: Thumbnail, PhotosApi, Worker\)$/ },
  { title: 'a missing template', args: { template: join(fixturesDir, 'dap', 'none.yaml'), function: 'Thumbnail' }, message: /^Launch configuration "template": file not found: .*none\.yaml$/ },
  { title: 'a template with a syntax error', args: { template: join(fixturesDir, 'dap', 'bad-template', 'template.yaml'), function: 'Broken' }, message: /^Launch configuration "template": .*template\.yaml:\d+:\d+\)$/ },
  { title: 'neither a template nor a handler', args: { event: {} }, message: /^Launch configuration "template": missing; give "template" and "function", or "handler", "codeDir" and "runtime"$/ },
  { title: 'an unknown sample event', args: { template, function: 'Thumbnail', sampleEvent: 's3:delete-everything' }, message: /^Launch configuration "sampleEvent": Unknown s3 event type: delete-everything/ },
  { title: 'a malformed handler', args: { handler: 'index', codeDir: join(fixturesDir, 'dap', 'js-handler'), runtime: 'nodejs20.x' }, message: /^Launch configuration "handler": expected file\.export \(e\.g\. index\.handler\), got: index$/ },
  { title: 'an out-of-range timeout', args: { template, function: 'Thumbnail', timeout: 901 }, message: /^Launch configuration "timeout": must be a whole number from 1 to 900, got: 901$/ },
  { title: 'a runtime the debugger cannot run', args: { handler: 'app.handler', codeDir: join(fixturesDir, 'dap', 'js-handler'), runtime: 'java21' }, message: /^Launch configuration "runtime": .*java21$/ },
];

// One adapter answers every case in turn: a rejected launch must leave it ready for the next.
describe('dap: bad launch configurations', () => {
  let dc: DebugClient;

  before(async () => {
    dc = new DebugClient(process.execPath, join(distDir, 'debug-adapter.js'), 'lambda');
    await dc.start();
    await dc.initializeRequest();
  });

  after(() => dc.stop());

  for (const { title, args, message } of cases) {
    it(`answers ${title} with an error naming the attribute`, async () => {
      await assert.rejects(dc.launchRequest(args as never), (error: Error) => {
        assert.match(error.message, message);
        return true;
      });
      const threads = await dc.threadsRequest();
      assert.equal(threads.body.threads.length, 1, 'the adapter still answers');
    });
  }
});
