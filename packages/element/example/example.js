// A portal page that is not written in React: it gives the form its data and listens to its events.
// The data stays with the page; here it is kept in memory only.
const form = document.querySelector('adoption-support-form');
const validity = document.getElementById('validity');
const submitted = document.getElementById('submitted');

form.data = {};

form.addEventListener('change', (event) => {
  // event.detail: { data, valid, errors, derived }. Save event.detail.data to your own service here.
  validity.textContent = event.detail.valid
    ? 'Complete and correct.'
    : `${event.detail.errors.length} thing(s) still to do.`;
});

form.addEventListener('validity', (event) => {
  validity.textContent = event.detail.valid
    ? 'Complete and correct.'
    : `${event.detail.errors.length} thing(s) still to do.`;
});

form.addEventListener('submit', (event) => {
  submitted.hidden = false;
  submitted.textContent = JSON.stringify(event.detail.data, null, 2);
});

document.getElementById('locale').addEventListener('change', (event) => {
  form.setAttribute('locale', event.target.value);
});

document.getElementById('audience').addEventListener('change', (event) => {
  form.setAttribute('audience', event.target.value);
});
