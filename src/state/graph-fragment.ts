// A whole graph file inside a link's fragment (`#graph-file=…`, never sent to a server): the text
// compressed with deflate-raw (CompressionStream) and written in base64url. Reading caps the size.

import { MAX_FILE_BYTES } from '../data/limits';
import { FRAGMENT_KEY } from './app-address';

export { FRAGMENT_KEY } from './app-address';
/** Links longer than this are unwieldy to paste and some apps cut them: larger graphs go as a file. */
export const MAX_FRAGMENT_CHARS = 32_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The fragment value (without `#graph-file=`) for a file's text. */
export async function encodeGraphFragment(text: string): Promise<string> {
  const input = new Blob([new TextEncoder().encode(text)]).stream();
  const packed = await readAll(
    input.pipeThrough(new CompressionStream('deflate-raw')),
    Number.POSITIVE_INFINITY,
  );
  return toBase64Url(packed ?? new Uint8Array());
}

export type FragmentRead = { kind: 'none' } | { kind: 'graph'; text: string } | { kind: 'bad'; why: string };

/** Reads `location.hash`; a fragment that is not a graph link is `none`. */
export async function decodeGraphFragment(hash: string): Promise<FragmentRead> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(FRAGMENT_KEY);
  if (value === null) return { kind: 'none' };
  const bytes = fromBase64Url(value);
  if (bytes === null || bytes.length === 0)
    return { kind: 'bad', why: 'the graph in the link is damaged (not base64url)' };
  try {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    const raw = await readAll(stream, MAX_FILE_BYTES);
    if (raw === null) return { kind: 'bad', why: 'the graph in the link is larger than 20 MB' };
    return { kind: 'graph', text: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
  } catch {
    return {
      kind: 'bad',
      why: 'the graph in the link is damaged (it does not decompress); the link may have been cut short',
    };
  }
}
