/**
 * A one-line progress report on stderr while a large dump is read: bytes
 * read of the total and the rate. It appears only once reading has taken a
 * second (small dumps stay silent) and only on a terminal (logs and pipes get
 * no carriage-return noise).
 */
export interface Progress {
  /** Called as bytes are read; cheap enough to call per chunk. */
  update(bytesRead: number, totalBytes: number): void;
  /** Clears the line once reading is over. */
  finish(): void;
}

/** The sink progress is written to: stderr in the CLI, a fake in tests. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 200;

/**
 * The progress report for reading `label`, or null when `quiet` is set or
 * `stream` is not a terminal.
 */
export function createProgress(label: string, options: { readonly quiet: boolean; readonly stream?: ProgressStream; readonly now?: () => number }): Progress | null {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || stream.isTTY !== true) return null;
  const now = options.now ?? Date.now;
  const started = now();
  let lastDrawn = 0;
  let drawn = false;
  return {
    update(bytesRead, totalBytes) {
      const at = now();
      // Checked per chunk rather than on a timer: reading keeps the event loop busy, and no timer has to be cleaned up.
      if (at - started < SHOW_AFTER_MS || at - lastDrawn < REDRAW_EVERY_MS) return;
      lastDrawn = at;
      drawn = true;
      stream.write(`\r\x1b[Kmigstamp: reading ${label}: ${progressText(bytesRead, totalBytes, (at - started) / 1000)}`);
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}

/** "1.2 GB of 4.0 GB (30%), 850 MB/s"; the total is left out when unknown (0). */
export function progressText(bytesRead: number, totalBytes: number, seconds: number): string {
  const rate = seconds > 0 ? `${size(bytesRead / seconds)}/s` : '';
  const share = totalBytes > 0 ? ` of ${size(totalBytes)} (${Math.min(100, Math.floor((bytesRead / totalBytes) * 100))}%)` : '';
  return `${size(bytesRead)}${share}${rate === '' ? '' : `, ${rate}`}`;
}

function size(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(0)} MB`;
  return `${(bytes / 1e3).toFixed(0)} kB`;
}
