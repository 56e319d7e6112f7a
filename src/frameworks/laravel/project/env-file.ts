/**
 * `.env` files as Laravel reads them (vlucas/phpdotenv 5, which Laravel 8–12 use):
 * `KEY=value` lines, an optional `export ` in front, `#` comments, single quotes
 * taken literally, double quotes with `\n`/`\"` escapes and `${NAME}` expansion,
 * unquoted values trimmed, cut at ` #`, and expanded too. A quoted value may span
 * lines. The first definition of a name wins, as phpdotenv's immutable repository
 * keeps it. The process environment is not consulted: it is migstamp's, not the
 * application's.
 */

/** Variables by name, in the text form `env()` then interprets. */
export function parseEnvFile(text: string): Map<string, string> {
  const vars = new Map<string, string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s?(.*)$/.exec(lines[i]!);
    if (!match) continue;
    const name = match[1]!;
    let raw = match[2]!.trimStart();
    const quote = raw[0] === '"' || raw[0] === "'" ? raw[0] : null;
    let value: string;
    if (quote !== null) {
      // A quoted value ends at the first unescaped closing quote, perhaps lines later.
      let end = closingQuote(raw, quote);
      while (end < 0 && i + 1 < lines.length) {
        raw += `\n${lines[++i]!}`;
        end = closingQuote(raw, quote);
      }
      const inner = raw.slice(1, end < 0 ? raw.length : end);
      value = quote === "'" ? inner : expand(unescape(inner), vars);
    } else {
      value = expand(raw.replace(/\s+#.*$/, '').trim(), vars);
    }
    if (!vars.has(name)) vars.set(name, value);
  }
  return vars;
}

function closingQuote(text: string, quote: string): number {
  for (let i = 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

function unescape(text: string): string {
  return text.replace(/\\([\\"$nrtfv])/g, (_, ch: string) => ({ n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' })[ch] ?? ch);
}

/** `${NAME}` (and `${NAME:-default}`) from variables defined above; an unknown name expands to ''. */
function expand(text: string, vars: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_.]*)(?::-([^}]*))?\}/g, (_, name: string, fallback: string | undefined) => {
    const value = vars.get(name);
    return value !== undefined && value !== '' ? value : fallback ?? '';
  });
}
