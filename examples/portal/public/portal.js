// The portal page: loads a plan, autosaves it on every change, submits it to the server and links to a
// copy for each reader. Kept out of the HTML so the page runs under a strict Content-Security-Policy.
const FORM = 'asp-england';
const AUTOSAVE_MS = 600;
const element = document.querySelector('adoption-support-form');
const status = document.getElementById('status');
const problems = document.getElementById('problems');
let plan; // { id, form, version, revision, status }
let data;
let timer;
let saving = Promise.resolve();

const who = { 'content-type': 'application/json', 'x-portal-user': 'Portal user' };

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: who,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

function show(text) {
  status.textContent = text;
}

function showProblems(result) {
  problems.replaceChildren();
  const list = document.createElement('ul');
  for (const problem of [...(result.errors ?? []), ...(result.ruleMessages ?? [])]) {
    const item = document.createElement('li');
    item.textContent = problem.message;
    list.append(item);
  }
  const heading = document.createElement('p');
  heading.textContent = result.message;
  problems.append(heading, list);
}

function shareLinks() {
  const list = document.getElementById('share');
  list.replaceChildren();
  const readers = [
    ['adopters', 'The adopters'],
    ['child', 'The child'],
    ['birthFamily', 'The first birth relative', '?recipient=0'],
    ['panel', 'The panel'],
    ['professionals', 'Professionals'],
  ];
  for (const [audience, label, query = ''] of readers) {
    const link = document.createElement('a');
    link.href = `/api/documents/${plan.id}/share/${audience}${query}`;
    link.textContent = label;
    link.dataset.audience = audience;
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
}

function take(body) {
  plan = { id: body.id, form: body.form, version: body.version, revision: body.revision, status: body.status };
  data = body.data;
}

async function open() {
  const id = new URLSearchParams(location.search).get('plan');
  let result;
  if (id) {
    result = await api('GET', `/api/documents/${encodeURIComponent(id)}`);
  } else {
    const forms = (await api('GET', '/api/forms')).body;
    const version = forms.find((form) => form.id === FORM).version;
    result = await api('POST', '/api/documents', { form: FORM, version, data: {} });
    if (result.status === 201) history.replaceState(null, '', `?plan=${result.body.id}`);
  }
  if (result.status >= 400) return show(result.body.message);
  take(result.body);
  if (result.body.migration) {
    const note = document.getElementById('migration');
    note.hidden = false;
    note.textContent = `This plan was brought up from version ${result.body.migration.from} to ${result.body.migration.to}.`;
  }
  element.setAttribute('form', plan.form);
  element.data = data;
  shareLinks();
  show(plan.status === 'submitted' ? 'This plan has been submitted.' : `Draft, revision ${plan.revision}.`);
}

/** Saves one change after another, so the page never races itself. */
function save(action) {
  saving = saving.then(async () => {
    const path = action === 'submit' ? `/api/documents/${plan.id}/submit` : `/api/documents/${plan.id}`;
    const result = await api(action === 'submit' ? 'POST' : 'PUT', path, {
      form: plan.form,
      version: plan.version,
      revision: plan.revision,
      data,
    });
    if (result.status === 200) {
      take(result.body);
      problems.replaceChildren();
      show(action === 'submit' ? 'Submitted.' : `Draft saved, revision ${plan.revision}.`);
    } else if (result.status === 422) {
      showProblems(result.body);
      show('Not submitted yet.');
    } else {
      show(result.body.message);
    }
  });
  return saving;
}

element.addEventListener('change', (event) => {
  data = event.detail.data;
  clearTimeout(timer);
  show('Saving…');
  timer = setTimeout(() => save('save'), AUTOSAVE_MS);
});

document.getElementById('submit').addEventListener('click', () => {
  clearTimeout(timer);
  save('submit');
});

open();
