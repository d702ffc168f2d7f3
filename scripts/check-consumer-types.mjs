// Type-checks small consumer modules against the built package, each entry in a program of its
// own, as an app that imports only that entry: its element class, its events (`bekasi-load`,
// `bekasi-error` and its own select event) typed on addEventListener, under TypeScript's
// `nodenext` and `bundler` resolution with `strict`. attw checks that the types resolve; this
// checks what they say once resolved. Run `npm run build` first.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Uses of the two events every component fires; `element` is one of the entry's elements. */
const commonEvents = (element) => `
${element}.addEventListener('bekasi-load', (event) => {
  const issueCount: number = event.detail.issues.length;
  const cityName: unknown = event.detail.document.city;
  void issueCount, cityName;
});
document.addEventListener('bekasi-error', (event) => {
  const message: string = event.detail.message;
  const code: string = event.detail.code;
  void message, code;
});
`;

const consumers = {
  'banner.ts': `import '@bekasi/elements/banner';
const banner = document.createElement('bekasi-banner');
${commonEvents('banner')}`,
  'scorecard.ts': `import '@bekasi/elements/scorecard';
const scorecard = document.createElement('bekasi-scorecard');
scorecard.addEventListener('bekasi-dimension-select', (event) => {
  const dimension: string = event.detail.dimension;
  void dimension;
});
${commonEvents('scorecard')}`,
  'timeline.ts': `import '@bekasi/elements/timeline';
const timeline = document.createElement('bekasi-timeline');
timeline.addEventListener('bekasi-programme-select', (event) => {
  const id: string = event.detail.programme;
  void id;
});
${commonEvents('timeline')}`,
  'quick-wins.ts': `import '@bekasi/elements/quick-wins';
const tracker = document.createElement('bekasi-quick-wins');
tracker.addEventListener('bekasi-quickwin-select', (event) => {
  const id: string = event.detail.id;
  void id;
});
${commonEvents('tracker')}`,
  'scorecard-class.ts': `import { BekasiScorecard } from '@bekasi/elements/scorecard/class';
customElements.define('city-scorecard', class extends BekasiScorecard {});
const scorecard = new BekasiScorecard();
${commonEvents('scorecard')}`,
  'timeline-class.ts': `import { BekasiTimeline } from '@bekasi/elements/timeline/class';
const timeline = new BekasiTimeline();
${commonEvents('timeline')}`,
};

const modes = {
  nodenext: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext },
  bundler: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
};

// A consumer project whose node_modules/@bekasi/elements is this repository, as npm links it.
const project = mkdtempSync(join(tmpdir(), 'bekasi-consumer-'));
try {
  mkdirSync(join(project, 'node_modules', '@bekasi'), { recursive: true });
  symlinkSync(root, join(project, 'node_modules', '@bekasi', 'elements'), 'dir');
  writeFileSync(join(project, 'package.json'), '{ "type": "module" }\n');
  for (const [file, source] of Object.entries(consumers)) writeFileSync(join(project, file), source);

  const failures = [];
  for (const [mode, resolution] of Object.entries(modes)) {
    const options = {
      ...resolution,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      strict: true,
      noEmit: true,
      // What is checked is the consumer's code against the declarations; the declarations
      // themselves are tsc's output, checked when they are built.
      skipLibCheck: true,
      types: [],
    };
    // One host for all programs of a mode: lib.dom.d.ts and the package's files are parsed once.
    const host = ts.createCompilerHost(options);
    const parsed = new Map();
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, ...rest) => {
      if (fileName.startsWith(project) && !fileName.includes('node_modules')) {
        return getSourceFile(fileName, languageVersion, ...rest);
      }
      if (!parsed.has(fileName)) parsed.set(fileName, getSourceFile(fileName, languageVersion, ...rest));
      return parsed.get(fileName);
    };
    for (const file of Object.keys(consumers)) {
      const program = ts.createProgram([join(project, file)], options, host);
      for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
        const where = diagnostic.file
          ? `${diagnostic.file.fileName.replace(project, '(consumer)').replace(root, '(package)')}:` +
            `${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
          : '';
        failures.push(
          `${mode} ${file} ${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`,
        );
      }
    }
  }
  if (failures.length > 0) {
    console.error(`Consumer types: ${failures.length} error(s)\n${failures.join('\n')}`);
    process.exitCode = 1;
  } else {
    const count = Object.keys(consumers).length * Object.keys(modes).length;
    console.log(`Consumer types: ${count} programs (each entry alone, nodenext and bundler) type-check.`);
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}
