// "Share graph and view": a link that carries the person's own graph in its fragment when it is
// small enough, else the graph file to send along with the plain link.

import { useState } from 'react';
import { graphFileText } from '../../data/graph-file-text';
import type { CareerGraphFile } from '../../domain/types';
import { encodeGraphFragment, FRAGMENT_KEY, MAX_FRAGMENT_CHARS } from '../../state/graph-fragment';
import { downloadText, fileNameOf } from './download';

type Shared = { kind: 'link'; url: string } | { kind: 'too-large'; chars: number; url: string };

export function ShareGraph({ file }: { file: CareerGraphFile }) {
  const [shared, setShared] = useState<Shared | null>(null);
  const [copied, setCopied] = useState(false);
  const make = async () => {
    setCopied(false);
    const plain = `${window.location.origin}${window.location.pathname}${window.location.search}`;
    const fragment = await encodeGraphFragment(graphFileText(file));
    setShared(
      fragment.length <= MAX_FRAGMENT_CHARS
        ? { kind: 'link', url: `${plain}#${FRAGMENT_KEY}=${fragment}` }
        : { kind: 'too-large', chars: fragment.length, url: plain },
    );
  };
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="own-share">
      <button type="button" onClick={make}>
        Share graph and view
      </button>
      {shared?.kind === 'link' ? (
        <div className="own-share-result">
          <label>
            Link with the graph inside (the part after # never reaches a server)
            <input readOnly value={shared.url} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button type="button" onClick={() => copy(shared.url)}>
            Copy the link
          </button>
          {copied ? <span role="status">Copied.</span> : null}
        </div>
      ) : null}
      {shared?.kind === 'too-large' ? (
        <div className="own-share-result" role="status">
          <p>
            This graph is too large to travel inside a link ({shared.chars.toLocaleString('en-US')} characters
            compressed, at most {MAX_FRAGMENT_CHARS.toLocaleString('en-US')}). Send the graph file with the
            link; the recipient opens the file with “Open a graph file”, then the link.
          </p>
          <button
            type="button"
            onClick={() =>
              downloadText(fileNameOf(file.title, 'json'), graphFileText(file), 'application/json')
            }
          >
            Download the graph file
          </button>
          <button type="button" onClick={() => copy(shared.url)}>
            Copy the link
          </button>
          {copied ? <span role="status">Copied.</span> : null}
        </div>
      ) : null}
    </div>
  );
}
