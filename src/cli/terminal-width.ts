/**
 * The columns `status` fits its table into: the terminal's own width on a
 * terminal; otherwise `COLUMNS` when it holds a whole number (shells export it
 * for scripts that ask), else 80, the width a reader of a log or a pipe is
 * least likely to see wrapped again. Never below 40, where no table reads well.
 */
export function terminalWidth(env: NodeJS.ProcessEnv, terminalColumns: number | undefined): number {
  const fromTerminal = terminalColumns !== undefined && terminalColumns > 0 ? terminalColumns : null;
  const fromEnv = /^\d+$/.test(env.COLUMNS ?? '') ? Number(env.COLUMNS) : null;
  return Math.max(40, fromTerminal ?? fromEnv ?? 80);
}
