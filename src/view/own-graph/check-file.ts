// Reading and checking a graph file the person opened: size limit first, then reading with
// progress, then the validator in a Web Worker (inline where workers do not exist, as in tests).

import { type CheckMessage, type CheckStage, checkGraphText } from '../../data/check-graph-text';
import { MAX_FILE_BYTES } from '../../data/limits';
import type { CareerGraphFile } from '../../domain/types';
import { checkGraphWorker, WORKERS } from '../app-workers';

export type Checked =
  | { ok: true; file: CareerGraphFile; text: string }
  | { ok: false; fileName: string; problems: string[]; total: number };

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function tooLargeMessage(name: string, bytes: number): string {
  return `${name}: $: the file is ${mb(bytes)}, too large to open (expected at most ${mb(MAX_FILE_BYTES)}). Split the graph or remove unused fields.`;
}

function readText(file: Blob, progress: (text: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0)
        progress(`Reading the file… ${Math.round((100 * e.loaded) / e.total)}%`);
    };
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

const STAGE_WORDS: Record<CheckStage, string> = {
  parsing: 'Reading the JSON…',
  validating: 'Checking the graph with the validator…',
  done: 'Checked.',
};

async function checkInWorker(
  text: string,
  fileName: string,
  progress: (text: string) => void,
): Promise<CheckMessage> {
  if (!WORKERS) {
    let result: CheckMessage | null = null;
    await checkGraphText({ text, fileName }, (m) => {
      if (m.type === 'result') result = m;
    });
    return result as unknown as CheckMessage;
  }
  return new Promise((resolve) => {
    const worker = checkGraphWorker();
    worker.onmessage = (e: MessageEvent<CheckMessage>) => {
      const m = e.data;
      if (m.type === 'progress') {
        progress(STAGE_WORDS[m.stage]);
        return;
      }
      worker.terminate();
      resolve(m);
    };
    worker.onerror = (e) => {
      worker.terminate();
      resolve({
        type: 'result',
        ok: false,
        problems: [`${fileName}: $: the file could not be checked: ${e.message}`],
        total: 1,
      });
    };
    worker.postMessage({ text, fileName });
  });
}

/** Checks a text already in memory (spreadsheets turned into a file, a link's graph). */
export async function checkText(
  text: string,
  fileName: string,
  progress: (text: string) => void,
): Promise<Checked> {
  const m = await checkInWorker(text, fileName, progress);
  if (m.type !== 'result')
    return { ok: false, fileName, problems: ['the check ended without a result'], total: 1 };
  return m.ok
    ? { ok: true, file: m.file, text }
    : { ok: false, fileName, problems: m.problems, total: m.total };
}

export async function checkGraphFile(file: File, progress: (text: string) => void): Promise<Checked> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, fileName: file.name, problems: [tooLargeMessage(file.name, file.size)], total: 1 };
  }
  progress('Reading the file…');
  let text: string;
  try {
    text = await readText(file, progress);
  } catch (e) {
    return {
      ok: false,
      fileName: file.name,
      problems: [`${file.name}: ${e instanceof Error ? e.message : String(e)}`],
      total: 1,
    };
  }
  return checkText(text, file.name, progress);
}
