/**
 * The little English inflection Laravel applies to guess table names:
 * `constrained()` pluralises the column name without `_id` (Str::plural), and
 * `foreignIdFor(User::class)` snake-cases the model name (Str::snake).
 *
 * Laravel delegates plurals to Doctrine's inflector. This covers the common cases
 * only: uncountables (data, equipment, information, media, metadata, news, series,
 * species, feedback, …), a few irregulars (person→people, child→children, man→men,
 * woman→women, mouse→mice, goose→geese, foot→feet, tooth→teeth, ox→oxen,
 * analysis→analyses, criterion→criteria, index→indices, …), consonant + y → ies,
 * -us, -ss, -x, -z, -ch, -sh → es, f/fe → ves for the usual words, and otherwise + s. A table named
 * by a rarer rule should be passed to `constrained('table')` explicitly, as Laravel
 * users do.
 */

const UNCOUNTABLE = new Set([
  'audio', 'data', 'equipment', 'feedback', 'fish', 'information', 'knowledge', 'media', 'metadata',
  'money', 'news', 'police', 'rice', 'series', 'sheep', 'species', 'traffic', 'deer', 'moose',
]);

const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['person', 'people'], ['child', 'children'], ['man', 'men'], ['woman', 'women'], ['mouse', 'mice'],
  ['goose', 'geese'], ['foot', 'feet'], ['tooth', 'teeth'], ['ox', 'oxen'], ['analysis', 'analyses'],
  ['criterion', 'criteria'], ['leaf', 'leaves'], ['life', 'lives'],
  ['knife', 'knives'], ['wife', 'wives'], ['half', 'halves'], ['shelf', 'shelves'], ['wolf', 'wolves'],
  ['thief', 'thieves'], ['axis', 'axes'], ['index', 'indices'], ['matrix', 'matrices'], ['vertex', 'vertices'],
]);

/** Plural of a snake_case word; only the last segment changes (`order_item` → `order_items`). */
export function plural(word: string): string {
  const cut = word.lastIndexOf('_') + 1;
  const head = word.slice(0, cut);
  const last = word.slice(cut);
  return head + pluralWord(last);
}

function pluralWord(word: string): string {
  const lower = word.toLowerCase();
  if (lower === '' || UNCOUNTABLE.has(lower)) return word;
  const irregular = IRREGULAR.get(lower);
  if (irregular !== undefined) return irregular;
  if (lower.endsWith('y') && !isVowel(lower.charAt(lower.length - 2))) return `${word.slice(0, -1)}ies`;
  if (lower.endsWith('us')) return `${word}es`;
  if (lower.endsWith('ss') || lower.endsWith('x') || lower.endsWith('z') || lower.endsWith('ch') || lower.endsWith('sh')) {
    return `${word}es`;
  }
  // Doctrine leaves other words ending in "s" alone (they are taken to be plural already).
  if (lower.endsWith('s')) return word;
  return `${word}s`;
}

function isVowel(ch: string): boolean {
  return ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u';
}

/** Str::snake for a StudlyCase class name: `UserProfile` → `user_profile`. */
export function snake(studly: string): string {
  let out = '';
  for (let i = 0; i < studly.length; i++) {
    const ch = studly.charAt(i);
    const upper = ch >= 'A' && ch <= 'Z';
    if (upper && i > 0) out += '_';
    out += upper ? ch.toLowerCase() : ch;
  }
  return out;
}

/** Str::beforeLast: the text before the last occurrence of `search`, or all of it. */
export function beforeLast(subject: string, search: string): string {
  if (search === '') return subject;
  const at = subject.lastIndexOf(search);
  return at < 0 ? subject : subject.slice(0, at);
}
