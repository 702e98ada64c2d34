// Development-only preview of the task pane in a plain browser (no Excel, no office.js).
// Built only in development mode (`webpack --mode development`, the dev server); never in dist/.
import { createRoot } from 'react-dom/client';
import { App } from '../taskpane/App';

const el = document.getElementById('root');
if (el) createRoot(el).render(<App />);
