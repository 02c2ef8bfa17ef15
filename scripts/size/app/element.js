// A portal page that shows one form with the custom element: what `pnpm size` compares against.
import '@adoption-support/element';

document.querySelector('adoption-support-form').data = {};
