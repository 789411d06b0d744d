/**
 * The console's shell: hash routes (#/topics/<name>, ...) so that the broker serves one page,
 * the navigation, the sign-in form the admin API's 401 brings up, and the page lifecycle (a
 * page's polls stop when the user leaves it).
 */
import { AuthenticationRequired, get, hasCredentials, setCredentials, type Credentials } from './api.js';
import { errorText, field, h, notice, replaceChildren } from './dom.js';
import type { Page, PageContext } from './page.js';
import { chartsPage } from './page-charts.js';
import { groupPage, groupsPage } from './page-groups.js';
import { messagesPage } from './page-messages.js';
import { overviewPage } from './page-overview.js';
import { topicPage } from './page-topic.js';
import { topicsPage } from './page-topics.js';

const routes: Array<{ pattern: RegExp; page: Page; nav: string }> = [
  { pattern: /^\/?$/, page: overviewPage, nav: '#/' },
  { pattern: /^\/topics$/, page: topicsPage, nav: '#/topics' },
  { pattern: /^\/topics\/([^/]+)$/, page: topicPage, nav: '#/topics' },
  { pattern: /^\/topics\/([^/]+)\/messages$/, page: messagesPage, nav: '#/topics' },
  { pattern: /^\/groups$/, page: groupsPage, nav: '#/groups' },
  { pattern: /^\/groups\/([^/]+)$/, page: groupPage, nav: '#/groups' },
  { pattern: /^\/charts$/, page: chartsPage, nav: '#/charts' },
];

const main = document.getElementById('main')!;
let generation = 0;
const timers = new Set<number>();

function stopPolls(): void {
  for (const timer of timers) clearTimeout(timer);
  timers.clear();
}

function context(view: HTMLElement, params: string[], own: number): PageContext {
  const isCurrent = () => own === generation;
  return {
    view, params, isCurrent,
    poll(tick, intervalMs) {
      const run = async () => {
        if (!isCurrent()) return;
        try {
          await tick();
        } catch (error) {
          if (error instanceof AuthenticationRequired) return void showSignIn(error.schemes);
          // A failed poll is shown and retried on the next tick: the cluster may be back by then.
          view.querySelector('.poll-error')?.remove();
          view.prepend(h('p', { class: 'notice error poll-error', role: 'alert' }, `Live update failed: ${errorText(error)}`));
        }
        if (isCurrent()) timers.add(window.setTimeout(run, intervalMs));
      };
      void run();
    },
    heading(text) {
      document.title = `${text} · Samsa console`;
      const heading = h('h1', { tabindex: -1 }, text);
      view.prepend(heading);
      heading.focus();
      return heading;
    },
    refresh: () => void render(),
    navigate(hash) {
      if (location.hash === hash) void render();
      else location.hash = hash;
    },
  };
}

async function render(): Promise<void> {
  const own = ++generation;
  stopPolls();
  const path = decodeURI(location.hash.replace(/^#/, '')) || '/';
  const route = routes.find((r) => r.pattern.test(path));
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header nav a')) {
    if (a.getAttribute('href') === route?.nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const view = h('div', { class: 'page' });
  replaceChildren(main, view);
  if (!route) return void view.append(h('h1', {}, 'Not found'), notice('error', `No console page at ${path}.`));
  const params = (route.pattern.exec(path) ?? []).slice(1).map((p) => decodeURIComponent(p));
  main.setAttribute('aria-busy', 'true');
  try {
    await route.page(context(view, params, own));
  } catch (error) {
    if (own !== generation) return;
    if (error instanceof AuthenticationRequired) return showSignIn(error.schemes);
    view.append(notice('error', errorText(error)));
  } finally {
    if (own === generation) main.removeAttribute('aria-busy');
  }
}

function credentialsFrom(scheme: string, user: string, secret: string): Credentials {
  return scheme === 'Bearer' ? { scheme: 'Bearer', token: secret } : { scheme: 'Basic', user, password: secret };
}

/** The admin API asked for credentials: a form for the schemes it offers (both when it does not say). */
function showSignIn(schemes: string[]): void {
  generation++;
  stopPolls();
  const offered = schemes.length > 0 ? schemes : ['Basic', 'Bearer'];
  const scheme = h('select', { name: 'scheme' }, ...offered.map((s) => h('option', { value: s }, s === 'Basic' ? 'User and password' : 'Bearer token')));
  const user = h('input', { type: 'text', name: 'username', autocomplete: 'username' });
  const secret = h('input', { type: 'password', name: 'secret', autocomplete: 'current-password', required: true });
  const userField = field('User', user);
  const secretLabel = () => { secret.labels?.[0]?.replaceChildren(scheme.value === 'Bearer' ? 'Token' : 'Password'); userField.hidden = scheme.value === 'Bearer'; };
  const status = h('div', { 'aria-live': 'polite' });
  const form = h('form', { id: 'sign-in', class: 'panel' }, h('h1', { tabindex: -1 }, 'Sign in'),
    h('p', {}, 'The admin API needs credentials. They are kept in this tab\'s memory only.'),
    field('Method', scheme), userField, field('Password', secret), h('button', { type: 'submit' }, 'Sign in'), status);
  scheme.addEventListener('change', secretLabel);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    setCredentials(credentialsFrom(scheme.value, user.value, secret.value));
    get('/v3/clusters').then(() => { updateSignOut(); void render(); }).catch((error) => {
      setCredentials(undefined);
      replaceChildren(status, notice('error', error instanceof AuthenticationRequired ? 'Those credentials were refused.' : errorText(error)));
      secret.focus();
    });
  });
  replaceChildren(main, form);
  main.removeAttribute('aria-busy');
  secretLabel();
  (scheme.value === 'Bearer' ? secret : user).focus();
}

function updateSignOut(): void {
  document.getElementById('sign-out')!.hidden = !hasCredentials();
}

document.getElementById('sign-out')!.addEventListener('click', () => {
  setCredentials(undefined);
  updateSignOut();
  void render();
});
window.addEventListener('hashchange', () => void render());
updateSignOut();
void render();
