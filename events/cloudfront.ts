// Lambda@Edge events (SAM's `cloudfront …` types, one per SAM blueprint): a viewer/origin request or
// response for a distribution, headers in CloudFront's lower-case key → [{ key, value }] form.
// Shape: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
import type { CloudFrontHeaders, CloudFrontRequest, CloudFrontRequestEvent, CloudFrontResponseEvent } from 'aws-lambda';
import { SOURCE_IP, USER_AGENT } from './aws';
import { defineEvent, type GenerateContext, type ParamSpecs } from './definition';

type EventType = 'viewer-request' | 'origin-request' | 'viewer-response' | 'origin-response';

const params = (uri = '/test'): ParamSpecs => ({
  uri: { default: uri, help: 'request URI' },
  method: { default: 'GET', help: 'HTTP method', kind: 'http-method' },
  querystring: { default: '', help: 'query string without "?"' },
  'distribution-id': { default: 'EDFDVBD6EXAMPLE', help: 'distribution id' },
  'distribution-domain': { default: 'd111111abcdef8.cloudfront.net', help: 'distribution domain name' },
});

function headers(pairs: Record<string, string>): CloudFrontHeaders {
  return Object.fromEntries(Object.entries(pairs).map(([key, value]) => [key.toLowerCase(), [{ key, value }]]));
}

const ORIGIN_DOMAIN = 'example-bucket.s3.amazonaws.com';

function request(ctx: GenerateContext, eventType: EventType, extraHeaders: Record<string, string>): CloudFrontRequest {
  // Toward the origin CloudFront sends the origin's Host; viewers address the distribution.
  const host = eventType === 'origin-request' ? ORIGIN_DOMAIN : ctx.param('distribution-domain');
  const base: CloudFrontRequest = {
    clientIp: SOURCE_IP,
    method: ctx.param('method').toUpperCase(),
    uri: ctx.param('uri'),
    querystring: ctx.param('querystring'),
    headers: headers({ Host: host, 'User-Agent': USER_AGENT, ...extraHeaders }),
  };
  if (eventType !== 'origin-request') return base;
  return { ...base, origin: { s3: { authMethod: 'none', customHeaders: {}, domainName: ORIGIN_DOMAIN, path: '' } } };
}

function config(ctx: GenerateContext, eventType: EventType) {
  // CloudFront request ids are 56 characters of URL-safe base64.
  const requestId = Buffer.from(ctx.uuid() + ctx.uuid()).toString('base64url').slice(0, 56);
  return { distributionDomainName: ctx.param('distribution-domain'), distributionId: ctx.param('distribution-id'), eventType, requestId };
}

const requestEvent = (help: string, eventType: 'viewer-request' | 'origin-request', extra: Record<string, string> = {}, uri?: string, querystring?: string) =>
  defineEvent<CloudFrontRequestEvent>({
    help,
    params: { ...params(uri), ...(querystring ? { querystring: { default: querystring, help: 'query string without "?"' } } : {}) },
    generate: (ctx) => ({ Records: [{ cf: { config: config(ctx, eventType), request: request(ctx, eventType, extra) } }] }),
  });

const responseEvent = (help: string, eventType: 'viewer-response' | 'origin-response', responseHeaders: Record<string, string>) =>
  defineEvent<CloudFrontResponseEvent>({
    help,
    params: params(),
    generate: (ctx) => ({
      Records: [
        {
          cf: {
            config: config(ctx, eventType),
            request: request(ctx, eventType, {}),
            response: { status: '200', statusDescription: 'OK', headers: headers(responseHeaders) },
          },
        },
      ],
    }),
  });

const viewer = { 'CloudFront-Viewer-Country': 'US' };
const devices = { 'CloudFront-Is-Desktop-Viewer': 'true', 'CloudFront-Is-Mobile-Viewer': 'false', 'CloudFront-Is-SmartTV-Viewer': 'false', 'CloudFront-Is-Tablet-Viewer': 'false' };

export const cloudfrontEvents = {
  'ab-test': requestEvent('Viewer request for an A/B test on a cookie', 'viewer-request', { Cookie: 'X-Experiment-Name=B' }),
  'access-request-in-response': responseEvent('Viewer response that reads the request', 'viewer-response', { 'Content-Type': 'text/html' }),
  'http-redirect': requestEvent('Viewer request answered with an HTTP redirect', 'viewer-request'),
  'modify-querystring': requestEvent('Viewer request whose query string is rewritten', 'viewer-request', {}, '/test', 'width=100&height=200'),
  'modify-response-header': responseEvent('Origin response whose headers are changed', 'origin-response', {
    'Last-Modified': 'Thu, 01 Jan 2024 00:00:00 GMT',
    Server: 'AmazonS3',
  }),
  'multiple-remote-calls-aggregate-response': requestEvent(
    'Origin request answered by aggregating remote calls',
    'origin-request',
    {},
    '/forecast/Seattle:NewYork:Chicago:SanFrancisco',
  ),
  'normalize-querystring-to-improve-cache-hit': requestEvent('Viewer request with an unsorted query string', 'viewer-request', {}, '/test', 'size=LARGE&color=RED'),
  'redirect-on-viewer-country': requestEvent('Origin request redirected by viewer country', 'origin-request', viewer),
  'redirect-unauthenticated-users': requestEvent('Viewer request without a session cookie', 'viewer-request'),
  'response-generation': requestEvent('Origin request answered with a generated response', 'origin-request'),
  'serve-object-on-viewer-device': requestEvent('Origin request that picks an object by device type', 'origin-request', devices),
  'simple-remote-call': requestEvent('Origin request that makes a remote call', 'origin-request'),
};
