// SAM event sources (`Events` of functions and state machines): each event's `Properties` checked against
// the specification of its `Type` (S3, SQS, Api, HttpApi, Schedule, … every type SAM defines).
import type { Diagnostic } from 'vscode-languageserver/node';
import { getEntry, getString, getValue } from '../../template-model';
import { getResourceType, getSamEventType } from '../spec';
import { error, type Check } from './check';
import { checkMapping } from './value-types';

export const samEventsCheck: Check = {
  name: 'sam-events',
  dialects: ['sam'],
  run(model) {
    const out: Diagnostic[] = [];
    for (const resource of model.resources) {
      const type = resource.type?.value;
      const spec = type ? getResourceType(type) : undefined;
      const events = getValue(resource.properties, 'Events');
      if (!type || spec?.kind !== 'sam' || events?.kind !== 'map') continue;
      for (const event of events.entries) {
        const eventType = getString(getValue(event.value, 'Type'));
        const eventSpec = eventType ? getSamEventType(type, eventType) : undefined;
        if (!eventSpec) continue;
        const properties = getEntry(event.value, 'Properties');
        const label = `${eventType} event ${event.key}`;
        if (!properties) {
          if (eventSpec.propertiesRequired) {
            out.push(error(event.keyRange, 'E3003', `${label} needs Properties (see ${eventSpec.docsUrl}).`, { missingProperties: ['Properties'] }));
          }
          continue;
        }
        checkMapping({ spec, properties: eventSpec.properties, label, anchor: properties.keyRange }, properties.value, out);
      }
    }
    return out;
  },
};
