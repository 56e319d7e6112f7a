/**
 * Word wrapping for terminal tables and SQL comments.
 *
 * Breaks only at spaces: a single word longer than the room (a long migration
 * name or path) stays whole on its own line rather than being cut, since a cut
 * name can no longer be searched for or pasted.
 */

/**
 * `text` as lines of at most `width` characters (counted in UTF-16 code units,
 * which is what a terminal column is for the text migstamp prints). The first
 * line starts with `first`, the rest with `rest`; both count towards the width.
 * Runs of spaces collapse to one at a break; text without spaces is one line.
 */
export function wrapText(text: string, width: number, first: string, rest: string): string[] {
  const words = text.split(' ').filter((word) => word !== '');
  if (words.length === 0) return [first.trimEnd()];
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}
