// Orders the sample event catalog for the "New Event" quick pick: the sources of the function's declared
// triggers first, so an S3-triggered function offers `s3:put` at the top.

/** The part of the events module's catalog entry the picker shows. */
export interface SampleEventEntry {
  source: string;
  type: string;
  help: string;
  params: Record<string, { default: string; help: string }>;
}

export interface SamplePick {
  sample: string;
  entry: SampleEventEntry;
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

export function samplePicks(entries: SampleEventEntry[], triggerTypes: string[]): SamplePick[] {
  const sources = triggerSources(triggerTypes);
  const picks = entries.map((entry) => ({ sample: `${entry.source}:${entry.type}`, entry, suggested: sources.has(entry.source) }));
  return [...picks.filter((p) => p.suggested), ...picks.filter((p) => !p.suggested)];
}

/** A default file name for a new event: `s3-put`, or `s3-put-2` when taken. */
export function defaultEventName(sample: string, taken: string[]): string {
  const base = sample.replace(/[^A-Za-z0-9._-]+/g, '-');
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
