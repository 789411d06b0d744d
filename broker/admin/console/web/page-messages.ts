/**
 * The message browser: records of one partition from an offset, a time, the earliest or the
 * latest, through the records route (GET .../partitions/<p>/records, a Samsa extension of v3).
 * Keys, values and headers go through record-format.ts and reach the page as text nodes only.
 */
import { clusterPath, get, seg } from './api.js';
import { type Partition, earliestOffset, fetchPartitions, latestOffset } from './cluster-model.js';
import { type Child, errorText, field, h, notice, replaceChildren } from './dom.js';
import type { Page } from './page.js';
import { type RecordData, type Rendered, renderData } from './record-format.js';

/** The route's bound; the form offers up to this many records at a time. */
export const browseRecordsMax = 100;
const browseRecordsDefault = 20;

interface KafkaRecord {
  partition_id: number;
  offset: number;
  timestamp: number;
  timestamp_type?: string;
  key: RecordData;
  value: RecordData;
  headers?: Array<{ name: string; value: RecordData | string | null }>;
}
interface RecordList { data: KafkaRecord[]; next_offset?: number | null }

function renderedBlock(label: string, rendered: Rendered): Child {
  const detail = rendered.kind === 'null' ? 'null' : `${rendered.kind}, ${rendered.bytes} bytes${rendered.truncated ? ', cut for display' : ''}`;
  return h('div', { class: `datum ${rendered.kind}` }, h('span', { class: 'datum-label' }, `${label} (${detail})`),
    h('pre', { tabindex: 0 }, rendered.text));
}

function headerValue(value: RecordData | string | null): string {
  return typeof value === 'string' ? renderData({ type: 'BINARY', data: value }).text : renderData(value).text;
}

function recordView(r: KafkaRecord): HTMLElement {
  const when = Number.isFinite(r.timestamp) && r.timestamp >= 0 ? new Date(r.timestamp).toISOString() : String(r.timestamp);
  const headers = r.headers ?? [];
  return h('article', { class: 'record', 'aria-label': `Offset ${r.offset}` },
    h('h3', {}, `Partition ${r.partition_id}, offset ${r.offset}`, h('small', {}, ` ${when} (${r.timestamp_type ?? 'timestamp'})`)),
    renderedBlock('Key', renderData(r.key)),
    renderedBlock('Value', renderData(r.value)),
    headers.length === 0 ? null : h('dl', { class: 'headers' }, ...headers.flatMap((x) => [h('dt', {}, x.name), h('dd', {}, headerValue(x.value))])));
}

type StartMode = 'earliest' | 'latest' | 'offset' | 'timestamp';

/** The records route's query for the form's choice; throws a message for bad input. */
export function recordsQuery(mode: StartMode, input: string, count: number, p: { earliest: number | null; latest: number | null }): string {
  if (!Number.isInteger(count) || count < 1 || count > browseRecordsMax) throw new Error(`records: a whole number from 1 to ${browseRecordsMax}`);
  let query: string;
  if (mode === 'earliest') query = `offset=${p.earliest ?? 0}`;
  else if (mode === 'latest') query = `offset=${Math.max(p.earliest ?? 0, (p.latest ?? 0) - count)}`;
  else if (mode === 'offset') {
    if (!/^\d+$/.test(input.trim())) throw new Error('offset: a whole number, 0 or more');
    query = `offset=${input.trim()}`;
  } else {
    const ms = /^\d+$/.test(input.trim()) ? Number(input.trim()) : Date.parse(input.trim());
    if (!Number.isFinite(ms)) throw new Error('time: milliseconds since the epoch or a date such as 2024-05-01T12:00:00Z');
    query = `timestamp=${ms}`;
  }
  return `${query}&max_records=${count}`;
}

function browseForm(partitions: Partition[], onFetch: (partition: Partition, mode: StartMode, input: string, count: number) => void): HTMLFormElement {
  const partition = h('select', { name: 'partition' }, ...partitions.map((p) => h('option', { value: p.partition_id }, String(p.partition_id))));
  const mode = h('select', { name: 'mode' },
    h('option', { value: 'latest' }, 'Latest records'), h('option', { value: 'earliest' }, 'Earliest records'),
    h('option', { value: 'offset' }, 'From an offset'), h('option', { value: 'timestamp' }, 'From a time'));
  const start = h('input', { type: 'text', name: 'start', autocomplete: 'off', placeholder: 'offset or time' });
  const count = h('input', { type: 'number', name: 'count', min: 1, max: browseRecordsMax, value: browseRecordsDefault });
  const form = h('form', { class: 'browse' }, field('Partition', partition), field('Start', mode), field('Offset or time', start),
    field('Records', count), h('button', { type: 'submit' }, 'Show records'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = partitions.find((p) => String(p.partition_id) === partition.value);
    if (chosen) onFetch(chosen, mode.value as StartMode, start.value, Number(count.value));
  });
  return form;
}

export const messagesPage: Page = async (ctx) => {
  const topic = ctx.params[0]!;
  ctx.heading(`Messages of ${topic}`);
  const partitions = await fetchPartitions(topic);
  const base = `${await clusterPath()}/topics/${seg(topic)}/partitions`;
  const results = h('section', { id: 'records', 'aria-live': 'polite' });
  const show = async (p: Partition, query: string) => {
    replaceChildren(results, notice('info', 'Reading…'));
    const list = await get<RecordList>(`${base}/${p.partition_id}/records?${query}`);
    if (!ctx.isCurrent()) return;
    const next = list.next_offset;
    const more = typeof next === 'number'
      ? h('button', { type: 'button', onclick: () => void run(p, 'offset', String(next), list.data.length || browseRecordsDefault) }, `Next records from offset ${next}`)
      : null;
    replaceChildren(results,
      list.data.length === 0 ? notice('info', 'No records there.') : h('p', {}, `${list.data.length} records.`),
      ...list.data.map(recordView), more);
  };
  const run = async (p: Partition, mode: StartMode, input: string, count: number) => {
    try {
      // The latest and earliest offsets move: read them now, not when the page opened.
      const current = mode === 'latest' || mode === 'earliest' ? await get<Partition>(`${base}/${p.partition_id}`) : p;
      await show(p, recordsQuery(mode, input, count, { earliest: earliestOffset(current), latest: latestOffset(current) }));
    } catch (error) {
      replaceChildren(results, notice('error', errorText(error)));
    }
  };
  ctx.view.append(h('p', {}, h('a', { href: `#/topics/${seg(topic)}` }, `Back to topic ${topic}`)),
    browseForm(partitions, (p, mode, input, count) => void run(p, mode, input, count)), results);
};
