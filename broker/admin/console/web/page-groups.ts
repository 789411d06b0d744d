/** Consumer groups: the list with each group's lag summary, and one group's members, assignments and per-partition lag. */
import { clusterPath, get, idOf, listAll, mapBounded, seg, type Related } from './api.js';
import { errorText, formatNumber, h, link, notice, pager, replaceChildren, table } from './dom.js';
import { type Page, pageSizeRows } from './page.js';

export interface ConsumerGroup {
  consumer_group_id: string;
  is_simple: boolean;
  partition_assignor: string;
  state: string;
  coordinator?: Related | null;
}
export interface LagSummary { max_lag: number; total_lag: number; max_lag_topic_name?: string; max_lag_partition_id?: number }
interface Consumer { consumer_id: string; instance_id: string | null; client_id: string }
interface Assignment { topic_name: string; partition_id: number }
interface Lag {
  topic_name: string; partition_id: number; current_offset: number; log_end_offset: number; lag: number;
  consumer_id: string; client_id: string;
}

/** Lag summaries fetched at once for a page of groups. */
const lagSummaryConcurrency = 6;

export async function groupsPath(): Promise<string> {
  return `${await clusterPath()}/consumer-groups`;
}

export async function fetchLagSummary(group: string): Promise<LagSummary> {
  return get<LagSummary>(`${await groupsPath()}/${seg(group)}/lag-summary`);
}

function drawGroupsPage(results: HTMLElement, groups: ConsumerGroup[], page: number, onPage: (page: number) => void, isCurrent: () => boolean): void {
  const slice = groups.slice(page * pageSizeRows, (page + 1) * pageSizeRows);
  const lagCells = slice.map(() => h('td', {}, '…'));
  replaceChildren(results,
    h('table', { id: 'groups' }, h('caption', {}, 'Consumer groups'),
      h('thead', {}, h('tr', {}, ...['Group', 'State', 'Assignor', 'Coordinator', 'Total lag', 'Max lag'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...slice.map((g, i) => h('tr', {},
        h('td', {}, link(`#/groups/${seg(g.consumer_group_id)}`, g.consumer_group_id)), h('td', {}, g.state),
        h('td', {}, g.partition_assignor || (g.is_simple ? 'simple' : '—')), h('td', {}, String(idOf(g.coordinator) ?? '—')),
        lagCells[i], h('td', {}, ''))))),
    pager('Groups', groups.length, page, pageSizeRows, onPage));
  void mapBounded(slice, lagSummaryConcurrency, async (g) => fetchLagSummary(g.consumer_group_id).catch(() => undefined)).then((summaries) => {
    if (!isCurrent()) return;
    summaries.forEach((s, i) => {
      const cell = lagCells[i]!;
      cell.textContent = s ? formatNumber(s.total_lag) : '—';
      const maxCell = cell.nextElementSibling;
      if (maxCell && s) maxCell.textContent = `${formatNumber(s.max_lag)}${s.max_lag_topic_name ? ` (${s.max_lag_topic_name}-${s.max_lag_partition_id})` : ''}`;
    });
  });
}

export const groupsPage: Page = async (ctx) => {
  ctx.heading('Consumer groups');
  const groups = (await listAll<ConsumerGroup>(await groupsPath())).sort((a, b) => a.consumer_group_id.localeCompare(b.consumer_group_id));
  const results = h('div', {});
  ctx.view.append(results);
  if (groups.length === 0) {
    results.append(notice('info', 'No consumer groups.'));
    return;
  }
  const draw = (page: number) => drawGroupsPage(results, groups, page, draw, () => ctx.isCurrent());
  draw(0);
};

async function membersSection(groupPath: string): Promise<HTMLElement> {
  const consumers = await listAll<Consumer>(`${groupPath}/consumers`);
  const assignments = await mapBounded(consumers, lagSummaryConcurrency,
    (c) => listAll<Assignment>(`${groupPath}/consumers/${seg(c.consumer_id)}/assignments`).catch(() => undefined));
  return h('section', {}, h('h2', {}, `Members (${consumers.length})`),
    consumers.length === 0 ? notice('info', 'No members: the group is empty.') :
      table('Members and their assignments', ['Consumer', 'Client', 'Instance', 'Assigned partitions'], consumers.map((c, i) => [
        h('code', {}, c.consumer_id), c.client_id, c.instance_id ?? '—',
        assignments[i] === undefined ? '—' : assignments[i].map((a) => `${a.topic_name}-${a.partition_id}`).join(', ') || 'none',
      ]), { id: 'members' }));
}

function lagsSection(lags: Lag[]): HTMLElement {
  const results = h('div', {});
  let page = 0;
  const draw = () => replaceChildren(results,
    table('Lag per partition', ['Topic', 'Partition', 'Committed offset', 'Log end offset', 'Lag', 'Consumer'],
      lags.slice(page * pageSizeRows, (page + 1) * pageSizeRows).map((l) => [
        link(`#/topics/${seg(l.topic_name)}`, l.topic_name), l.partition_id, formatNumber(l.current_offset), formatNumber(l.log_end_offset),
        formatNumber(l.lag), l.consumer_id || '—',
      ]), { id: 'lags' }),
    pager('Partitions', lags.length, page, pageSizeRows, (p) => { page = p; draw(); }));
  draw();
  return h('section', {}, h('h2', {}, 'Lag'), results);
}

export const groupPage: Page = async (ctx) => {
  const name = ctx.params[0]!;
  ctx.heading(`Consumer group ${name}`);
  const groupPath = `${await groupsPath()}/${seg(name)}`;
  const [group, summary] = await Promise.all([get<ConsumerGroup>(groupPath), fetchLagSummary(name).catch(() => undefined)]);
  const lags = (await listAll<Lag>(`${groupPath}/lags`).catch((error) => { throw new Error(`lags: ${errorText(error)}`); }))
    .sort((a, b) => a.topic_name.localeCompare(b.topic_name) || a.partition_id - b.partition_id);
  const members = await membersSection(groupPath);
  if (!ctx.isCurrent()) return;
  ctx.view.append(
    h('p', { id: 'group-state' }, `State ${group.state}, assignor ${group.partition_assignor || '—'}, coordinator broker ${idOf(group.coordinator) ?? '—'}.`,
      summary ? ` Total lag ${formatNumber(summary.total_lag)}, max lag ${formatNumber(summary.max_lag)}.` : ''),
    members, lagsSection(lags));
};
