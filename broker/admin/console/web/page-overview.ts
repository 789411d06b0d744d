/** Cluster overview: brokers and the controller, then partition health (under-replicated, offline). */
import { idOf } from './api.js';
import { type Partition, fetchAllPartitions, fetchCluster, fetchTopics, isOffline, isUnderReplicated, leaderOf, replicasOf } from './cluster-model.js';
import { type Child, h, link, notice, replaceChildren, table } from './dom.js';
import type { Page } from './page.js';

/** Problem partitions listed by name on the overview; the count says how many more there are. */
const problemRowsMax = 20;

interface Problem { topic: string; partition: Partition; kind: string }

function problemsTable(problems: Problem[]): Child {
  if (problems.length === 0) return notice('info', 'Every partition has a leader and a full ISR.');
  const rows = problems.slice(0, problemRowsMax).map((p) => [
    link(`#/topics/${encodeURIComponent(p.topic)}`, p.topic), p.partition.partition_id, p.kind,
    String(leaderOf(p.partition) ?? 'none'), (replicasOf(p.partition) ?? []).join(', '), (p.partition.isr ?? []).join(', '),
  ]);
  return h('div', {},
    table('Partitions needing attention', ['Topic', 'Partition', 'Problem', 'Leader', 'Replicas', 'ISR'], rows),
    problems.length > problemRowsMax ? h('p', {}, `…and ${problems.length - problemRowsMax} more.`) : null);
}

async function healthSection(section: HTMLElement, isCurrent: () => boolean): Promise<void> {
  const topics = await fetchTopics();
  const all = await fetchAllPartitions(topics);
  if (!isCurrent()) return;
  const problems: Problem[] = [];
  let partitions = 0;
  for (const { topic, partitions: list } of all) {
    partitions += list.length;
    for (const p of list) {
      if (isOffline(p)) problems.push({ topic, partition: p, kind: 'offline' });
      else if (isUnderReplicated(p)) problems.push({ topic, partition: p, kind: 'under-replicated' });
    }
  }
  const offline = problems.filter((p) => p.kind === 'offline').length;
  replaceChildren(section,
    h('h2', {}, 'Partitions'),
    h('dl', { class: 'stats' },
      stat('Topics', topics.length, 'stat-topics'), stat('Partitions', partitions, 'stat-partitions'),
      stat('Under-replicated', problems.length - offline, 'stat-under-replicated'), stat('Offline', offline, 'stat-offline')),
    problemsTable(problems));
}

function stat(label: string, value: number, id: string): Child {
  return h('div', { class: value > 0 && /offline|under/.test(id) ? 'stat bad' : 'stat' }, h('dt', {}, label), h('dd', { id }, String(value)));
}

export const overviewPage: Page = async (ctx) => {
  ctx.heading('Cluster overview');
  const { cluster, brokers } = await fetchCluster();
  const controller = idOf(cluster.controller);
  const health = h('section', { 'aria-busy': 'true' }, h('h2', {}, 'Partitions'), notice('info', 'Reading every topic\'s partitions…'));
  ctx.view.append(
    h('p', {}, 'Cluster id ', h('code', { id: 'cluster-id' }, cluster.cluster_id), '. Controller: ',
      h('strong', { id: 'controller' }, controller === undefined ? 'none elected' : `broker ${controller}`), '.'),
    h('section', {}, h('h2', {}, `Brokers (${brokers.length})`),
      table('Live brokers', ['Broker', 'Host', 'Port', 'Rack', 'Role'], brokers.map((b) => [
        b.broker_id, b.host, b.port, b.rack ?? '—', b.broker_id === controller ? 'controller' : '',
      ]), { id: 'brokers' })),
    health);
  await healthSection(health, () => ctx.isCurrent());
  health.removeAttribute('aria-busy');
};
