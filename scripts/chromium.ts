// Chromium as every browser run here launches it: Debian's binary (never a downloaded browser),
// with the flags that keep it from calling outside hosts. Shared by playwright.config.ts and scripts.

export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
