// The migration console: plain JavaScript over the service's own API, no framework, no build step.
// Every value from the API reaches the page through textContent, never as markup.
'use strict';

(() => {
  // sessionStorage, not localStorage: the token lives as long as this tab (a reload keeps it, closing
  // the tab or signing out ends it), is not shared with other tabs and is not left on disk for the
  // next person at the machine. The page keeps no other secret.
  const TOKEN_KEY = 'fieldguide.console.token';
  const POLL_MS = 1000;
  const api = '../api';

  const $ = (id) => document.getElementById(id);
  const state = { session: null, status: null, lint: null, runs: [], backfills: null, pending: null, pollTimer: null };

  // ---- Rendering helpers -------------------------------------------------------------------------

  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name === 'text') node.textContent = value;
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function when(iso) {
    if (!iso) return '';
    return el('time', { datetime: iso, title: iso, text: new Date(iso).toLocaleString() });
  }

  function duration(ms) {
    if (ms === null || ms === undefined) return '';
    if (ms < 1000) return `${ms} ms`;
    if (ms < 60000) return `${(ms / 1000).toFixed(1)} s`;
    return `${Math.floor(ms / 60000)} min ${Math.round((ms % 60000) / 1000)} s`;
  }

  function stateWord(word, tone) {
    return el('span', { class: `state state-${tone}`, text: word });
  }

  function notify(message, isError = false) {
    const notice = $('notice');
    notice.textContent = message;
    notice.classList.toggle('error', isError);
  }

  // ---- The API -----------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, problem) {
      super(problem.detail || problem.title || `HTTP ${status}`);
      this.status = status;
      this.problem = problem;
    }
  }

  async function call(method, path, body) {
    const headers = { Accept: 'application/json, application/problem+json' };
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${api}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
    const text = await response.text();
    const json = text ? JSON.parse(text) : {};
    if (response.status === 401 && token) {
      signOut(`The service refused the token: ${json.detail || 'sign in again'}`);
    }
    if (response.status === 429) {
      const wait = response.headers.get('Retry-After') || 'a few';
      notify(`Too many requests: the service asks to wait ${wait} seconds.`, true);
    }
    if (!response.ok) throw new ApiError(response.status, json);
    return { status: response.status, body: json };
  }

  const get = (path) => call('GET', path).then((answer) => answer.body);

  // ---- Signing in --------------------------------------------------------------------------------

  async function signIn(token) {
    sessionStorage.setItem(TOKEN_KEY, token.trim());
    try {
      state.session = await get('/console/session');
    } catch (error) {
      sessionStorage.removeItem(TOKEN_KEY);
      notify(`Sign-in failed: ${error.message}`, true);
      return;
    }
    $('token').value = '';
    $('sign-in').hidden = true;
    $('main').hidden = false;
    $('sign-out').hidden = false;
    const who = $('who');
    who.hidden = false;
    who.textContent = `Signed in as ${state.session.user}` + (state.session.admin ? ' (migration-admin)' : ' (read only)');
    // A reader gets no action controls at all; the API refuses their writes regardless.
    for (const node of document.querySelectorAll('[data-admin-only]')) {
      if (state.session.admin) node.hidden = false;
      else node.remove();
    }
    notify('');
    $('page-title').focus();
    await refreshAll();
  }

  function signOut(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    // Reloading drops every rendered value and restores the controls a reader's view removed.
    if (message) sessionStorage.setItem('fieldguide.console.notice', message);
    window.location.reload();
  }

  async function demoToken() {
    try {
      const answer = await call('POST', '/dev/token');
      await signIn(answer.body.token);
    } catch (error) {
      notify(error.status === 404
        ? 'This service is not a local demo, so it mints no tokens: paste one from your issuer.'
        : `No demo token: ${error.message}`, true);
    }
  }

  // ---- Status ------------------------------------------------------------------------------------

  function lintFor(script) {
    if (!state.lint || !script) return null;
    const file = script.substring(script.lastIndexOf('/') + 1);
    const undo = file.startsWith('V') ? `U${file.substring(1)}` : null;
    const mine = (verdict) => {
      const name = verdict.script.substring(verdict.script.lastIndexOf('/') + 1);
      return name === file || name === undo;
    };
    return state.lint.scripts.filter(mine).flatMap((verdict) =>
      verdict.findings.map((finding) => ({ script: verdict.script, ...finding })));
  }

  function lintCell(migration) {
    if (migration.type !== 'SQL') return el('td', { text: 'not linted (Java)' });
    const findings = lintFor(migration.script);
    if (findings === null) return el('td', { text: '…' });
    if (findings.length === 0) return el('td', {}, stateWord('passes', 'done'));
    return el('td', {},
      el('details', {},
        el('summary', {}, stateWord(`${findings.length} finding${findings.length === 1 ? '' : 's'}`, 'pending')),
        el('ul', {}, findings.map((f) => el('li', {},
          el('code', { text: `${f.script}:${f.line} ${f.rule}` }), ` ${f.message} (${f.hint})`)))));
  }

  function lastError(name) {
    const run = state.runs.find((r) => r.name === name && !r.success);
    return run ? run.errorMessage : null;
  }

  function toneOf(migrationState) {
    const s = migrationState.toLowerCase();
    if (s.includes('fail')) return 'failed';
    if (s === 'pending') return 'pending';
    if (s === 'success' || s === 'baseline') return 'done';
    return 'pending';
  }

  function renderStatus() {
    const { status } = state.status;
    const summary = $('status-summary');
    summary.replaceChildren(
      'Current version: ', el('b', { text: status.currentVersion ?? 'none (nothing applied)' }), ' · ',
      status.isUpToDate ? stateWord('up to date', 'done')
        : stateWord(`${status.pendingMigrations.length} pending`, 'pending'),
      status.failedMigrations.length ? [' · ', stateWord(`${status.failedMigrations.length} failed`, 'failed')] : []);
    const rows = status.migrations.map((m) => {
      const tone = toneOf(m.state);
      const error = tone === 'failed' ? lastError(m.name) : null;
      return el('tr', { 'data-migration': m.name, 'data-state': m.state, class: tone === 'failed' ? 'failed' : null },
        el('th', { scope: 'row' }, el('span', { class: 'mono', text: m.name }),
          error ? el('div', { class: 'error-text', text: error }) : null),
        el('td', {}, stateWord(m.state, tone)),
        el('td', { text: m.type }),
        el('td', { class: 'num mono', text: m.checksum ?? '' }),
        el('td', {}, when(m.installedOn)),
        el('td', { class: 'num', text: duration(m.executionTimeMs) }),
        el('td', { text: m.undoable ? 'yes' : 'no' }),
        lintCell(m));
    });
    $('migrations').tBodies[0].replaceChildren(...rows);
    if (state.lint) {
      $('lint-summary').textContent = `Lint of ${state.lint.locations.join(', ')}: ${state.lint.summary}.`;
    }
  }

  // ---- History -----------------------------------------------------------------------------------

  function renderHistory() {
    const kind = $('history-kind').value;
    const outcome = $('history-outcome').value;
    const text = $('history-text').value.trim().toLowerCase();
    const shown = state.runs.filter((run) =>
      (!kind || run.kind === kind)
      && (!outcome || (outcome === 'ok') === run.success)
      && (!text || `${run.name} ${run.triggeredBy}`.toLowerCase().includes(text)));
    $('history-count').textContent = `${shown.length} of ${state.runs.length} runs shown`;
    $('runs').tBodies[0].replaceChildren(...shown.map((run) =>
      el('tr', { 'data-run': run.id, class: run.success ? null : 'failed' },
        el('td', {}, when(run.startedAt)),
        el('td', { text: run.kind }),
        el('td', { class: 'mono', text: run.name }),
        el('td', { text: run.direction }),
        el('td', { text: run.triggeredBy }),
        el('td', { class: 'num', text: duration(run.durationMs) }),
        el('td', {}, run.success ? stateWord('succeeded', 'done') : stateWord('failed', 'failed'),
          run.errorMessage ? el('div', { class: 'error-text', text: run.errorMessage }) : null))));
  }

  // ---- Drift -------------------------------------------------------------------------------------

  const KIND_TITLES = {
    missing: 'Missing', different: 'Different', unexpected: 'Unexpected',
    checksum_mismatch: 'Edited after they ran (checksum mismatch)', flyway: "Flyway's own validation",
  };

  async function validate() {
    const report = $('drift-report');
    report.replaceChildren(el('p', { text: 'Checking…' }));
    try {
      const result = await get('/migrations/validate');
      if (result.valid) {
        report.replaceChildren(el('p', {}, stateWord('No drift', 'done'),
          ': the schema and the applied scripts are as declared.'));
      } else {
        const groups = {};
        for (const finding of result.findings) (groups[finding.kind] ||= []).push(finding);
        report.replaceChildren(...Object.entries(groups).map(([kind, findings]) =>
          el('div', { class: 'drift-group', 'data-kind': kind },
            el('h3', { text: `${KIND_TITLES[kind] || kind} (${findings.length})` }),
            el('ul', {}, findings.map((f) => el('li', {},
              el('span', { class: 'mono', text: `${f.objectType} ${f.name}` }), `: ${f.message}`))))));
      }
      await loadHistory();
    } catch (error) {
      report.replaceChildren(el('p', { class: 'error-text', text: `Validation failed: ${error.message}` }));
    }
  }

  // ---- Backfills ---------------------------------------------------------------------------------

  const BACKFILL_TONES = { completed: 'done', running: 'running', cancelled: 'pending', failed: 'failed' };

  function renderBackfills() {
    const { declared, jobs } = state.backfills;
    const byName = Object.fromEntries(jobs.map((job) => [job.name, job]));
    const list = $('backfill-list');
    // The list is redrawn on every poll: keep the keyboard focus on the job's button if it had it.
    const focusedJob = list.contains(document.activeElement)
      ? document.activeElement.closest('[data-backfill]')?.dataset.backfill : null;
    if (declared.length === 0) {
      list.replaceChildren(el('p', { text: 'This service declares no backfills.' }));
      return;
    }
    list.replaceChildren(...declared.map((name) => {
      const job = byName[name];
      const status = job ? job.status : 'not started';
      const percent = job ? job.percent : 0;
      const barId = `bar-${name}`;
      return el('article', { class: 'backfill', 'data-backfill': name, 'data-status': status },
        el('h3', {}, el('span', { class: 'mono', text: name }), stateWord(status, BACKFILL_TONES[status] || 'pending')),
        el('div', { class: 'bar' },
          el('label', { for: barId, class: 'percent', text: `${percent.toFixed(1)} %` }),
          el('progress', { id: barId, max: '100', value: String(percent), 'aria-label': `${name} progress` })),
        job ? el('ul', { class: 'stats' },
          el('li', {}, 'done ', el('b', { text: `${job.doneKeys} of ${job.totalKeys}` }), ' keys'),
          el('li', {}, el('b', { class: 'rate', text: job.rowsPerSecond.toFixed(0) }), ' rows/s'),
          el('li', {}, 'ETA ', el('b', { class: 'eta', text: eta(job) })),
          el('li', {}, 'longest batch ', el('b', { class: 'longest', text: duration(job.longestHoldMs) })),
          el('li', {}, el('b', { text: String(job.rowsChanged) }), ' rows changed')) : null,
        job && job.lastError ? el('p', { class: 'error-text', text: job.lastError }) : null,
        state.session.admin ? backfillButtons(name, status) : null);
    }));
    if (focusedJob) list.querySelector(`[data-backfill="${CSS.escape(focusedJob)}"] button`)?.focus();
  }

  function eta(job) {
    if (job.status === 'completed') return 'done';
    if (job.etaSeconds === null) return '—';
    return job.etaSeconds < 1 ? 'under 1 s' : duration(job.etaSeconds * 1000);
  }

  function backfillButtons(name, status) {
    const buttons = [];
    if (status === 'running') {
      buttons.push(el('button', { type: 'button', id: `cancel-${name}`, class: 'danger', onclick: () => backfillAction(name, 'cancel') },
        `Cancel ${name}`));
    } else if (status !== 'completed') {
      const label = status === 'not started' ? 'Start' : 'Resume';
      buttons.push(el('button', { type: 'button', id: `run-${name}`, class: 'primary', onclick: () => backfillAction(name, 'run') },
        `${label} ${name}`));
    }
    return el('p', {}, buttons);
  }

  async function backfillAction(name, action) {
    try {
      if (action === 'cancel') {
        await call('POST', `/migrations/backfills/${encodeURIComponent(name)}/cancel`);
        notify(`Asked ${name} to stop after its current batch.`);
      } else {
        const size = $('batch-size') ? $('batch-size').value : '';
        await call('POST', `/migrations/backfills/${encodeURIComponent(name)}`,
          size ? { batchSize: Number(size) } : {});
        notify(`${name} is running.`);
      }
    } catch (error) {
      notify(`${name}: ${error.message}`, true);
    }
    await loadBackfills();
    await loadHistory();
  }

  // While a backfill runs the page polls its progress once a second; idle pages send nothing.
  function schedulePolling() {
    const running = state.backfills && state.backfills.jobs.some((job) => job.status === 'running');
    if (running && !state.pollTimer) {
      state.pollTimer = setTimeout(async () => {
        state.pollTimer = null;
        await loadBackfills();
        if (!state.backfills.jobs.some((job) => job.status === 'running')) await loadHistory();
      }, POLL_MS);
    }
  }

  // ---- Admin actions -----------------------------------------------------------------------------

  function rollbackBody() {
    const bySteps = $('rollback-by-steps').checked;
    return bySteps ? { steps: Number($('rollback-steps').value || 1) } : { target: $('rollback-target').value.trim() };
  }

  function migrateBody() {
    const target = $('migrate-target').value.trim();
    return target ? { target } : {};
  }

  async function preview(kind) {
    const isMigrate = kind === 'migrate';
    const body = isMigrate ? migrateBody() : rollbackBody();
    const path = isMigrate ? '/migrations' : '/migrations/rollback';
    try {
      const { body: plan } = await call('POST', path, { ...body, dryRun: true });
      const names = plan.results.map((step) => step.name);
      if (names.length === 0) {
        showResult(plan.message, true, []);
        return;
      }
      state.pending = { path, body, verb: isMigrate ? 'Apply' : 'Roll back' };
      $('confirm-title').textContent = `${state.pending.verb} ${names.length} migration${names.length === 1 ? '' : 's'}?`;
      $('confirm-message').textContent = `${plan.message}: ${names.join(', ')}. This SQL will run:`;
      $('confirm-sql').textContent = (plan.sql || []).join('\n\n');
      $('confirm-run').textContent = `${state.pending.verb} ${names.join(', ')}`;
      $('confirm').hidden = false;
      $('confirm-title').focus();
    } catch (error) {
      showProblem(error);
    }
  }

  function askRepair() {
    state.pending = { path: '/migrations/repair', body: undefined, verb: 'Repair' };
    $('confirm-title').textContent = "Repair Flyway's history?";
    $('confirm-message').textContent = 'Repair has no dry run: it removes failed entries from the history table'
      + ' and realigns checksums. No table of the service changes.';
    $('confirm-sql').textContent = '';
    $('confirm-run').textContent = 'Repair';
    $('confirm').hidden = false;
    $('confirm-title').focus();
  }

  async function runConfirmed() {
    const { path, body } = state.pending;
    closeConfirm();
    try {
      const { body: result } = await call('POST', path, body);
      showResult(result.message, true, result.results);
    } catch (error) {
      showProblem(error);
    }
    await Promise.all([loadStatus(), loadHistory()]);
  }

  function closeConfirm() {
    state.pending = null;
    $('confirm').hidden = true;
  }

  function showResult(message, success, steps) {
    $('action-result').replaceChildren(el('div', { class: success ? 'result' : 'result failed', role: 'status' },
      el('p', {}, el('b', { text: message })),
      steps && steps.length ? el('ul', {}, steps.map((step) => el('li', {},
        el('span', { class: 'mono', text: step.name }), ` ${step.direction}, `,
        step.success ? stateWord('succeeded', 'done') : stateWord('failed', 'failed'),
        step.durationMs !== undefined ? `, ${duration(step.durationMs)}` : '',
        step.error ? el('div', { class: 'error-text', text: step.error }) : null))) : null));
  }

  function showProblem(error) {
    const problem = error.problem || {};
    showResult(`${problem.title || 'Refused'} (${error.status || 'network'}): ${error.message}`, false, problem.results);
  }

  // ---- Module panels -----------------------------------------------------------------------------

  function renderPanels(panels) {
    const links = $('panel-links');
    for (const old of links.querySelectorAll('[data-module-link]')) old.remove();
    $('module-panels').replaceChildren(...panels.map((panel) => {
      const id = `panel-${panel.id}`;
      links.append(el('li', { 'data-module-link': true }, el('a', { href: `#${id}`, text: panel.title })));
      const content = panel.view ? panelTable(panel) : el('p', { class: 'error-text', text: panel.error });
      return el('section', { id, class: 'panel module-panel', 'aria-labelledby': `${id}-title` },
        el('h2', { id: `${id}-title`, text: panel.title }), content);
    }));
  }

  function panelTable(panel) {
    const { view } = panel;
    const hasProgress = view.rows.some((row) => row.percent !== null && row.percent !== undefined);
    return el('div', {},
      el('p', { text: view.summary }),
      el('div', { class: 'scroll' }, el('table', {},
        el('caption', { text: panel.title }),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'State' }),
          view.columns.map((column) => el('th', { scope: 'col', text: column })),
          hasProgress ? el('th', { scope: 'col', text: 'Progress' }) : null)),
        el('tbody', {}, view.rows.map((row) => el('tr', { class: row.state === 'failed' ? 'failed' : null },
          el('td', {}, stateWord(row.state, row.state === 'info' ? 'info' : row.state)),
          row.cells.map((cell) => el('td', { text: cell })),
          hasProgress ? el('td', {}, row.percent === null || row.percent === undefined ? '' : el('span', { class: 'bar' },
            el('progress', { max: '100', value: String(row.percent), 'aria-label': `${row.cells[0]} progress` }),
            `${row.percent.toFixed(1)} %`)) : null))))));
  }

  // ---- Loading -----------------------------------------------------------------------------------

  async function loadStatus() {
    state.status = await get('/migrations');
    renderStatus();
  }

  async function loadHistory() {
    state.runs = (await get('/migrations/history?limit=200')).runs;
    renderHistory();
    if (state.status) renderStatus();
  }

  async function loadBackfills() {
    state.backfills = await get('/migrations/backfills');
    renderBackfills();
    schedulePolling();
  }

  async function loadLint() {
    state.lint = await get('/console/lint');
    if (state.status) renderStatus();
  }

  async function loadPanels() {
    renderPanels((await get('/console/panels')).panels);
  }

  async function refreshAll() {
    const results = await Promise.allSettled([loadHistory(), loadStatus(), loadBackfills(), loadLint(), loadPanels()]);
    const failed = results.find((result) => result.status === 'rejected');
    if (failed && sessionStorage.getItem(TOKEN_KEY)) notify(`Could not load everything: ${failed.reason.message}`, true);
  }

  // ---- Wiring ------------------------------------------------------------------------------------

  function onSubmit(id, handler) {
    $(id).addEventListener('submit', (event) => {
      event.preventDefault();
      handler();
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    onSubmit('sign-in-form', () => signIn($('token').value));
    $('demo-token').addEventListener('click', demoToken);
    $('sign-out').addEventListener('click', () => signOut('Signed out.'));
    $('refresh').addEventListener('click', refreshAll);
    $('validate').addEventListener('click', validate);
    for (const id of ['history-kind', 'history-outcome']) $(id).addEventListener('change', renderHistory);
    $('history-text').addEventListener('input', renderHistory);
    onSubmit('history-filter', renderHistory);
    onSubmit('migrate-form', () => preview('migrate'));
    onSubmit('rollback-form', () => preview('rollback'));
    $('repair').addEventListener('click', askRepair);
    $('confirm-run').addEventListener('click', runConfirmed);
    $('confirm-cancel').addEventListener('click', () => {
      closeConfirm();
      notify('Nothing was run.');
    });
    const notice = sessionStorage.getItem('fieldguide.console.notice');
    sessionStorage.removeItem('fieldguide.console.notice');
    if (notice) notify(notice, notice !== 'Signed out.');
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) signIn(token);
  });
})();
