// Records what the element tells the page, for the browser tests to read.
const element = document.querySelector('adoption-support-form');
window.formEvents = [];
for (const type of ['change', 'validity', 'submit', 'modechange']) {
  element.addEventListener(type, (event) => {
    window.formEvents.push({ type, detail: JSON.parse(JSON.stringify(event.detail)) });
  });
}
