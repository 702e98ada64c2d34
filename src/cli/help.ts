/** `thidua --help` and `thidua <command> --help`, in the chosen language, every option on one line. */
import type { Lang } from '../engine/findings';
import { messages } from '../engine/i18n';
import { VERSION } from '../engine/version';
import { OPTIONS, type CommandName } from './options';

export function generalHelp(lang: Lang): string {
  return messages(lang).help.general(VERSION);
}

export function commandHelp(cmd: CommandName, lang: Lang): string {
  const h = messages(lang).help;
  const entries = Object.entries(OPTIONS[cmd]).map(([name, o]) => ({
    left: `  ${o.short ? `-${o.short}, ` : '    '}--${name}${o.value ? ` ${o.value[lang]}` : ''}`,
    text: h.options[cmd][name] ?? '',
  }));
  const width = Math.max(...entries.map((e) => e.left.length)) + 2;
  const footer = cmd === 'check' ? h.checkFooter : cmd === 'consolidate' ? h.consolidateFooter : '';
  return [h.usage[cmd], '', h.optionsHeader, ...entries.map((e) => e.left.padEnd(width) + e.text), ...(footer ? ['', footer] : [])].join(
    '\n',
  );
}
