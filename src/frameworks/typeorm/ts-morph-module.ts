/**
 * ts-morph, loaded on first use: most runs never read TypeScript, and the TypeScript
 * compiler it carries costs about a third of a second to load.
 */
export type TsMorph = typeof import('ts-morph');

let loaded: TsMorph | null = null;

/** Loads ts-morph once; later calls return at once. */
export async function loadTsMorph(): Promise<TsMorph> {
  loaded ??= await import('ts-morph');
  return loaded;
}

/** The loaded module; throws when `loadTsMorph` was not awaited first (a defect, reported on the migration). */
export function tsMorph(): TsMorph {
  if (loaded === null) throw new Error('ts-morph was not loaded before a TypeORM migration was read');
  return loaded;
}
