/**
 * The README's options table against the command line as Commander defines it
 * (issue 9, point 15): every option `--help` shows is in the table, under the
 * right heading, with the same short flag and whether it takes a value; every
 * option in the table, and in the usage lines above it, exists.
 *
 * The table's layout (README, "Usage"): rows before the first bold `**`cmd`**`
 * row are options of every command (and the program's own, `--version`); rows
 * under a bold row belong to that command only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { REPO_ROOT } from '../e2e/engines.js';
import { splitMarkdown, tableRows } from './markdown.js';

const EVERY_COMMAND = '(every command)';

/** `-d, --dump =` for an option with a value, `--json` for a switch. */
function describeFlags(short: string | undefined, long: string | undefined, takesValue: boolean): string {
  return `${[short, long].filter((flag) => flag !== undefined).join(', ')}${takesValue ? ' =' : ''}`;
}

/** Section → flags, as Commander has them. */
function optionsByCommand(program: Command): Map<string, Set<string>> {
  const help = program.createHelp();
  const describeOption = (option: Option) => describeFlags(option.short, option.long, option.required || option.optional);
  const perCommand = program.commands.map((command) => ({ name: command.name(), flags: help.visibleOptions(command).map(describeOption) }));
  const shared = perCommand[0]!.flags.filter((flag) => perCommand.every((command) => command.flags.includes(flag)));
  const sections = new Map<string, Set<string>>([[EVERY_COMMAND, new Set([...shared, ...help.visibleOptions(program).map(describeOption)])]]);
  for (const command of perCommand) {
    const own = command.flags.filter((flag) => !shared.includes(flag));
    if (own.length > 0) sections.set(command.name, new Set(own));
  }
  return sections;
}

/**
 * Section → flags, as the README's table lists them. A first cell holds one or
 * more code spans, one option each: `-s, --long PLACEHOLDER`, `--long`.
 */
function optionsInTable(rows: readonly (readonly string[])[]): Map<string, Set<string>> {
  const sections = new Map<string, Set<string>>([[EVERY_COMMAND, new Set()]]);
  let section = EVERY_COMMAND;
  for (const [first = ''] of rows) {
    const heading = /^\*\*`([a-z]+)`\*\*$/.exec(first);
    if (heading !== null) {
      section = heading[1]!;
      sections.set(section, new Set());
      continue;
    }
    for (const span of [...first.matchAll(/`([^`]+)`/g)].map((match) => match[1]!)) {
      const words = span.split(/[\s,]+/).filter((word) => word !== '');
      const short = words.find((word) => /^-[A-Za-z]$/.test(word));
      const long = words.find((word) => /^--[a-z][a-z-]*$/.test(word));
      const takesValue = words.some((word) => !word.startsWith('-'));
      sections.get(section)!.add(describeFlags(short, long, takesValue));
    }
  }
  return sections;
}

const readme = splitMarkdown(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8'));
const program = buildProgram();

describe('the README options table is the CLI definition (issue 9, point 15)', () => {
  it('every option, under the heading it belongs to, with its short flag and value', () => {
    const inTable = optionsInTable(tableRows(readme.prose, 'option'));
    const defined = optionsByCommand(program);
    const asSorted = (sections: Map<string, Set<string>>) => Object.fromEntries([...sections].map(([name, flags]) => [name, [...flags].sort()]));
    expect(asSorted(inTable)).toEqual(asSorted(defined));
  });

  it('the usage lines name only options their command has', () => {
    const usage = readme.blocks.find((block) => block.heading === 'Usage');
    expect(usage, 'the code block under "## Usage"').toBeDefined();
    for (const line of usage!.lines.filter((text) => text.startsWith('migstamp '))) {
      const name = line.split(/\s+/)[1]!;
      const command = program.commands.find((candidate) => candidate.name() === name);
      expect(command, line).toBeDefined();
      const known = new Set(program.createHelp().visibleOptions(command!).flatMap((option) => [option.short, option.long]));
      const named = [...line.matchAll(/(?<![\w-])--?[A-Za-z][\w-]*/g)].map((match) => match[0]);
      expect(named.filter((flag) => !known.has(flag)), line).toEqual([]);
    }
  });
});

describe('reading the table', () => {
  const rows = (...firstCells: string[]) => firstCells.map((cell) => [cell, '']);
  it.each([
    ['a short and a long flag with a value', rows('`-d, --dump FILE`'), ['-d, --dump =']],
    ['a switch', rows('`--json`'), ['--json']],
    ['two options in one cell', rows('`--table NAME`, `--prefix P`'), ['--prefix =', '--table =']],
    ['two switches, each in its span', rows('`-h, --help`, `-V, --version`'), ['-V, --version', '-h, --help']],
    ['an option with a value beside a switch', rows('`-o, --output FILE`, `--force`'), ['--force', '-o, --output =']],
  ])('%s', (_what, table, flags) => {
    expect([...optionsInTable(table).get(EVERY_COMMAND)!].sort()).toEqual(flags);
  });

  it('an option the CLI lacks, or one missing from the table, is a difference', () => {
    const defined = optionsByCommand(program);
    const table = optionsInTable(tableRows(readme.prose, 'option'));
    table.get(EVERY_COMMAND)!.add('--frobnicate =');
    expect(table).not.toEqual(defined);
    table.get(EVERY_COMMAND)!.delete('--frobnicate =');
    table.get('sql')!.delete('--force');
    expect(table).not.toEqual(defined);
  });
});
