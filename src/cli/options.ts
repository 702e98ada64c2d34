/**
 * Every option of every command, once: `parseArgs` reads them from here and `--help` lists
 * them from here, so no option can be accepted without a help line (a test holds every entry
 * to one in both languages). Node's own `util.parseArgs` does the parsing: commander or yargs
 * would bring their English help layout and error wording, which thidua replaces anyway with
 * sentences in the user's language.
 */
export type CommandName = 'check' | 'consolidate' | 'plans';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** The value's placeholder in the help (`<tệp.json>`), per language. */
  value?: { vi: string; en: string };
  short?: string;
}

const file = (vi: string, en: string) => ({ vi, en });

export const OPTIONS: Record<CommandName, Record<string, OptionSpec>> = {
  check: {
    plan: { type: 'string', value: file('<mã | tệp.json>', '<id | plan.json>') },
    unit: { type: 'string', value: file('<tên đơn vị>', '<unit name>') },
    'conference-date': { type: 'string', value: file('<dd/mm/yyyy>', '<dd/mm/yyyy>') },
    mapping: { type: 'string', value: file('<tệp.json>', '<mapping.json>') },
    waivers: { type: 'string', value: file('<tệp.json>', '<waivers.json>') },
    out: { type: 'string', value: file('<tệp.xlsx>', '<flagged.xlsx>') },
    report: { type: 'string', value: file('<tệp.json>', '<report.json>') },
    summary: { type: 'string', value: file('<tệp.xlsx>', '<summary.xlsx>') },
    dossier: { type: 'string', value: file('<tệp.docx>', '<dossier.docx>') },
    place: { type: 'string', value: file('<địa danh>', '<place>') },
    'dossier-date': { type: 'string', value: file('<dd/mm/yyyy>', '<dd/mm/yyyy>') },
    'dossier-number': { type: 'string', value: file('<số>', '<number>') },
    'out-dir': { type: 'string', value: file('<thư mục>', '<folder>') },
    dossiers: { type: 'boolean' },
    lang: { type: 'string', value: file('vi|en', 'vi|en') },
    help: { type: 'boolean', short: 'h' },
  },
  consolidate: {
    plan: { type: 'string', value: file('<mã | tệp.json>', '<id | plan.json>') },
    out: { type: 'string', value: file('<tệp.xlsx>', '<rollup.xlsx>') },
    report: { type: 'string', value: file('<tệp.json>', '<report.json>') },
    unit: { type: 'string', value: file('<tên đơn vị>', '<unit name>') },
    'conference-date': { type: 'string', value: file('<dd/mm/yyyy>', '<dd/mm/yyyy>') },
    lang: { type: 'string', value: file('vi|en', 'vi|en') },
    help: { type: 'boolean', short: 'h' },
  },
  plans: {
    lang: { type: 'string', value: file('vi|en', 'vi|en') },
    help: { type: 'boolean', short: 'h' },
  },
};

/** The `options` argument of `util.parseArgs` for a command. */
export function parseArgsOptions(cmd: CommandName): Record<string, { type: 'string' | 'boolean'; short?: string }> {
  return Object.fromEntries(
    Object.entries(OPTIONS[cmd]).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}) }]),
  );
}
