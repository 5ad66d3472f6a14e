// The parameters most event types share (SAM CLI's names: region, partition, account-id, time) and the
// values derived from them: ARNs, DNS suffixes, source IPs and the id shapes AWS uses.
import { randomBytes } from 'node:crypto';
import type { GenerateContext, ParamSpecs } from './definition';

export const accountParams: ParamSpecs = {
  region: { default: 'us-east-1', help: 'AWS region', kind: 'region' },
  partition: { default: 'aws', help: 'AWS partition (aws, aws-cn, aws-us-gov)' },
  'account-id': { default: '123456789012', help: 'AWS account id', kind: 'account-id' },
};

export const regionParams: ParamSpecs = {
  region: accountParams.region,
  partition: accountParams.partition,
};

export const timeParam: ParamSpecs = {
  time: { default: 'now', help: 'when the event happened: ISO 8601, or now', kind: 'time' },
};

/** `arn:partition:service:region:account:resource`; region/account left empty where the service has none (S3). */
export function arn(ctx: GenerateContext, service: string, resource: string, scope: { region?: boolean; account?: boolean } = {}): string {
  const region = scope.region === false ? '' : ctx.param('region');
  const account = scope.account === false ? '' : ctx.param('account-id');
  return `arn:${ctx.param('partition')}:${service}:${region}:${account}:${resource}`;
}

/** Upper-case hex, as S3 request ids and CloudFront ids look. */
export function hexId(bytes: number): string {
  return randomBytes(bytes).toString('hex').toUpperCase();
}

/** Base64 of random bytes, as `x-amz-id-2` and other opaque tokens look. */
export function opaqueToken(bytes: number): string {
  return randomBytes(bytes).toString('base64');
}

/** A documentation-range client address (RFC 5737), never a real host. */
export const SOURCE_IP = '198.51.100.23';
export const USER_AGENT = 'Mozilla/5.0 (lambda-workbench sample event)';
