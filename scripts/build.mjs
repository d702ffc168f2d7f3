// `npm run build`: everything that ships. src/version.ts, the JSON Schema, dist/ (tsc, one ESM
// module per source with .d.ts), the CDN bundles (Vite, one self-contained file per entry,
// checked in headless Chromium), custom-elements.json and the VS Code data file.
// Any failing step stops the build with a non-zero exit.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { build } from 'vite';
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

// (d) The CDN bundles: everything inlined, so a page needs one <script> and no import map.
const defineModules = readdirSync('src')
  .filter((file) => /^bekasi-[a-z0-9-]+\.ts$/.test(file))
  .sort();
const tagOf = (file) => file.replace(/\.ts$/, '');
const bundles = [
  { entry: 'src/index.ts', file: 'bekasi-elements.js', tags: defineModules.map(tagOf) },
  ...defineModules.map((file) => ({
    entry: `src/${file}`,
    file: `${tagOf(file).replace(/^bekasi-/, '')}.js`,
    tags: [tagOf(file)],
  })),
];

await step('cdn/ (vite)', async () => {
  for (const [index, bundle] of bundles.entries()) {
    const result = await build({
      // The top-level vite.config.ts belongs to the demo server.
      configFile: false,
      envDir: false,
      root,
      publicDir: false,
      logLevel: 'warn',
      // Lit and our code read no env at run time, but a stray `process.env.NODE_ENV` in a
      // browser bundle would throw; library mode leaves it for a bundler that is not coming.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir: 'cdn',
        emptyOutDir: index === 0,
        target: 'es2022',
        minify: true,
        sourcemap: false,
        reportCompressedSize: false,
        lib: { entry: bundle.entry, formats: ['es'], fileName: () => bundle.file },
        rolldownOptions: { external: [] },
      },
      // Squeezes the HTML and CSS inside Lit's html`…`, svg`…` and css`…` templates, which no
      // JS minifier touches.
      plugins: [minifyTemplateLiterals()],
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((entry) => entry.output);
    const chunks = outputs.filter((output) => output.type === 'chunk');
    if (chunks.length !== 1) {
      throw new StepError(`${bundle.entry} produced ${chunks.length} chunks; a CDN file must be one file`);
    }
    const [chunk] = chunks;
    if (chunk.imports.length > 0 || chunk.dynamicImports.length > 0) {
      throw new StepError(
        `cdn/${bundle.file} still imports ${[...chunk.imports, ...chunk.dynamicImports].join(', ')}`,
      );
    }
    // Library mode keeps whitespace and comments in ES output (for downstream bundlers); a CDN
    // file goes straight to browsers, so squeeze it fully.
    const path = join('cdn', bundle.file);
    const minified = await transform(readFileSync(path, 'utf8'), {
      minify: true,
      format: 'esm',
      target: 'es2022',
      // Lit's BSD-3-Clause notice must travel with it; once, at the end.
      legalComments: 'eof',
    });
    writeFileSync(path, minified.code);
  }
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
  return `${bundles.length} bundles register ${defineModules.length} elements`;
});

// (e) and (f)
await step('custom-elements.json', () => {
  bin('custom-elements-manifest', 'analyze');
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tags = manifest.modules.flatMap((module) => module.declarations ?? []).filter((item) => item.tagName);
  const missing = defineModules.map(tagOf).filter((tag) => !tags.some((item) => item.tagName === tag));
  if (missing.length > 0)
    throw new StepError(`the manifest lacks ${missing.map((tag) => `<${tag}>`).join(', ')}`);
  return `${tags.length} elements`;
});

await step('vscode.html-custom-data.json', () => node('--import', 'tsx', 'scripts/vscode-data.ts'));

const cdnTotal = statSync('cdn').isDirectory() ? filesUnder('cdn').length : 0;
console.log(`\nBuilt ${pkg.name}@${pkg.version} (${cdnTotal} CDN files):\n${summary.join('\n')}\n`);
console.log(`Sizes against the budgets: npm run size`);
