import type { Lang } from '../findings';
import { en } from './en';
import type { Messages } from './types';
import { vi } from './vi';

export type { Messages };
export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : vi;
}
