// `a11y-tree`: the whole accessibility tree under an element, as Chromium gives it to screen
// readers, ignored nodes left out. @web/test-runner-commands' `a11ySnapshot` keeps only the
// "interesting" nodes, which drops table cells, paragraphs and the text runs inside them.
export function a11yTreePlugin() {
  return {
    name: 'a11y-tree-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-tree') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('a11y-tree needs the Chrome launcher');
      const page = session.browser.getPage(session.id);
      const root = payload?.selector ? await page.$(payload.selector) : null;
      if (payload?.selector && !root) throw new Error(`a11y-tree: nothing matches ${payload.selector}`);
      return page.accessibility.snapshot({ interestingOnly: false, ...(root ? { root } : {}) });
    },
  };
}
