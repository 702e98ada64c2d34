/** Puts the pane on the page for a host (Excel, the preview's fake, or none). */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { buildDossierFile } from './dossier';
import { displayLanguage, languagePreference, type Host } from './host';
import { createOfficeServices } from './office-services';
import { languageFor, LANGS, type Lang } from './strings';

/** The language to open in: the user's last choice, else Office's display language. */
export function startLanguage(host: Host | null): Lang {
  const saved = languagePreference.get();
  if (saved && (LANGS as string[]).includes(saved)) return saved as Lang;
  return languageFor(displayLanguage(host));
}

export function mountPane(el: HTMLElement, host: Host | null): void {
  const lang = startLanguage(host);
  document.documentElement.lang = lang;
  const services = host ? createOfficeServices(host) : null;
  createRoot(el).render(
    <App
      services={services}
      initialLang={lang}
      dossier={buildDossierFile}
      onLangChange={(l) => {
        languagePreference.set(l);
        document.documentElement.lang = l;
      }}
    />,
  );
}
