// Offline use after one visit: registers the service worker built by vite-plugin-pwa (precached
// app shell, code and dataset) once the page has loaded, and loads and mounts the update prompt beside
// the app.
/// <reference types="vite-plugin-pwa/vanillajs" />

import { createRoot } from 'react-dom/client';
import type { RegisterServiceWorker } from './UpdatePrompt';

const register: RegisterServiceWorker = (handlers) => {
  // Loaded here, after start-up, so neither it nor workbox-window delays the first frame.
  const ready = import('virtual:pwa-register').then(({ registerSW }) =>
    registerSW({ immediate: true, onNeedRefresh: handlers.onNeedRefresh }),
  );
  return async (reload) => (await ready)(reload);
};

/** Call once at start-up. Does nothing where service workers cannot run (file://, old browsers). */
export function startOfflineSupport(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext || location.protocol === 'file:') return;
  const start = (): void => {
    const host = document.createElement('div');
    host.className = 'update-prompt-host';
    document.body.appendChild(host);
    // The prompt itself loads now too: nothing of it is in the first frame.
    void import('./UpdatePrompt').then(({ UpdatePrompt }) =>
      createRoot(host).render(<UpdatePrompt register={register} />),
    );
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
