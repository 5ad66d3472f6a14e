import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkEventName, deleteEvent, EventNameError, eventsDir, listSavedEvents, saveEvent } from '../../../extension/events/saved-events';
import { photoPipelineDir } from '../../support/paths';

describe('extension: saved events per function', () => {
  let dir: string;
  let template: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lw-events-'));
    template = join(dir, 'template.yaml');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the example\'s saved events beside its template', async () => {
    const events = await listSavedEvents(join(photoPipelineDir, 'template.yaml'), 'Thumbnail');
    assert.deepEqual(events, [{ name: 'photo-uploaded', path: join(photoPipelineDir, '.lambda-workbench', 'events', 'Thumbnail', 'photo-uploaded.json') }]);
  });

  it('lists nothing for a function without saved events', async () => {
    assert.deepEqual(await listSavedEvents(template, 'Nothing'), []);
  });

  it('saves pretty JSON under .lambda-workbench/events/<function>/<name>.json and lists it sorted', async () => {
    await saveEvent(template, 'Worker', 'b-second', { n: 2 });
    const saved = await saveEvent(template, 'Worker', 'a-first', { Records: [] });
    assert.equal(saved.path, join(dir, '.lambda-workbench', 'events', 'Worker', 'a-first.json'));
    assert.equal(readFileSync(saved.path, 'utf8'), '{\n  "Records": []\n}\n');
    assert.deepEqual((await listSavedEvents(template, 'Worker')).map((e) => e.name), ['a-first', 'b-second']);
    assert.equal(eventsDir(template, 'Worker'), join(dir, '.lambda-workbench', 'events', 'Worker'));
  });

  it('refuses to overwrite an event or to save under an unportable name', async () => {
    await saveEvent(template, 'Worker', 'one', {});
    await assert.rejects(saveEvent(template, 'Worker', 'one', { other: true }), (e: Error) => e instanceof EventNameError && e.message === 'An event with this name exists: one');
    await assert.rejects(saveEvent(template, 'Worker', '../escape', {}), EventNameError);
    assert.equal(checkEventName('s3-put.v2_x'), undefined);
    assert.match(checkEventName('has space') ?? '', /letters, digits/);
  });

  it('deletes a saved event', async () => {
    const saved = await saveEvent(template, 'Worker', 'gone', {});
    await deleteEvent(saved);
    assert.deepEqual(await listSavedEvents(template, 'Worker'), []);
  });
});
