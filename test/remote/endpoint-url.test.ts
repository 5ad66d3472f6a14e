// The custom endpoints the editor accepts for an AWS connection: signed requests go over plain http only to this machine.
import { strict as assert } from 'node:assert';
import { endpointUrlProblem } from '../../remote';

describe('remote: connection endpoint URLs', () => {
  it('takes empty (AWS itself), https anywhere and http to a loopback name', () => {
    for (const url of ['', 'https://lambda.example.com', 'https://10.0.0.5:4566', 'http://127.0.0.1:3001', 'http://localhost:4566', 'http://[::1]:3001']) {
      assert.equal(endpointUrlProblem(url), undefined, url);
    }
  });

  it('refuses plain http to another host, and what is not an http(s) URL', () => {
    assert.equal(endpointUrlProblem('http://attacker.example'), 'Plain http only to this machine (127.0.0.1, localhost); use https for other hosts');
    assert.equal(endpointUrlProblem('http://192.168.1.20:4566'), 'Plain http only to this machine (127.0.0.1, localhost); use https for other hosts');
    for (const url of ['127.0.0.1:3001', 'ftp://127.0.0.1', 'not a url']) assert.equal(endpointUrlProblem(url), 'An http(s) URL, or empty', url);
  });
});
