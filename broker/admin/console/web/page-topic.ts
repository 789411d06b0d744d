/** One topic: partitions (leader, replicas, ISR, offsets, sizes; paginated), configs, add partitions, delete. */
import { api, clusterPath, seg } from './api.js';
import {
  type Partition, type Topic, earliestOffset, fetchPartitions, isOffline, isUnderReplicated, latestOffset, leaderOf, replicasOf, sizeOf,
} from './cluster-model.js';
import { configsSection } from './configs-table.js';
import { confirmTyped, errorText, field, formatBytes, formatNumber, h, link, notice, pager, replaceChildren, table } from './dom.js';
import { type Page, type PageContext, pageSizeRows } from './page.js';

function partitionRow(p: Partition) {
  const earliest = earliestOffset(p);
  const latest = latestOffset(p);
  const state = isOffline(p) ? 'offline' : isUnderReplicated(p) ? 'under-replicated' : 'ok';
  return [
    p.partition_id, String(leaderOf(p) ?? 'none'), (replicasOf(p) ?? []).join(', '), (p.isr ?? []).join(', '),
    formatNumber(earliest), formatNumber(latest), earliest !== null && latest !== null ? formatNumber(latest - earliest) : '—',
    formatBytes(sizeOf(p)), h('span', { class: `state ${state}` }, state),
  ];
}

function partitionsSection(partitions: Partition[]): HTMLElement {
  const section = h('section', {}, h('h2', {}, `Partitions (${partitions.length})`));
  const results = h('div', { id: 'partitions' });
  let page = 0;
  const draw = () => replaceChildren(results,
    table('Partitions', ['Partition', 'Leader', 'Replicas', 'ISR', 'Earliest offset', 'Latest offset', 'Records', 'Size', 'State'],
      partitions.slice(page * pageSizeRows, (page + 1) * pageSizeRows).map(partitionRow)),
    pager('Partitions', partitions.length, page, pageSizeRows, (p) => { page = p; draw(); }));
  draw();
  section.append(results);
  return section;
}

function addPartitionsForm(topicPath: string, current: number, ctx: PageContext): HTMLElement {
  const count = h('input', { type: 'number', min: current + 1, value: current + 1, required: true });
  const status = h('div', { 'aria-live': 'polite' });
  const form = h('form', {}, field('New partition count', count, `Partitions can only be added (now ${current}).`),
    h('button', { type: 'submit' }, 'Add partitions'), status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void api('PATCH', topicPath, { partitions_count: Number(count.value) })
      .then(() => ctx.refresh())
      .catch((error) => replaceChildren(status, notice('error', `Partitions not added: ${errorText(error)}`)));
  });
  return form;
}

function deleteButton(topicPath: string, name: string, ctx: PageContext): HTMLElement {
  const status = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'danger' }, 'Delete topic…');
  button.addEventListener('click', () => void (async () => {
    if (!(await confirmTyped(`Delete topic ${name}?`, 'Every record of every partition is removed. This cannot be undone.', name))) return;
    try {
      await api('DELETE', topicPath);
      ctx.navigate('#/topics');
    } catch (error) {
      replaceChildren(status, notice('error', `Topic not deleted: ${errorText(error)}`));
    }
  })());
  return h('div', {}, button, status);
}

export const topicPage: Page = async (ctx) => {
  const name = ctx.params[0]!;
  ctx.heading(`Topic ${name}`);
  const topicPath = `${await clusterPath()}/topics/${seg(name)}`;
  const [topic, partitions] = await Promise.all([api<Topic>('GET', topicPath), fetchPartitions(name)]);
  const configs = h('section', { 'aria-busy': 'true' }, h('h2', {}, 'Configs'), notice('info', 'Loading configs…'));
  ctx.view.append(
    h('p', {}, `${topic.partitions_count} partitions, replication factor ${topic.replication_factor}${topic.is_internal ? ', internal' : ''}. `,
      link(`#/topics/${seg(name)}/messages`, 'Browse messages')),
    partitionsSection(partitions),
    configs,
    h('section', {}, h('h2', {}, 'Change'), addPartitionsForm(topicPath, partitions.length, ctx), deleteButton(topicPath, name, ctx)));
  try {
    await configsSection(configs, `${topicPath}/configs`, () => ctx.isCurrent());
  } catch (error) {
    replaceChildren(configs, h('h2', {}, 'Configs'), notice('error', `Configs unavailable: ${errorText(error)}`));
  }
  configs.removeAttribute('aria-busy');
};
