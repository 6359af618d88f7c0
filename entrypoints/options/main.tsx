import { render } from 'preact';

// Placeholder: the options issue replaces this with payer and site settings.
function Options() {
  return <h1>ClaimLens</h1>;
}

const root = document.getElementById('claimlens-options-root');
if (root) render(<Options />, root);
