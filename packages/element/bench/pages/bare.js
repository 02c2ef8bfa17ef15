// The floor: one labelled text box on an otherwise empty page, with the same probe. What a keystroke
// costs here is the browser's own frame on this machine, which no form can beat.
import { installKeystrokeProbe, whenPainted } from './measure.js';

const committed = installKeystrokeProbe();
const start = performance.now();
const label = document.createElement('label');
label.textContent = "Child's legal name";
const input = document.createElement('input');
input.addEventListener('input', () => committed());
label.append(input);
document.getElementById('root').append(label);
window.benchMounted = whenPainted(() => document.querySelector('input') !== null, start);
