// The events module: sample events for every Lambda event source (typed, SAM CLI names), events shaped
// by a function's declared triggers, and the per-function saved events in the workspace.
// Used by the CLI (`generate-event`, `invoke --sample`), the debug adapter (`sampleEvent`) and the extension.
import type { TemplateModel } from '../template-model';
import { catalogByName, type Catalog } from './catalog';
import { makeContext, UnknownSampleEventError, type EventDefinition, type ParamSpec } from './definition';
import { createSavedEvent, type SavedEventRef } from './saved-events';
import { listTemplateSamples, templateSampleFor, type TemplateSampleOptions } from './template-sample';

export type SampleSource = keyof Catalog;
export type SampleType<S extends SampleSource> = keyof Catalog[S] & string;
/** The @types/aws-lambda type a source/type generates, e.g. `SampleEventOf<'s3', 'put'>` is `S3Event`. */
export type SampleEventOf<S extends SampleSource, T extends SampleType<S>> = Catalog[S][T] extends EventDefinition<infer E> ? E : never;

export interface SampleEventInfo {
  source: string;
  type: string;
  help: string;
  params: Record<string, ParamSpec>;
}

function typesOf(source: string): Record<string, EventDefinition<unknown>> {
  const types = Object.hasOwn(catalogByName, source) ? catalogByName[source] : undefined;
  if (!types) {
    const valid = Object.keys(catalogByName).sort();
    throw new UnknownSampleEventError(`Unknown event source: ${source} (sources: ${valid.join(', ')})`, valid);
  }
  return types;
}

function lookup(source: string, type: string): EventDefinition<unknown> {
  const types = typesOf(source);
  const definition = Object.hasOwn(types, type) ? types[type] : undefined;
  if (!definition) {
    const valid = Object.keys(types).sort();
    throw new UnknownSampleEventError(`Unknown ${source} event type: ${type} (types: ${valid.join(', ')})`, valid);
  }
  return definition;
}

/**
 * A sample event by SAM CLI's source and type names, with parameters by SAM's option names
 * (`{ bucket: 'photos', key: 'a.jpg' }`). Throws UnknownSampleEventError or EventParameterError.
 */
export function generateSampleEvent(source: string, type: string, params: Record<string, string> = {}): unknown {
  const definition = lookup(source, type);
  return definition.generate(makeContext(definition.params, params));
}

/** The typed variant: `generateTypedEvent('s3', 'put')` is an `S3Event`. */
export function generateTypedEvent<S extends SampleSource, T extends SampleType<S>>(
  source: S,
  type: T,
  params: Record<string, string> = {},
): SampleEventOf<S, T> {
  return generateSampleEvent(source, type, params) as SampleEventOf<S, T>;
}

/**
 * Every source and type with its help and parameters, sorted by source then type; only `source`'s types
 * when given, only `source type` when both are (throws UnknownSampleEventError for unknown ones).
 */
export function listSampleEvents(source?: string, type?: string): SampleEventInfo[] {
  const info = (s: string, t: string, d: EventDefinition<unknown>): SampleEventInfo => ({ source: s, type: t, help: d.help, params: d.params });
  if (source !== undefined && type !== undefined) return [info(source, type, lookup(source, type))];
  const sources = source === undefined ? Object.keys(catalogByName) : [source];
  return sources
    .flatMap((s) => Object.entries(typesOf(s)).map(([t, d]) => info(s, t, d)))
    .sort((a, b) => a.source.localeCompare(b.source) || a.type.localeCompare(b.type));
}

/** Parses `s3:put` (the `--sample`/`sampleEvent` form) into source and type. */
export function parseSampleName(name: string): { source: string; type: string } {
  const at = name.indexOf(':');
  if (at <= 0 || at === name.length - 1) {
    throw new UnknownSampleEventError(`Sample event must be SOURCE:TYPE (e.g. s3:put): ${name}`, Object.keys(catalogByName).sort());
  }
  return { source: name.slice(0, at), type: name.slice(at + 1) };
}

/**
 * The event the function's declared trigger `eventName` (default: its first) would deliver, shaped by the
 * template: bucket and key filters, queue, topic, route and method with path parameters, schedule input.
 * Throws FunctionNotFoundError or TemplateEventError.
 */
export function sampleEventForFunction(model: TemplateModel, functionId: string, eventName?: string, options?: TemplateSampleOptions): unknown {
  const sample = templateSampleFor(model, functionId, eventName, options);
  return sample.constantInput !== undefined ? sample.constantInput : generateSampleEvent(sample.source, sample.type, sample.params);
}

/**
 * `--sample s3:put` / `sampleEvent: "s3:put"`: the named sample, shaped by the function's own trigger of
 * that source and type when the template declares one (its bucket, key filters, queue, route…), else the
 * generic sample. Throws UnknownSampleEventError or EventParameterError.
 */
export function sampleEventByName(name: string, template?: { model: TemplateModel; functionId: string }): unknown {
  const { source, type } = parseSampleName(name);
  const declared = template ? listTemplateSamples(template.model, template.functionId).find((s) => s.source === source && s.type === type) : undefined;
  return generateSampleEvent(source, type, declared?.params);
}

/** Saves a generated sample as the function's event `name` (fails if it exists). */
export function createSavedEventFromSample(
  workspaceDir: string,
  functionId: string,
  name: string,
  sample: { source: string; type: string; params?: Record<string, string> },
): Promise<SavedEventRef> {
  return createSavedEvent(workspaceDir, functionId, name, generateSampleEvent(sample.source, sample.type, sample.params));
}

export { EventParameterError, TemplateEventError, UnknownSampleEventError, type ParamSpec } from './definition';
// Shapes @types/aws-lambda lacks (or gets wrong, for S3 deletes), declared beside their generators.
export type { AlexaSkillRequest, AlexaSmartHomeDirective } from './alexa';
export type { BatchGetJobInput, BatchSubmitJobInput } from './batch';
export type { CognitoSyncTriggerEvent } from './cognito';
export type { ConfigRuleEvent } from './config';
export type { DocumentDBChangeEvent } from './documentdb';
export type { KinesisAnalyticsPreprocessingEvent } from './kinesis-analytics';
export type { ActiveMQEvent, RabbitMQEvent } from './mq';
export type { S3ObjectRemovedEvent } from './s3';
export type { GroundTruthConsolidationRequest, GroundTruthPreHumanRequest } from './sagemaker';
export type { StepFunctionsErrorInput } from './stepfunctions';
export type { WorkMailEvent } from './workmail';
export {
  createSavedEvent,
  deleteSavedEvent,
  listSavedEvents,
  readSavedEvent,
  SAVED_EVENTS_DIR,
  SavedEventError,
  savedEventPath,
  updateSavedEvent,
  type SavedEventProblem,
  type SavedEventRef,
} from './saved-events';
export { listTemplateSamples, templateSampleFor, type TemplateSample, type TemplateSampleOptions } from './template-sample';
