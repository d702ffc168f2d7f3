// A Web Test Runner command that works on the test's page through Puppeteer: what the plugins in
// this folder share. `run(page, payload)` answers the command; other commands pass by.
export function chromeCommand(name, run) {
  return {
    name: `${name}-command`,
    async executeCommand({ command, payload, session }) {
      if (command !== name) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${name} needs the Chrome launcher`);
      return run(session.browser.getPage(session.id), payload);
    },
  };
}
