// Template-aware samples: the event a function's declared trigger would deliver (its bucket, key
// filters, queue, route, schedule…), for F5 and `generate-event --function`.
import { findFunction, FunctionNotFoundError, getValue, resolveFunction, VariableResolver, type EventModel, type TemplateModel } from '../template-model';
import { catalogByName } from './catalog';
import { TemplateEventError } from './definition';
import { sampleSpecFor, type TemplateSampleSpec } from './template-events';
import { plainValue, TemplateValues } from './template-values';

export interface TemplateSampleOptions {
  /** serverless.yml stage (default provider.stage, else dev). */
  stage?: string;
  /** Default region when the template sets none. */
  region?: string;
  accountId?: string;
}

export interface TemplateSample extends TemplateSampleSpec {
  /** The template's name for the trigger: SAM event key or serverless.yml `<type><index>`. */
  eventName: string;
}

/** serverless.yml's stage as the framework picks it (`--stage`, else provider.stage, else dev). */
function serverlessStage(model: TemplateModel, resolver: VariableResolver | undefined): string | undefined {
  const stage = plainValue(getValue(model.serverless?.provider, 'stage'), resolver);
  return resolver && typeof stage === 'string' ? (resolver.options.stage ?? stage) : undefined;
}

/** A serverless.yml event's settings with variables resolved (`- s3: { bucket: ${self:custom.bucket} }`). */
function eventProperties(event: EventModel, resolver: VariableResolver | undefined): unknown {
  return resolver && event.node.kind === 'map' ? plainValue(event.node.entries[0]?.value, resolver) : event.properties;
}

/** Every declared trigger of the function that maps to a sample, in template order. */
export function listTemplateSamples(model: TemplateModel, functionId: string, options: TemplateSampleOptions = {}): TemplateSample[] {
  const fn = findFunction(model, functionId);
  if (!fn) throw new FunctionNotFoundError(functionId, model.functions.map((f) => f.id));
  const config = resolveFunction(model, fn.id, { stage: options.stage, region: options.region });
  const resolver = fn.kind === 'serverless' ? new VariableResolver(model, { stage: options.stage }) : undefined;
  const stage = serverlessStage(model, resolver) ?? options.stage ?? 'dev';
  const values = new TemplateValues(model, { region: config.region, accountId: options.accountId ?? '123456789012', stage, partition: 'aws' }, resolver);
  const scope: Record<string, string> = { region: config.region, 'account-id': values.scope.accountId };
  return fn.events.flatMap((event) => {
    const spec = sampleSpecFor(values, fn.id, fn.kind, { ...event, properties: eventProperties(event, resolver) });
    if (!spec) return [];
    // Every sample of the function happens in its region and account, where the generator has those.
    const declared = catalogByName[spec.source]?.[spec.type]?.params ?? {};
    const inherited = Object.fromEntries(Object.entries(scope).filter(([name]) => name in declared));
    return [{ eventName: event.name, ...spec, params: { ...inherited, ...spec.params } }];
  });
}

/**
 * Which sample matches the function's trigger `eventName` (default: its first trigger that maps to one).
 * Throws FunctionNotFoundError, or TemplateEventError naming the triggers there are.
 */
export function templateSampleFor(model: TemplateModel, functionId: string, eventName?: string, options: TemplateSampleOptions = {}): TemplateSample {
  const samples = listTemplateSamples(model, functionId, options);
  const declared = findFunction(model, functionId)?.events.map((e) => `${e.name} (${e.type})`) ?? [];
  if (eventName === undefined) {
    if (samples[0]) return samples[0];
    throw new TemplateEventError(
      declared.length
        ? `No sample event matches the triggers of ${functionId}: ${declared.join(', ')}`
        : `Function ${functionId} declares no events; pick a sample event instead (e.g. s3:put)`,
      [],
    );
  }
  const sample = samples.find((s) => s.eventName === eventName);
  if (!sample) {
    throw new TemplateEventError(`Event not found on ${functionId}: ${eventName} (events: ${samples.map((s) => s.eventName).join(', ') || 'none'})`, samples.map((s) => s.eventName));
  }
  return sample;
}
