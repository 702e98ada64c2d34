// Task-pane entry. Renders once Office is ready, or at once when office.js is absent
// (plain browser), so the page never stays blank.
import { createRoot } from 'react-dom/client';
import { App } from './App';

function render(): void {
  const el = document.getElementById('root');
  if (el) createRoot(el).render(<App />);
}

if (typeof Office === 'undefined') {
  render();
} else {
  void Office.onReady(() => render());
}
