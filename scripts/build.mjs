// `npm run build`: everything that ships. src/version.ts, the JSON Schema, dist/ (tsc, one ESM
// module per source with .d.ts), the CDN bundles (Vite, one self-contained file per entry,
// checked in headless Chromium), custom-elements.json and the VS Code data file.
// Any failing step stops the build with a non-zero exit.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildCdnBundle, cdnBundles } from './cdn.mjs';
import { chromeFlags, findChrome } from './find-chrome.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const summary = [];

class StepError extends Error {}

async function step(name, action) {
  const started = performance.now();
  process.stdout.write(`\n▸ ${name}\n`);
  try {
    const note = await action();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    summary.push(`  ✓ ${name.padEnd(34)} ${seconds.padStart(5)} s${note ? `  ${note}` : ''}`);
  } catch (error) {
    console.error(
      `\n✗ ${name} failed: ${error instanceof StepError ? error.message : (error?.stack ?? error)}`,
    );
    process.exit(1);
  }
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) throw new StepError(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0)
    throw new StepError(`\`${[command, ...args].join(' ')}\` exited with ${result.status ?? result.signal}`);
}

const node = (...args) => run(process.execPath, args);
const bin = (...args) => run('npx', ['--no', '--', ...args]);

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// (a) The version components report (and a second copy on a page names in its warning).
await step('src/version.ts', () => {
  const text = `// Written by scripts/build.mjs from package.json; do not edit.\nexport const VERSION = '${pkg.version}';\n`;
  const file = 'src/version.ts';
  // Rewriting an unchanged file would wake every watcher (Storybook, the demo server) for nothing.
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return `${pkg.version}, unchanged`;
  writeFileSync(file, text);
  return `${pkg.version}, written`;
});

// (b)
await step('schema/smart-city.schema.json', () => node('--import', 'tsx', 'scripts/generate-schema.ts'));

// (c) tsc leaves bare imports (lit, @lit/*, valibot, d3-*) as written, which is what npm needs.
await step('dist/ (tsc)', () => {
  rmSync('dist', { recursive: true, force: true });
  bin('tsc', '-p', 'tsconfig.build.json');
  const cli = 'dist/cli/bekasi-elements.js';
  if (!existsSync(cli)) throw new StepError(`${cli} was not emitted`);
  const source = readFileSync(cli, 'utf8');
  if (!source.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${source}`);
  chmodSync(cli, 0o755);
  const files = filesUnder('dist');
  return `${files.filter((file) => file.endsWith('.js')).length} modules, ${files.filter((file) => file.endsWith('.d.ts')).length} .d.ts`;
});

// (d) The CDN bundles (scripts/cdn.mjs).
const bundles = cdnBundles(root);
/** Every tag the package defines: the all-in-one bundle registers them all. */
const allTags = bundles[0].tags;

await step('cdn/ (vite)', async () => {
  rmSync('cdn', { recursive: true, force: true });
  mkdirSync('cdn');
  for (const bundle of bundles) {
    try {
      writeFileSync(join('cdn', bundle.file), await buildCdnBundle(bundle, root));
    } catch (error) {
      throw new StepError(error.message);
    }
  }
  // Subresource Integrity: a page pins a file to its bytes with `integrity="sha384-…"`, and the
  // browser refuses anything else a CDN might serve under that URL (docs/embedding.mdx).
  const integrity = Object.fromEntries(
    bundles.map((bundle) => [
      bundle.file,
      `sha384-${createHash('sha384')
        .update(readFileSync(join('cdn', bundle.file)))
        .digest('base64')}`,
    ]),
  );
  writeFileSync(join('cdn', 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  return bundles
    .map((bundle) => {
      const bytes = readFileSync(join('cdn', bundle.file));
      return `${bundle.file} ${kb(gzipSync(bytes, { level: 9 }).length)}`;
    })
    .join(', ');
});

// Vite 8 does not lower TC39 `accessor` decorators; if the legacy-decorator settings in
// tsconfig.json were not honoured the bundle would still build but register broken elements.
await step('cdn/ in headless Chromium', async () => {
  let executablePath;
  try {
    executablePath = findChrome({ install: false });
  } catch (error) {
    console.warn(`⚠ Skipped: ${error.message}`);
    return 'SKIPPED (no Chromium)';
  }
  const { default: puppeteer } = await import('puppeteer-core');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = url.pathname.match(/^\/cdn\/([\w.-]+\.js)$/)?.[1];
    if (file && existsSync(join('cdn', file))) {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join('cdn', file)));
    } else if (url.pathname === '/') {
      const script = url.searchParams.get('bundle') ?? '';
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<!doctype html><html lang="en"><link rel="icon" href="data:,"><script type="module" src="/cdn/${script}"></script>`,
        );
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  const browser = await puppeteer.launch({ executablePath, headless: true, args: chromeFlags });
  const failures = [];
  try {
    for (const bundle of bundles) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`${response.status()} for ${response.url()}`);
      });
      await page.goto(`http://127.0.0.1:${port}/?bundle=${bundle.file}`, { waitUntil: 'load' });
      const problems = await page.evaluate(async (tags) => {
        const found = [];
        for (const tag of tags) {
          const ctor = await Promise.race([
            customElements.whenDefined(tag),
            new Promise((done) => setTimeout(done, 5000)),
          ]);
          if (!ctor) {
            found.push(`<${tag}> is not defined`);
            continue;
          }
          // Decorated properties land in elementProperties only when the decorators ran.
          if (!ctor.elementProperties?.has('src')) found.push(`<${tag}> has no reactive "src" property`);
          const element = document.createElement(tag);
          document.body.append(element);
          await element.updateComplete;
          if (!element.shadowRoot) found.push(`<${tag}> rendered no shadow root`);
          // Class fields with [[Define]] semantics (useDefineForClassFields) would become own
          // properties hiding Lit's accessors: the element would render but never update.
          const shadowing = [...ctor.elementProperties.keys()].filter((name) => Object.hasOwn(element, name));
          if (shadowing.length > 0)
            found.push(`<${tag}> fields shadow reactive properties: ${shadowing.join(', ')}`);
        }
        return found;
      }, bundle.tags);
      failures.push(...[...problems, ...errors].map((problem) => `cdn/${bundle.file}: ${problem}`));
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (failures.length > 0) throw new StepError(`\n  ${failures.join('\n  ')}`);
  return `${bundles.length} bundles register ${allTags.length} elements`;
});

// (e) and (f)
await step('custom-elements.json', () => {
  bin('custom-elements-manifest', 'analyze');
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tags = manifest.modules.flatMap((module) => module.declarations ?? []).filter((item) => item.tagName);
  const missing = allTags.filter((tag) => !tags.some((item) => item.tagName === tag));
  if (missing.length > 0)
    throw new StepError(`the manifest lacks ${missing.map((tag) => `<${tag}>`).join(', ')}`);
  // Editors and docs tools follow an export to its declaration; one that leads nowhere is a dead end.
  const declared = new Set(
    manifest.modules.flatMap((module) =>
      (module.declarations ?? []).map((item) => `${module.path}#${item.name}`),
    ),
  );
  const dangling = manifest.modules.flatMap((module) =>
    (module.exports ?? [])
      .filter(
        (entry) => !declared.has(`${entry.declaration.module ?? module.path}#${entry.declaration.name}`),
      )
      .map((entry) => `${module.path} exports ${entry.name}`),
  );
  if (dangling.length > 0) throw new StepError(`exports without a declaration: ${dangling.join(', ')}`);
  return `${tags.length} elements`;
});

await step('vscode.html-custom-data.json', () => node('--import', 'tsx', 'scripts/vscode-data.ts'));

const cdnTotal = statSync('cdn').isDirectory() ? filesUnder('cdn').length : 0;
console.log(`\nBuilt ${pkg.name}@${pkg.version} (${cdnTotal} CDN files):\n${summary.join('\n')}\n`);
console.log(`Sizes against the budgets: npm run size`);
