import { strict as assert } from 'node:assert';
import { generateTypedEvent } from '../../events';

describe('events: API Gateway', () => {
  it('aws-proxy fills path parameters from the resource template and the query string', () => {
    const event = generateTypedEvent('apigateway', 'aws-proxy', {
      method: 'get',
      resource: '/photos/{id}',
      path: '/photos/42',
      query: 'size=small&tag=a&tag=b',
      body: '',
      region: 'eu-west-1',
    });
    assert.equal(event.httpMethod, 'GET');
    assert.deepEqual(event.pathParameters, { id: '42' });
    assert.deepEqual(event.queryStringParameters, { size: 'small', tag: 'b' });
    assert.deepEqual(event.multiValueQueryStringParameters, { size: ['small'], tag: ['a', 'b'] });
    assert.equal(event.body, null);
    assert.equal(event.requestContext.path, '/prod/photos/42');
    assert.equal(event.headers.host, '1234567890.execute-api.eu-west-1.amazonaws.com');
  });

  it('http-api-proxy (2.0) has the route key, raw path and comma-joined query values', () => {
    const event = generateTypedEvent('apigateway', 'http-api-proxy', { route: '/photos/{id}', path: '/photos/7', query: 'tag=a&tag=b' });
    assert.equal(event.version, '2.0');
    assert.equal(event.routeKey, 'GET /photos/{id}');
    assert.equal(event.rawPath, '/photos/7');
    assert.deepEqual(event.pathParameters, { id: '7' });
    assert.deepEqual(event.queryStringParameters, { tag: 'a,b' });
    assert.equal(event.requestContext.http.method, 'GET');
  });

  it('websocket: $connect has no body, message routes carry it, ids and times derived', () => {
    const connect = generateTypedEvent('apigateway', 'websocket', { 'route-key': '$connect' });
    assert.equal(connect.requestContext.eventType, 'CONNECT');
    assert.equal(connect.body, undefined);
    const message = generateTypedEvent('apigateway', 'websocket', { body: 'hi', time: '2024-01-01T00:01:00Z' });
    assert.equal(message.requestContext.eventType, 'MESSAGE');
    assert.equal(message.body, 'hi');
    assert.equal(message.requestContext.connectedAt, Date.parse('2024-01-01T00:00:00Z'));
  });

  it('authorizer methodArn is built from region, account, api, stage, method and resource', () => {
    const event = generateTypedEvent('apigateway', 'authorizer', { 'account-id': '111122223333', restApiId: 'abc123', resource: '/photos' });
    assert.equal(event.methodArn, 'arn:aws:execute-api:us-east-1:111122223333:abc123/prod/GET/photos');
    assert.equal(event.type, 'TOKEN');
  });
});
