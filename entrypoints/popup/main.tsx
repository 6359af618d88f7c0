import { render } from 'preact';

// Placeholder: the popup issue replaces this with code search and "Enable on this site".
function Popup() {
  return <h1>ClaimLens</h1>;
}

const root = document.getElementById('claimlens-popup-root');
if (root) render(<Popup />, root);
