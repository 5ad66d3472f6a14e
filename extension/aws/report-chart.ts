// Renders REPORT lines as an HTML page with an inline SVG chart: duration and max memory per invocation.
// Pure (no vscode), so the webview gets static markup under a CSP that allows no scripts.
import type { ReportLine } from '../../remote';

const WIDTH = 640;
const HEIGHT = 160;
const PAD = 32;

export function renderReportChart(functionName: string, reports: ReportLine[], cspSource: string): string {
  const csp = `default-src 'none'; style-src ${cspSource} 'unsafe-inline'; img-src ${cspSource} data:;`;
  const last = reports.slice(-200);
  const body =
    last.length === 0
      ? '<p>No REPORT lines yet: invoke the function and they appear here as the log tail reads them.</p>'
      : [
          chart('Duration (ms)', last.map((r) => r.durationMs), last.map((r) => r.initDurationMs !== undefined), 'var(--vscode-charts-blue, #3794ff)'),
          chart(`Max memory used (MB of ${last[last.length - 1].memorySizeMb})`, last.map((r) => r.maxMemoryUsedMb), [], 'var(--vscode-charts-orange, #d18616)', last[last.length - 1].memorySizeMb),
          summary(last),
        ].join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${csp}">
<title>REPORT: ${escapeHtml(functionName)}</title>
<style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground)} svg{background:var(--vscode-editor-background)} .axis{stroke:var(--vscode-foreground);stroke-opacity:.3} text{fill:var(--vscode-foreground);font-size:11px}</style>
</head><body><h2>${escapeHtml(functionName)} — ${last.length} invocations</h2>
${body}
</body></html>`;
}

function chart(title: string, values: number[], cold: boolean[], color: string, ceiling?: number): string {
  const max = Math.max(ceiling ?? 0, ...values, 1);
  const x = (i: number): number => PAD + (values.length === 1 ? 0 : (i * (WIDTH - 2 * PAD)) / (values.length - 1));
  const y = (v: number): number => HEIGHT - PAD - (v / max) * (HEIGHT - 2 * PAD);
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const marks = values
    .map((v, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="${cold[i] ? 4 : 2}" fill="${color}"><title>#${i + 1}: ${v}${cold[i] ? ' (cold start)' : ''}</title></circle>`)
    .join('');
  return `<h3>${escapeHtml(title)}</h3>
<svg width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(title)}">
<line class="axis" x1="${PAD}" y1="${HEIGHT - PAD}" x2="${WIDTH - PAD}" y2="${HEIGHT - PAD}"/>
<line class="axis" x1="${PAD}" y1="${PAD}" x2="${PAD}" y2="${HEIGHT - PAD}"/>
<text x="2" y="${PAD}">${round(max)}</text><text x="2" y="${HEIGHT - PAD}">0</text>
<polyline fill="none" stroke="${color}" stroke-width="1.5" points="${points}"/>${marks}
</svg>`;
}

function summary(reports: ReportLine[]): string {
  const durations = reports.map((r) => r.durationMs).sort((a, b) => a - b);
  const p = (q: number): number => durations[Math.min(durations.length - 1, Math.ceil(q * durations.length) - 1)];
  const colds = reports.filter((r) => r.initDurationMs !== undefined).length;
  const memory = Math.max(...reports.map((r) => r.maxMemoryUsedMb));
  return `<p>p50 ${round(p(0.5))} ms · p99 ${round(p(0.99))} ms · max memory ${memory} MB · ${colds} cold start${colds === 1 ? '' : 's'}</p>`;
}

function round(value: number): number {
  return Number(value.toFixed(2));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
