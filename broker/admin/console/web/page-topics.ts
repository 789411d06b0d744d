/** Topics: a filtered, paginated list (1,000s of topics draw one page at a time) and the create form. */
import { ApiError, api, clusterPath } from './api.js';
import { type Topic, fetchTopics } from './cluster-model.js';
import { errorText, field, h, link, notice, pager, replaceChildren, table } from './dom.js';
import { type Page, pageSizeRows } from './page.js';

/** `k=v` lines (blank lines and #comments skipped) as the REST API's `configs` array. */
export function parseConfigLines(text: string): Array<{ name: string; value: string }> {
  const configs: Array<{ name: string; value: string }> = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`"${line}" is not name=value`);
    configs.push({ name: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim() });
  }
  return configs;
}

function createTopicForm(onCreated: (name: string) => void): HTMLElement {
  const name = h('input', { type: 'text', name: 'topic_name', required: true, maxlength: 249, pattern: '[a-zA-Z0-9._-]+', autocomplete: 'off' });
  const partitions = h('input', { type: 'number', name: 'partitions_count', min: 1, value: 1, required: true });
  const replication = h('input', { type: 'number', name: 'replication_factor', min: 1, value: 1, required: true });
  const configs = h('textarea', { name: 'configs', rows: 3, placeholder: 'retention.ms=86400000' });
  const status = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'create-topic' },
    field('Topic name', name), field('Partitions', partitions), field('Replication factor', replication),
    field('Configs (one name=value per line)', configs),
    h('button', { type: 'submit' }, 'Create topic'), status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      try {
        const body = {
          topic_name: name.value.trim(), partitions_count: Number(partitions.value), replication_factor: Number(replication.value),
          configs: parseConfigLines(configs.value),
        };
        await api('POST', `${await clusterPath()}/topics`, body);
        onCreated(body.topic_name);
      } catch (error) {
        replaceChildren(status, notice('error', `Topic not created: ${errorText(error)}`));
      }
    })();
  });
  return h('details', { class: 'panel' }, h('summary', {}, 'Create a topic'), form);
}

function topicRows(topics: Topic[]) {
  return topics.map((t) => [
    link(`#/topics/${encodeURIComponent(t.topic_name)}`, t.topic_name), t.partitions_count, t.replication_factor, t.is_internal ? 'yes' : 'no',
    link(`#/topics/${encodeURIComponent(t.topic_name)}/messages`, 'Messages', { 'aria-label': `Messages of ${t.topic_name}` }),
  ]);
}

export const topicsPage: Page = async (ctx) => {
  ctx.heading('Topics');
  const topics = await fetchTopics();
  const filter = h('input', { type: 'search', placeholder: 'part of a name', autocomplete: 'off' });
  const internal = h('input', { type: 'checkbox' });
  const results = h('div', { id: 'topic-list' });
  let page = 0;
  const draw = () => {
    const needle = filter.value.trim().toLowerCase();
    const shown = topics.filter((t) => (internal.checked || !t.is_internal) && t.topic_name.toLowerCase().includes(needle));
    page = Math.min(page, Math.max(0, Math.ceil(shown.length / pageSizeRows) - 1));
    const slice = shown.slice(page * pageSizeRows, (page + 1) * pageSizeRows);
    replaceChildren(results,
      shown.length === 0 ? notice('info', topics.length === 0 ? 'No topics yet.' : 'No topic matches.') :
        table('Topics', ['Name', 'Partitions', 'Replication factor', 'Internal', ''], topicRows(slice)),
      pager('Topics', shown.length, page, pageSizeRows, (p) => { page = p; draw(); }));
  };
  filter.addEventListener('input', () => { page = 0; draw(); });
  internal.addEventListener('change', () => { page = 0; draw(); });
  ctx.view.append(
    createTopicForm((name) => ctx.navigate(`#/topics/${encodeURIComponent(name)}`)),
    h('div', { class: 'toolbar' }, field('Filter topics', filter), h('label', {}, internal, ' Show internal topics')),
    results);
  draw();
};

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
