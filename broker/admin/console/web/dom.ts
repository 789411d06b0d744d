/**
 * Building the page without HTML strings: every element is created with createElement and every
 * piece of text set as a text node, so that cluster data (topic names, record keys and values,
 * error messages) can never become markup. There is deliberately no helper taking HTML.
 */

export type Child = Node | string | number | null | undefined | false;
type Handler = (event: Event) => void;
export type Attributes = Record<string, string | number | boolean | Handler | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

export function link(href: string, text: string, attrs: Attributes = {}): HTMLAnchorElement {
  return h('a', { href, ...attrs }, text);
}

/** A data table with a caption (read by screen readers) and header cells scoped to their columns. */
export function table(caption: string, headers: string[], rows: Child[][], attrs: Attributes = {}): HTMLTableElement {
  return h('table', attrs,
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...headers.map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, ...rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, cell))))));
}

/** An alert (errors, announced at once) or a status line (announced politely). */
export function notice(kind: 'error' | 'info', text: string): HTMLElement {
  return h('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Pages of `pageSize` over `total` rows: "rows a–b of total" with previous/next buttons. */
export function pager(label: string, total: number, page: number, pageSize: number, onPage: (page: number) => void): HTMLElement {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : page * pageSize + 1;
  const last = Math.min(total, (page + 1) * pageSize);
  return h('nav', { class: 'pager', 'aria-label': `${label} pages` },
    h('button', { type: 'button', disabled: page <= 0, onclick: () => onPage(page - 1) }, '← Previous'),
    h('span', { 'aria-live': 'polite' }, `${label} ${first}–${last} of ${total} (page ${page + 1} of ${pages})`),
    h('button', { type: 'button', disabled: page >= pages - 1, onclick: () => onPage(page + 1) }, 'Next →'));
}

/** A labelled form field (label element tied to the control by id). */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, hint?: string): HTMLElement {
  control.id ||= `f-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${fieldCount++}`;
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hint ? h('small', {}, hint) : null);
}
let fieldCount = 0;

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toLocaleString('en-US');
}

export function formatBytes(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let scaled = value;
  let unit = 0;
  while (scaled >= 1024 && unit < units.length - 1) {
    scaled /= 1024;
    unit++;
  }
  return `${unit === 0 ? scaled : scaled.toFixed(1)} ${units[unit]}`;
}

/** A modal confirmation: resolves true only when the user types `expected` and confirms. */
export function confirmTyped(title: string, explanation: string, expected: string): Promise<boolean> {
  return new Promise((resolve) => {
    const input = h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false' });
    const confirm = h('button', { type: 'submit', value: 'confirm', class: 'danger', disabled: true }, 'Delete');
    const dialog = h('dialog', { 'aria-labelledby': 'confirm-title' },
      h('form', { method: 'dialog' },
        h('h2', { id: 'confirm-title' }, title),
        h('p', {}, explanation),
        field(`Type ${expected} to confirm`, input),
        h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => dialog.close('cancel') }, 'Cancel'), confirm)));
    input.addEventListener('input', () => { confirm.disabled = input.value !== expected; });
    dialog.addEventListener('close', () => {
      dialog.remove();
      // Escape closes without a return value: only the enabled confirm button answers yes.
      resolve(dialog.returnValue === 'confirm' && input.value === expected);
    });
    document.body.appendChild(dialog);
    dialog.showModal();
    input.focus();
  });
}
