/**
 * Whether `status` colours its table, by the conventions terminals and CI
 * systems share: `FORCE_COLOR` (any value but `0` or `false`) turns colour on
 * and `FORCE_COLOR=0` off, whatever else is set; otherwise `NO_COLOR` with a
 * value (https://no-color.org: "present and not an empty string") or
 * `TERM=dumb` turns it off, and colour is used only on a terminal.
 */
export function wantsColour(env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTerminal;
}
