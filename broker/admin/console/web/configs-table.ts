/**
 * A resource's configs (Confluent's KafkaTopicConfig / KafkaBrokerConfig list) with editing:
 * PUT `<configs>/<name>` {value} sets a value, DELETE resets it to its default. Sensitive values
 * are never shown; read-only ones cannot be edited.
 */
import { api, listAll, seg } from './api.js';
import { type Child, errorText, field, h, notice, pager, replaceChildren, table } from './dom.js';
import { pageSizeRows } from './page.js';

export interface ConfigEntry {
  name: string;
  value: string | null;
  is_default?: boolean;
  is_read_only?: boolean;
  is_sensitive?: boolean;
  source?: string;
}

function valueText(c: ConfigEntry): string {
  if (c.is_sensitive) return '(sensitive, hidden)';
  return c.value ?? '(null)';
}

function editor(configsPath: string, c: ConfigEntry, onChanged: (note: HTMLElement) => void, status: HTMLElement): Child {
  if (c.is_read_only) return 'read-only';
  const input = h('input', { type: 'text', value: c.is_sensitive ? '' : (c.value ?? ''), 'aria-label': `New value of ${c.name}`, size: 18 });
  const run = (method: 'PUT' | 'DELETE') => async () => {
    try {
      await api(method, `${configsPath}/${seg(c.name)}`, method === 'PUT' ? { value: input.value } : undefined);
      const note = notice('info', method === 'PUT' ? `${c.name} set to ${input.value}.` : `${c.name} reset to its default.`);
      replaceChildren(status, note);
      // The reload redraws the section: the note moves into its new status line instead of vanishing.
      onChanged(note);
    } catch (error) {
      replaceChildren(status, notice('error', `${c.name} not changed: ${errorText(error)}`));
    }
  };
  return h('span', { class: 'config-edit' }, input,
    h('button', { type: 'button', onclick: run('PUT'), 'aria-label': `Save ${c.name}` }, 'Save'),
    c.is_default ? null : h('button', { type: 'button', onclick: run('DELETE'), 'aria-label': `Reset ${c.name}` }, 'Reset'));
}

/** Draws the configs of `configsPath` into `section`, with a filter and pages. */
export async function configsSection(section: HTMLElement, configsPath: string, isCurrent: () => boolean, note?: HTMLElement): Promise<void> {
  const configs = (await listAll<ConfigEntry>(configsPath)).sort((a, b) => a.name.localeCompare(b.name));
  if (!isCurrent()) return;
  const status = h('div', { 'aria-live': 'polite' });
  if (note !== undefined) replaceChildren(status, note);
  const filter = h('input', { type: 'search', autocomplete: 'off' });
  const onlyOverrides = h('input', { type: 'checkbox' });
  const results = h('div', {});
  const reload = (changed: HTMLElement) => void configsSection(section, configsPath, isCurrent, changed).catch((error) => replaceChildren(status, notice('error', errorText(error))));
  let page = 0;
  const draw = () => {
    const needle = filter.value.trim().toLowerCase();
    const shown = configs.filter((c) => c.name.includes(needle) && (!onlyOverrides.checked || c.is_default === false));
    const slice = shown.slice(page * pageSizeRows, (page + 1) * pageSizeRows);
    replaceChildren(results,
      table('Configs', ['Name', 'Value', 'Source', 'Change'], slice.map((c) => [
        h('code', {}, c.name), valueText(c), c.source ?? (c.is_default ? 'default' : ''), editor(configsPath, c, reload, status),
      ]), { id: 'configs' }),
      pager('Configs', shown.length, page, pageSizeRows, (p) => { page = p; draw(); }));
  };
  filter.addEventListener('input', () => { page = 0; draw(); });
  onlyOverrides.addEventListener('change', () => { page = 0; draw(); });
  replaceChildren(section, h('h2', {}, 'Configs'), status,
    h('div', { class: 'toolbar' }, field('Filter configs', filter), h('label', {}, onlyOverrides, ' Only values set on this resource')),
    results);
  draw();
}
