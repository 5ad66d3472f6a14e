import { strict as assert } from 'node:assert';
import { renderReportChart } from '../../../extension/aws/report-chart';

describe('extension: REPORT chart', () => {
  const reports = [
    { requestId: 'a', durationMs: 120.5, billedDurationMs: 121, memorySizeMb: 128, maxMemoryUsedMb: 70, initDurationMs: 180 },
    { requestId: 'b', durationMs: 3.2, billedDurationMs: 4, memorySizeMb: 128, maxMemoryUsedMb: 71 },
  ];

  it('draws duration and memory with a CSP that allows no scripts', () => {
    const html = renderReportChart('thumbnail<x>', reports, 'vscode-resource:');
    assert.match(html, /content="default-src 'none'; style-src vscode-resource: 'unsafe-inline'; img-src vscode-resource: data:;"/);
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /thumbnail&#60;x&#62; — 2 invocations/);
    assert.match(html, /<title>#1: 120.5 \(cold start\)<\/title>/);
    assert.match(html, /Max memory used \(MB of 128\)/);
    assert.match(html, /p50 3.2 ms · p99 120.5 ms · max memory 71 MB · 1 cold start</);
  });

  it('explains an empty chart', () => {
    assert.match(renderReportChart('fn', [], 'x'), /No REPORT lines yet/);
  });
});
