// What the checking worker says: the stages it starts, then one result, the same as the validator's
// (`npm run validate`): five problems for the five-mistakes fixture, the file for a valid one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CheckMessage, checkGraphText } from '../../../src/data/check-graph-text';
import { parseCareerGraph } from '../../../src/data/load';

const run = async (path: string): Promise<CheckMessage[]> => {
  const messages: CheckMessage[] = [];
  await checkGraphText({ text: readFileSync(path, 'utf8'), fileName: 'f.json' }, (m) => messages.push(m));
  return messages;
};

describe('checking a graph file in the worker', () => {
  it('reports progress, then the problems of a file with five mistakes', async () => {
    const messages = await run('tests/fixtures/five-mistakes.json');
    expect(messages.slice(0, 2)).toEqual([
      { type: 'progress', stage: 'validating' },
      { type: 'progress', stage: 'done' },
    ]);
    const result = messages[2];
    expect(result?.type === 'result' && !result.ok && result.problems).toHaveLength(5);
    const direct = parseCareerGraph(readFileSync('tests/fixtures/five-mistakes.json', 'utf8'), 'f.json');
    expect(result?.type === 'result' && !result.ok && result.problems).toEqual(!direct.ok && direct.problems);
  });

  it('gives the file of a valid graph', async () => {
    const result = (await run('tests/fixtures/valid-small.json')).at(-1);
    expect(result?.type === 'result' && result.ok && result.file.id).toBe('small-lattice');
  });
});
