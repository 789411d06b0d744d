/**
 * A small line chart on a canvas (no chart library: the console works offline and loads
 * nothing from elsewhere). The canvas is decorative for assistive technology; the same figures
 * are in the text summary beside it.
 */

/** Points kept per series: two minutes at the charts' poll interval. */
export const chartPointsMax = 60;

export interface Series {
  label: string;
  points: Array<{ atMs: number; value: number }>;
}

export function pushPoint(series: Series, atMs: number, value: number): void {
  series.points.push({ atMs, value });
  if (series.points.length > chartPointsMax) series.points.splice(0, series.points.length - chartPointsMax);
}

const padding = { left: 64, right: 12, top: 12, bottom: 24 };

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / magnitude) * magnitude;
}

function style(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export function drawChart(canvas: HTMLCanvasElement, series: Series, unit: string): void {
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth || 600;
  const height = canvas.clientHeight || 200;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const g = canvas.getContext('2d');
  if (!g) return;
  g.scale(ratio, ratio);
  g.clearRect(0, 0, width, height);
  const max = niceMax(Math.max(0, ...series.points.map((p) => p.value)));
  const plotW = width - padding.left - padding.right;
  const plotH = height - padding.top - padding.bottom;
  g.font = '12px system-ui, sans-serif';
  g.fillStyle = style('--muted', '#555');
  g.strokeStyle = style('--grid', '#ddd');
  for (let i = 0; i <= 4; i++) {
    const y = padding.top + plotH - (plotH * i) / 4;
    g.beginPath();
    g.moveTo(padding.left, y);
    g.lineTo(width - padding.right, y);
    g.stroke();
    g.fillText(`${((max * i) / 4).toLocaleString('en-US', { maximumFractionDigits: 1 })}`, 4, y + 4);
  }
  g.fillText(unit, padding.left, height - 6);
  if (series.points.length < 2) return;
  const first = series.points[0]!.atMs;
  const span = Math.max(1, series.points[series.points.length - 1]!.atMs - first);
  g.strokeStyle = style('--accent', '#1f6feb');
  g.lineWidth = 2;
  g.beginPath();
  series.points.forEach((p, i) => {
    const x = padding.left + (plotW * (p.atMs - first)) / span;
    const y = padding.top + plotH - (plotH * p.value) / max;
    if (i === 0) g.moveTo(x, y);
    else g.lineTo(x, y);
  });
  g.stroke();
}
