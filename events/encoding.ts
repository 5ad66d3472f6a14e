// Encodings events carry: base64 bodies and records, gzip (CloudWatch Logs), md5 (SQS bodies),
// S3's URL-encoded keys and the time formats services write.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** CloudWatch Logs subscription payload: gzip, then base64. */
export const gzipBase64 = (text: string): string => gzipSync(Buffer.from(text, 'utf8')).toString('base64');

export const md5Hex = (text: string): string => createHash('md5').update(text, 'utf8').digest('hex');

/** S3 notifications URL-encode keys with `+` for spaces (form encoding), keeping `/`. */
export const s3KeyEncode = (key: string): string => encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');

/** `2019-03-04T10:11:12Z`: EventBridge and CloudWatch Events write whole seconds. */
export const isoSeconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** API Gateway's `requestTime`: `04/Mar/2019:10:11:12 +0000`. */
export function clfTime(date: Date): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${months[date.getUTCMonth()]}/${date.getUTCFullYear()}:${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

/** Epoch seconds with a fraction, as SQS/DynamoDB/Kinesis write `approximateArrivalTimestamp`. */
export const epochSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);
