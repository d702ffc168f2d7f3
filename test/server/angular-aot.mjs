// The Angular app of test/components/frameworks/angular-app.ts built ahead of time, the way an
// Angular CLI build makes one, in two steps:
//
// 1. The Angular compiler (@angular/compiler-cli's ngtsc), with `strictTemplates`, type-checks the
//    templates and turns the decorators into static definitions (`ɵcmp`, `ɵfac`).
// 2. esbuild bundles the result with Angular's runtime, through the Angular linker: Angular's own
//    packages ship "partially compiled" (`ɵɵngDeclareFactory` …), which without the linker fall
//    back to compiling in the browser, with @angular/compiler. `ngJitMode` is false, as in a CLI
//    build. The package's imports (`@bekasi/elements/timeline` …) stay out of the bundle, pointed
//    at the src/ modules the test files import (the esbuild plugin serves a test file's
//    `../../src/bekasi-timeline.js` as `/src/bekasi-timeline.ts`), so a tag is defined once.
//
// test/server/vendor-plugin.mjs runs this file in a child process (both steps are synchronous
// work of seconds, which would stall the test server) the first time a test asks for
// `/__vendor__/angular-aot.js`. It prints one JSON line: the bundle, every diagnostic of the
// compile as `file: NG8001: message`, the bundle's modules, and the ones the linker processed.
// What it made is also written to test-results/angular-aot/ for a reader.
//
// @angular/compiler-cli 22 asks for TypeScript 6.0. package.json's `overrides` lets it share the
// project's 5.9 (a second TypeScript, as an alias package, would take over the `tsc` command), so
// tsconfig.angular.json turns the compiler's version check off.
import {
  ConsoleLogger,
  createCompilerHost,
  createProgram,
  LogLevel,
  NodeJSFileSystem,
  readConfiguration,
} from '@angular/compiler-cli';
import { needsLinking } from '@angular/compiler-cli/linker';
import { createEs2015LinkerPlugin } from '@angular/compiler-cli/linker/babel';
// The Babel the linker is written for: @angular/compiler-cli's own dependency.
import { transformSync } from '@babel/core';
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');
const CONFIG = join(root, 'test/components/frameworks/tsconfig.angular.json');
const APP_SOURCE = 'test/components/frameworks/angular-app.ts';
const OUT = join(root, 'test-results/angular-aot');

/** `NG8001` for Angular's codes (stored as -998001), `TS2322` for TypeScript's. */
const codeOf = (code) => (code < 0 ? `NG${String(-code).slice(2)}` : `TS${code}`);

/** Step 1: angular-app.ts as JavaScript, and everything the compiler said of the app's files. */
function compile() {
  const config = readConfiguration(CONFIG);
  const describe = (diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const file = diagnostic.file ? relative(root, diagnostic.file.fileName) : 'tsconfig';
    return `${file}: ${codeOf(diagnostic.code)}: ${message}`;
  };
  if (config.errors.length > 0) return { code: '', diagnostics: config.errors.map(describe) };

  const host = createCompilerHost({ options: config.options });
  const program = createProgram({ rootNames: config.rootNames, options: config.options, host });
  // The checks `ng build` makes, for the app's files: TypeScript's, and Angular's (the templates
  // type-checked against the components and the package's types). src/ is checked by `npm run
  // typecheck`; checking it again here would take seconds.
  const files = config.rootNames.map((name) => program.getTsProgram().getSourceFile(name));
  const diagnostics = [
    ...program.getTsOptionDiagnostics(),
    ...program.getNgOptionDiagnostics(),
    ...files.flatMap((file) => [
      ...program.getTsSyntacticDiagnostics(file),
      ...program.getTsSemanticDiagnostics(file),
      ...program.getNgSemanticDiagnostics(file.fileName),
    ]),
  ];
  // Only the app's own module: the page takes the components from src/.
  let code = '';
  program.emit({
    emitFlags: config.emitFlags,
    emitCallback: ({ program: tsProgram, targetSourceFile, cancellationToken, customTransformers }) =>
      relative(root, targetSourceFile.fileName) === APP_SOURCE
        ? tsProgram.emit(
            targetSourceFile,
            (_, text) => {
              code = text;
            },
            cancellationToken,
            false,
            customTransformers,
          )
        : { emitSkipped: true, diagnostics: [], emittedFiles: [] },
  });
  return { code, diagnostics: diagnostics.map(describe) };
}

/** Step 2: the compiled app and `bootstrapApplication` in one module, Angular linked. */
async function bundle(entry) {
  const linker = createEs2015LinkerPlugin({
    linkerJitMode: false,
    fileSystem: new NodeJSFileSystem(),
    logger: new ConsoleLogger(LogLevel.warn),
  });
  const linked = [];
  const result = await build({
    stdin: {
      contents: `export { bootstrapApplication } from '@angular/platform-browser';\nexport * from './angular-app.js';\n`,
      resolveDir: OUT,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    define: { ngJitMode: 'false' },
    plugins: [
      {
        name: 'bekasi-elements-from-src',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^@bekasi\/elements\/[a-z-]+$/ }, ({ path }) => ({
            path: `/src/bekasi-${path.slice('@bekasi/elements/'.length)}.ts`,
            external: true,
          }));
        },
      },
      {
        name: 'angular-linker',
        setup(esbuild) {
          esbuild.onLoad({ filter: /[\\/]node_modules[\\/]@angular[\\/].*\.m?js$/ }, async ({ path }) => {
            const source = await readFile(path, 'utf8');
            if (!needsLinking(path, source)) return { contents: source, loader: 'js' };
            linked.push(relative(root, path));
            const output = transformSync(source, {
              filename: path,
              plugins: [linker],
              compact: false,
              configFile: false,
              babelrc: false,
              browserslistConfigFile: false,
              sourceMaps: false,
            });
            return { contents: output.code, loader: 'js' };
          });
        },
      },
    ],
  });
  writeFileSync(entry, result.outputFiles[0].text);
  return {
    code: result.outputFiles[0].text,
    modules: Object.keys(result.metafile.inputs),
    linked: linked.sort(),
  };
}

export async function buildAngularApp() {
  const started = performance.now();
  const { code, diagnostics } = compile();
  const compiled = performance.now();
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'angular-app.js'), code);
  const bundled = await bundle(join(OUT, 'bundle.js'));
  const milliseconds = {
    compile: Math.round(compiled - started),
    bundle: Math.round(performance.now() - compiled),
  };
  return { ...bundled, diagnostics, milliseconds };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.stdout.write(`${JSON.stringify(await buildAngularApp())}\n`);
}
