/** The pane's language, given to every component through context. */
import { createContext, useContext, type ReactNode } from 'react';
import { strings, type Lang, type Strings } from './strings';

interface LangValue {
  lang: Lang;
  s: Strings;
}

const LangContext = createContext<LangValue>({ lang: 'vi', s: strings('vi') });

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={{ lang, s: strings(lang) }}>{children}</LangContext.Provider>;
}

export function useStrings(): LangValue {
  return useContext(LangContext);
}
