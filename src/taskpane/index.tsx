// Task-pane entry. In Excel, office.js (from Microsoft's CDN) says when it is ready; outside
// Excel (a plain browser, office.js unreachable) the pane still renders and says where to
// open it, so the page is never blank.
import { hostFromOfficeJs, setHost } from './host';
import { mountPane } from './mount';

async function start(): Promise<void> {
  const el = document.getElementById('root');
  if (!el) return;
  const host = await hostFromOfficeJs().catch(() => null);
  setHost(host);
  mountPane(el, host);
}

void start();
