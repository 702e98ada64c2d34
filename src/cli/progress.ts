/** A one-line progress indicator on stderr, for a terminal only (CONTRACT.md). */
import { messages } from '../engine/i18n';
import type { Lang } from '../engine/findings';
import type { Io } from './main';

type Stage = 'read' | 'detect' | 'check' | 'summary' | 'write';

export class Progress {
  private readonly started = Date.now();
  private shown = false;
  private last = '';

  constructor(
    private readonly io: Io,
    private readonly lang: Lang,
  ) {}

  stage(stage: Stage, done: number): void {
    // Quick runs print nothing: the line appears only after about a second.
    if (!this.io.isTTY || Date.now() - this.started < 1000) return;
    const line = `${messages(this.lang).cli.stage[stage]}… ${Math.round(done * 100)}%`;
    if (line === this.last) return;
    this.last = line;
    this.shown = true;
    this.io.stderr(`\r\x1b[K${line}`);
  }

  done(): void {
    if (this.shown) this.io.stderr('\r\x1b[K');
  }
}
