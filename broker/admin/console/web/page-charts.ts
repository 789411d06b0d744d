/**
 * Live charts: a topic's throughput (records per second, from the growth of its partitions' high
 * watermarks between polls) and a group's total lag (its lag summary), polling the REST API.
 */
import { type Series, drawChart, pushPoint } from './chart.js';
import { type Topic, fetchPartitions, fetchTopics, latestOffset } from './cluster-model.js';
import { type Child, errorText, field, formatNumber, h, notice, replaceChildren } from './dom.js';
import { type ConsumerGroup, fetchLagSummary, groupsPath } from './page-groups.js';
import { listAll } from './api.js';
import type { Page, PageContext } from './page.js';

/** How often the charts poll: often enough to look live, rare enough for a 1,000-partition topic. */
export const chartPollIntervalMs = 2_000;

function chartBox(title: string, select: HTMLSelectElement, id: string): { box: HTMLElement; canvas: HTMLCanvasElement; summary: HTMLElement } {
  const canvas = h('canvas', { id, 'aria-hidden': 'true' });
  const summary = h('p', { class: 'chart-summary', id: `${id}-summary` }, 'Waiting for data…');
  return { box: h('section', { class: 'chart' }, h('h2', {}, title), field(title === 'Throughput' ? 'Topic' : 'Group', select), canvas, summary), canvas, summary };
}

function options(names: string[]): Child[] {
  return names.map((n) => h('option', { value: n }, n));
}

/** Sum of the topic's high watermarks: its growth over time is the topic's records in. */
async function totalOffset(topic: string): Promise<number> {
  return (await fetchPartitions(topic)).reduce((sum, p) => sum + (latestOffset(p) ?? 0), 0);
}

function throughputChart(ctx: PageContext, topics: Topic[]): HTMLElement {
  const select = h('select', {}, ...options(topics.filter((t) => !t.is_internal).map((t) => t.topic_name)));
  const { box, canvas, summary } = chartBox('Throughput', select, 'throughput-chart');
  let series: Series = { label: select.value, points: [] };
  let last: { atMs: number; total: number } | undefined;
  select.addEventListener('change', () => { series = { label: select.value, points: [] }; last = undefined; });
  ctx.poll(async () => {
    if (select.value === '') return void replaceChildren(summary, 'No topics.');
    const topic = select.value;
    const total = await totalOffset(topic);
    const atMs = Date.now();
    if (topic !== series.label) return;
    if (last !== undefined) {
      const rate = Math.max(0, ((total - last.total) * 1000) / Math.max(1, atMs - last.atMs));
      pushPoint(series, atMs, rate);
      summary.textContent = `${topic}: ${formatNumber(Math.round(rate))} records/s now, ${formatNumber(total)} records written in all.`;
    }
    last = { atMs, total };
    drawChart(canvas, series, 'records/s');
  }, chartPollIntervalMs);
  return box;
}

function lagChart(ctx: PageContext, groups: ConsumerGroup[]): HTMLElement {
  const select = h('select', {}, ...options(groups.map((g) => g.consumer_group_id)));
  const { box, canvas, summary } = chartBox('Consumer lag', select, 'lag-chart');
  let series: Series = { label: select.value, points: [] };
  select.addEventListener('change', () => { series = { label: select.value, points: [] }; });
  ctx.poll(async () => {
    if (select.value === '') return void replaceChildren(summary, 'No consumer groups.');
    const group = select.value;
    const lag = await fetchLagSummary(group);
    if (group !== series.label) return;
    pushPoint(series, Date.now(), lag.total_lag);
    summary.textContent = `${group}: total lag ${formatNumber(lag.total_lag)}, max lag ${formatNumber(lag.max_lag)}.`;
    drawChart(canvas, series, 'records behind');
  }, chartPollIntervalMs);
  return box;
}

export const chartsPage: Page = async (ctx) => {
  ctx.heading('Live charts');
  const topics = await fetchTopics();
  let groups: ConsumerGroup[] = [];
  let groupsError: Child = null;
  try {
    groups = await listAll<ConsumerGroup>(await groupsPath());
  } catch (error) {
    groupsError = notice('error', `Consumer groups unavailable: ${errorText(error)}`);
  }
  ctx.view.append(h('p', {}, `Polled every ${chartPollIntervalMs / 1000} s while this page is open.`),
    h('div', { class: 'charts' }, throughputChart(ctx, topics), groupsError ?? lagChart(ctx, groups)));
};
