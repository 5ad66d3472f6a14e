// Orders the choices of the "New Event" quick pick: first the samples the function's own triggers map to
// (with the template's bucket, queue, route…), then the whole catalog with the triggers' sources first.

/** The part of the events module's catalog entry the picker shows. */
export interface SampleEventEntry {
  source: string;
  type: string;
  help: string;
  params: Record<string, { default: string; help: string }>;
}

/** The part of a template sample (events module) the picker uses. */
export interface TriggerSample {
  eventName: string;
  source: string;
  type: string;
  params: Record<string, string>;
  constantInput?: unknown;
}

export interface SamplePick {
  /** `SOURCE:TYPE` */
  sample: string;
  help: string;
  /** Parameter values that replace the catalog's defaults. */
  params: Record<string, string>;
  /** The trigger this sample comes from, when it does. */
  trigger?: string;
  /** A schedule's constant Input: the event itself. */
  constantInput?: unknown;
  /** The function declares a trigger of this source. */
  suggested: boolean;
}

/** Trigger types (SAM `Type`, serverless.yml event key), lower-cased, to the catalog's SAM CLI source names. */
const TRIGGER_SOURCES: Record<string, string[]> = {
  s3: ['s3'],
  sqs: ['sqs'],
  sns: ['sns'],
  api: ['apigateway'],
  http: ['apigateway'],
  httpapi: ['apigateway'],
  websocket: ['apigateway'],
  alb: ['alb'],
  schedule: ['cloudwatch', 'eventbridge'],
  schedulev2: ['cloudwatch', 'eventbridge'],
  cloudwatchevent: ['cloudwatch', 'eventbridge'],
  eventbridgerule: ['eventbridge', 'cloudwatch'],
  eventbridge: ['eventbridge', 'cloudwatch'],
  cloudwatchlogs: ['cloudwatch'],
  dynamodb: ['dynamodb'],
  stream: ['dynamodb', 'kinesis'],
  kinesis: ['kinesis'],
  msk: ['kafka'],
  selfmanagedkafka: ['kafka'],
  kafka: ['kafka'],
  mq: ['mq'],
  cognito: ['cognito'],
  cognitouserpool: ['cognito'],
  iotrule: ['iot'],
  iot: ['iot'],
  alexaskill: ['alexa'],
  alexaskillset: ['alexa'],
  cloudfront: ['cloudfront'],
};

export function triggerSources(triggerTypes: string[]): Set<string> {
  return new Set(triggerTypes.flatMap((type) => TRIGGER_SOURCES[type.toLowerCase()] ?? [type.toLowerCase()]));
}

export function samplePicks(entries: SampleEventEntry[], triggerTypes: string[], triggerSamples: TriggerSample[] = []): SamplePick[] {
  const help = (source: string, type: string) => entries.find((e) => e.source === source && e.type === type)?.help ?? '';
  const fromTriggers = triggerSamples.map((s) => ({
    sample: `${s.source}:${s.type}`,
    help: help(s.source, s.type),
    params: s.params,
    trigger: s.eventName,
    constantInput: s.constantInput,
    suggested: true,
  }));
  const sources = triggerSources(triggerTypes);
  const catalog = entries.map((entry) => ({ sample: `${entry.source}:${entry.type}`, help: entry.help, params: {}, suggested: sources.has(entry.source) }));
  return [...fromTriggers, ...catalog.filter((p) => p.suggested), ...catalog.filter((p) => !p.suggested)];
}

/** A default file name for a new event: the trigger's name or `s3-put`, with `-2`… when taken. */
export function defaultEventName(pick: Pick<SamplePick, 'sample' | 'trigger'>, taken: string[]): string {
  const base = (pick.trigger ?? pick.sample).replace(/[^A-Za-z0-9._-]+/g, '-');
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
