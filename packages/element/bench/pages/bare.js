// The floor: one labelled text box on an otherwise empty page, probed as the forms are. What a
// keystroke costs here is the browser's own frame on this machine, which no form can beat. Its
// "validity update" is the input event: the browser checks the box's constraints synchronously.
import { installProbe, markReady } from './measure.js';

const changed = installProbe();
const label = document.createElement('label');
label.textContent = "Child's legal name";
const input = document.createElement('input');
input.required = true;
input.maxLength = 200;
input.addEventListener('input', () => changed(input.value));
label.append(input);
document.getElementById('root').append(label);
markReady(() => document.querySelector('input') !== null);
