import { chromium, type Browser } from 'playwright-core';

import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

/** Launches Debian's Chromium headless, kept off every host but loopback. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
