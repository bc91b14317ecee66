// The requirement text syntax of spreadsheets and the editor: `rhit or (associate-him and 2 yr
// medical-coder)`. Parsing with column-precise errors, and a canonical printer that parse inverts.

import type { Requirement } from '../domain/types';

/**
 * Requirements nest at most this many levels (a bare id is 1, `a and b` is 2): the format's limit.
 * Parsing never recurses deeper than this, and printing refuses deeper trees.
 */
export const MAX_REQUIREMENT_TEXT_DEPTH = 32;

export type RequirementTextResult =
  | { ok: true; requirement: Requirement }
  | { ok: false; message: string /** 1-based column the message points at. */; column: number };

type Token = { kind: '(' | ')' | ',' | 'word' | 'quoted'; text: string; column: number };

const KEYWORDS = new Set(['and', 'or']);
const UNITS = new Set(['yr', 'yrs', 'year', 'years']);
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
/** What an unquoted id may look like: the format's kebab-case. */
const PLAIN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message);
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s+|([(),])|"([^"]*)("?)|([^\s(),"]+)/gy;
  for (let m = pattern.exec(text); m !== null && m[0] !== ''; m = pattern.exec(text)) {
    const column = m.index + 1;
    if (m[1] !== undefined) tokens.push({ kind: m[1] as '(' | ')' | ',', text: m[1], column });
    else if (m[2] !== undefined) {
      if (m[3] !== '"') throw new SyntaxProblem(`the quote at column ${column} is never closed`, column);
      tokens.push({ kind: 'quoted', text: m[2], column });
    } else if (m[4] !== undefined) tokens.push({ kind: 'word', text: m[4], column });
  }
  return tokens;
}

const show = (t: Token) => (t.kind === 'quoted' ? `"${t.text}"` : `'${t.text}'`);
const isWord = (t: Token | undefined, words: Set<string> | string): boolean =>
  t?.kind === 'word' &&
  (typeof words === 'string' ? t.text.toLowerCase() === words : words.has(t.text.toLowerCase()));

/** Recursive descent: `or` of `and`s of atoms; recursion grows only with parentheses (bounded). */
class Parser {
  private at = 0;
  /** Where each group and experience starts, for the depth message. */
  readonly columns = new Map<object, number>();
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.at + offset];
  }

  private after(what: string): never {
    const prev = this.tokens[this.at - 1];
    const found = this.peek();
    const where = prev ? ` after ${show(prev)} at column ${prev.column}` : ' at column 1';
    const tail = found ? `, found ${show(found)} at column ${found.column}` : ', found the end of the text';
    const hint =
      found && isWord(found, KEYWORDS)
        ? ` (an id that is a keyword is written in quotes: "${found.text}")`
        : '';
    throw new SyntaxProblem(
      `expected ${what}${where}${tail}${hint}`,
      found?.column ?? (prev ? prev.column : 1),
    );
  }

  parseAll(): Requirement {
    if (this.tokens.length === 0) throw new SyntaxProblem('the requirement is empty (expected a node id)', 1);
    const r = this.parseOr(0);
    const rest = this.peek();
    if (rest?.kind === ')')
      throw new SyntaxProblem(`')' at column ${rest.column} closes nothing`, rest.column);
    if (rest) this.after("'and', 'or' or the end");
    return r;
  }

  private parseOr(nesting: number): Requirement {
    const first = this.peek()?.column ?? 1;
    const members = [this.parseAnd(nesting)];
    while (isWord(this.peek(), 'or')) {
      this.at++;
      members.push(this.parseAnd(nesting));
    }
    return members.length === 1 ? (members[0] as Requirement) : this.group({ anyOf: members }, first);
  }

  private parseAnd(nesting: number): Requirement {
    const first = this.peek()?.column ?? 1;
    const members = [this.parseAtom(nesting)];
    while (isWord(this.peek(), 'and')) {
      this.at++;
      members.push(this.parseAtom(nesting));
    }
    return members.length === 1 ? (members[0] as Requirement) : this.group({ allOf: members }, first);
  }

  private group<T extends object>(r: T, column: number): T {
    this.columns.set(r, column);
    return r;
  }

  private open(nesting: number, opener: Token): number {
    if (nesting + 1 > MAX_REQUIREMENT_TEXT_DEPTH) {
      throw new SyntaxProblem(
        `parentheses nest more than ${MAX_REQUIREMENT_TEXT_DEPTH} deep at column ${opener.column}`,
        opener.column,
      );
    }
    return nesting + 1;
  }

  private close(opener: Token): void {
    if (this.peek()?.kind === ')') this.at++;
    else this.after(`')' to close the '(' of column ${opener.column}`);
  }

  private parseAtom(nesting: number): Requirement {
    const t = this.peek();
    if (t === undefined || t.kind === ')' || t.kind === ',') return this.after('a node id');
    this.at++;
    if (t.kind === '(') {
      const r = this.parseOr(this.open(nesting, t));
      this.close(t);
      return r;
    }
    if (t.kind === 'quoted') return t.text;
    const word = t.text.toLowerCase();
    if ((word === 'all' || word === 'one') && isWord(this.peek(), 'of') && this.peek(1)?.kind === '(') {
      const opener = this.peek(1) as Token;
      this.at += 2;
      const inner = this.open(nesting, opener);
      const members: Requirement[] = [];
      if (this.peek()?.kind !== ')') {
        members.push(this.parseOr(inner));
        while (this.peek()?.kind === ',') {
          this.at++;
          members.push(this.parseOr(inner));
        }
      }
      this.close(opener);
      return this.group(word === 'all' ? { allOf: members } : { anyOf: members }, t.column);
    }
    if (NUMBER.test(t.text) && isWord(this.peek(), UNITS)) {
      this.at++;
      const years = Number(t.text);
      if (!(years > 0 && Number.isFinite(years))) {
        throw new SyntaxProblem(`${t.text} years at column ${t.column}: years must be more than 0`, t.column);
      }
      return this.group({ experience: this.parseId('a role id'), years }, t.column);
    }
    if (NUMBER.test(t.text) && (!PLAIN_ID.test(t.text) || this.peek()?.kind === 'word')) {
      if (!isWord(this.peek(), KEYWORDS)) return this.after("'yr' (as in '2 yr medical-coder')");
    }
    this.at--;
    return this.parseId('a node id');
  }

  private parseId(what: string): string {
    const t = this.peek();
    if (t?.kind === 'quoted') {
      this.at++;
      return t.text;
    }
    if (t?.kind !== 'word' || isWord(t, KEYWORDS)) return this.after(what);
    if (!PLAIN_ID.test(t.text)) {
      throw new SyntaxProblem(
        `'${t.text}' at column ${t.column} is not a node id (expected kebab-case: lower-case letters and digits joined by hyphens, like medical-coder)`,
        t.column,
      );
    }
    this.at++;
    return t.text;
  }
}

/** The first node nested deeper than the limit, with the column it starts at. */
function tooDeep(root: Requirement, columns: Map<object, number>): number | undefined {
  const stack: { r: Requirement; depth: number; column: number }[] = [
    { r: root, depth: 1, column: columns.get(root as object) ?? 1 },
  ];
  while (stack.length > 0) {
    const { r, depth, column } = stack.pop() as (typeof stack)[number];
    if (depth > MAX_REQUIREMENT_TEXT_DEPTH) return column;
    if (typeof r !== 'object') continue;
    const members = 'allOf' in r ? r.allOf : 'anyOf' in r ? r.anyOf : [];
    for (const m of members)
      stack.push({ r: m, depth: depth + 1, column: columns.get(m as object) ?? column });
  }
  return undefined;
}

/**
 * Reads a requirement written as text. `and` binds tighter than `or`; parentheses group; a run
 * of one operator is one group (`a or b or c` is one anyOf), while parentheses around a run of the
 * same operator keep a nested group (`(a or b) or c`); `all of (…)` / `one of (…)` write a group
 * explicitly (any number of members, separated by commas); `N yr role-id` is experience.
 */
export function parseRequirementText(text: string): RequirementTextResult {
  try {
    const parser = new Parser(tokenize(text));
    const requirement = parser.parseAll();
    const deep = tooDeep(requirement, parser.columns);
    if (deep !== undefined) {
      return {
        ok: false,
        message: `the requirement nests more than ${MAX_REQUIREMENT_TEXT_DEPTH} levels deep at column ${deep}`,
        column: deep,
      };
    }
    return { ok: true, requirement };
  } catch (error) {
    if (error instanceof SyntaxProblem) return { ok: false, message: error.message, column: error.column };
    throw error;
  }
}

function printId(id: string): string {
  return PLAIN_ID.test(id) && !KEYWORDS.has(id) ? id : `"${id}"`;
}

const membersOf = (r: Requirement): Requirement[] | undefined =>
  typeof r !== 'object' ? undefined : 'allOf' in r ? r.allOf : 'anyOf' in r ? r.anyOf : undefined;

function print(r: Requirement, depth: number): string {
  if (depth > MAX_REQUIREMENT_TEXT_DEPTH) {
    throw new RangeError(`requirement nested more than ${MAX_REQUIREMENT_TEXT_DEPTH} levels deep`);
  }
  if (typeof r === 'string') return printId(r);
  if ('experience' in r) return `${String(r.years)} yr ${printId(r.experience)}`;
  const all = 'allOf' in r;
  const members = membersOf(r) ?? [];
  if (members.length < 2) {
    const only = members[0];
    return `${all ? 'all' : 'one'} of (${only === undefined ? '' : print(only, depth + 1)})`;
  }
  return members
    .map((m) => {
      const text = print(m, depth + 1);
      return (membersOf(m)?.length ?? 0) >= 2 ? `(${text})` : text;
    })
    .join(all ? ' and ' : ' or ');
}

/**
 * The canonical text of a requirement: `parseRequirementText(printRequirement(r))` gives back `r`
 * exactly (every group, every nesting). A group of two or more members inside another is always
 * parenthesised; a group of one member (or none) is written `all of (x)` / `one of (x)`; an id
 * that is not plain kebab-case, or is `and`/`or`, is written in double quotes (an id holding a
 * double quote cannot be written; no valid id holds one).
 * Throws a RangeError for a tree nested deeper than MAX_REQUIREMENT_TEXT_DEPTH (no valid file has one).
 */
export function printRequirement(r: Requirement): string {
  return print(r, 1);
}
