import { chromeCommand } from './chrome-command.mjs';

// `a11y-tree`: the whole accessibility tree under an element, as Chromium gives it to screen
// readers, ignored nodes left out. @web/test-runner-commands' `a11ySnapshot` keeps only the
// "interesting" nodes, which drops table cells, paragraphs and the text runs inside them.
export function a11yTreePlugin() {
  return chromeCommand('a11y-tree', async (page, payload) => {
    const root = payload?.selector ? await page.$(payload.selector) : null;
    if (payload?.selector && !root) throw new Error(`a11y-tree: nothing matches ${payload.selector}`);
    return page.accessibility.snapshot({ interestingOnly: false, ...(root ? { root } : {}) });
  });
}
