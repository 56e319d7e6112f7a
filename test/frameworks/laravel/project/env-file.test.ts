import { describe, expect, it } from 'vitest';
import { parseEnvFile } from '../../../../src/frameworks/laravel/project/env-file.js';

describe('.env files as phpdotenv reads them', () => {
  it.each([
    ['plain', 'A=b', 'A', 'b'],
    ['trimmed, comment cut', 'A =  b c   # note', 'A', 'b c'],
    ['export prefix', 'export A=b', 'A', 'b'],
    ['single quotes are literal', "A='x ${B} \\n'", 'A', 'x ${B} \\n'],
    ['double quotes expand and unescape', 'B=1\nA="x ${B}\\n"', 'A', 'x 1\n'],
    ['a # inside quotes stays', 'A="a # b"', 'A', 'a # b'],
    ['multi-line quoted value', 'A="one\ntwo"', 'A', 'one\ntwo'],
    ['unquoted expansion with a default', 'A=${NOPE:-fallback}', 'A', 'fallback'],
    ['the first definition wins', 'A=1\nA=2', 'A', '1'],
    ['empty value', 'A=', 'A', ''],
  ])('%s', (_, text, name, value) => {
    expect(parseEnvFile(text).get(name)).toBe(value);
  });

  it('skips comments and lines without a name', () => {
    expect([...parseEnvFile('# A=1\n\n=2\nB=3').keys()]).toEqual(['B']);
  });
});
