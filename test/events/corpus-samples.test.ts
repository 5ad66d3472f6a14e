// Robustness over real templates: every function's declared triggers in the shared corpus (SAM and
// serverless.yml) map to a sample or to a named TemplateEventError — never a crash.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listTemplateSamples, sampleEventForFunction, TemplateEventError } from '../../events';
import { parseTemplate } from '../../template-model';
import { corpusDir, hasCorpus } from '../support/paths';

function templates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ya?ml|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('events: template-aware samples over the corpus', () => {
  before(function () {
    if (!hasCorpus) this.skip();
  });

  it('builds a sample for nearly every declared trigger and never crashes', () => {
    let triggers = 0;
    let built = 0;
    const crashes: string[] = [];
    for (const file of [...templates(join(corpusDir, 'sam')), ...templates(join(corpusDir, 'serverless'))]) {
      const text = readFileSync(file, 'utf8');
      if (!/^\s+(Events|events):/m.test(text)) continue;
      const model = parseTemplate(text);
      for (const fn of model.functions) {
        triggers += fn.events.length;
        try {
          for (const sample of listTemplateSamples(model, fn.id)) {
            assert.ok(sampleEventForFunction(model, fn.id, sample.eventName));
            built++;
          }
        } catch (error) {
          if (!(error instanceof TemplateEventError)) crashes.push(`${file} ${fn.id}: ${(error as Error).message}`);
        }
      }
    }
    assert.deepEqual(crashes, []);
    assert.ok(triggers > 500, `corpus has triggers (${triggers})`);
    assert.ok(built / triggers > 0.95, `samples built for ${built} of ${triggers} triggers`);
  });
});
