import { strict as assert } from 'node:assert';
import { generateTypedEvent } from '../../events';

describe('events: ALB, function URLs, CloudFront, AppSync and IoT', () => {
  it('alb request: target group ARN, URL-encoded query, multi-value form on request', () => {
    const single = generateTypedEvent('alb', 'request', { path: '/items', query: 'q=a b', 'target-group': 'tg' });
    assert.match(single.requestContext.elb.targetGroupArn, /^arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup\/tg\//);
    assert.deepEqual(single.queryStringParameters, { q: 'a%20b' });
    assert.equal(single.multiValueHeaders, undefined);
    const multi = generateTypedEvent('alb', 'request', { 'multi-value': 'true', query: 'tag=a&tag=b' });
    assert.deepEqual(multi.multiValueQueryStringParameters, { tag: ['a', 'b'] });
    assert.equal(multi.headers, undefined);
  });

  it('lambda function-url: 2.0 payload on the URL host, cookies moved out of the headers', () => {
    const event = generateTypedEvent('lambda', 'function-url', { method: 'post', path: '/hook', body: '{"a":1}', headers: '{"Cookie":"s=1; t=2"}' });
    assert.equal(event.routeKey, '$default');
    assert.equal(event.requestContext.http.method, 'POST');
    assert.equal(event.headers.host, 'abcdefghijklmnopqrstuvwxyz123456.lambda-url.us-east-1.on.aws');
    assert.deepEqual(event.cookies, ['s=1', 't=2']);
    assert.equal(event.headers.cookie, undefined);
    assert.equal(event.body, '{"a":1}');
    assert.equal(event.headers['content-length'], '7');
    assert.match(event.headers['x-amzn-trace-id'] ?? '', /^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
  });

  it('cloudfront: viewer request headers in CloudFront form, origin request with an origin', () => {
    const viewer = generateTypedEvent('cloudfront', 'ab-test', { uri: '/index.html' });
    const { cf } = viewer.Records[0];
    assert.equal(cf.config.eventType, 'viewer-request');
    assert.equal(cf.request.uri, '/index.html');
    assert.deepEqual(cf.request.headers.cookie, [{ key: 'Cookie', value: 'X-Experiment-Name=B' }]);
    const origin = generateTypedEvent('cloudfront', 'redirect-on-viewer-country');
    assert.equal(origin.Records[0].cf.config.eventType, 'origin-request');
    assert.ok(origin.Records[0].cf.request.origin?.s3);
    assert.equal(origin.Records[0].cf.request.headers.host[0].value, origin.Records[0].cf.request.origin?.s3?.domainName);
    const response = generateTypedEvent('cloudfront', 'modify-response-header');
    assert.equal(response.Records[0].cf.response.status, '200');
  });

  it('appsync direct-resolver: arguments, field and selection set', () => {
    const event = generateTypedEvent('appsync', 'direct-resolver', { field: 'getPhoto', arguments: '{"id":"9"}', selection: 'id, url' });
    assert.deepEqual(event.arguments, { id: '9' });
    assert.equal(event.info.fieldName, 'getPhoto');
    assert.deepEqual(event.info.selectionSetList, ['id', 'url']);
  });

  it('iot rule: the selected message plus its topic; custom authorizer password base64', () => {
    const rule = generateTypedEvent('iot', 'rule', { payload: '{"t":20}', topic: 'a/b' });
    assert.deepEqual(rule, { t: 20, topic: 'a/b' });
    const auth = generateTypedEvent('iot', 'custom-authorizer', { password: 'pw' });
    assert.equal(auth.protocolData.mqtt?.password, Buffer.from('pw').toString('base64'));
  });
});
