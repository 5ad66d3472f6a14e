// Every sample event source and type, by SAM CLI's names (`sam local generate-event SOURCE TYPE`) and,
// for sources SAM lacks, names in the same style. One file per source holds its types.
import { apigatewayEvents } from './apigateway';
import type { EventDefinition } from './definition';
import { s3Events } from './s3';
import { sqsEvents } from './sqs';

export const catalog = {
  apigateway: apigatewayEvents,
  s3: s3Events,
  sqs: sqsEvents,
};

export type Catalog = typeof catalog;

/** The untyped view, for lookups by user-given names. */
export const catalogByName: Record<string, Record<string, EventDefinition<unknown>>> = catalog;
