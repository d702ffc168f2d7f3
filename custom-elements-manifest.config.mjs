// `custom-elements-manifest analyze`: custom-elements.json from the components' JSDoc. It drives
// Storybook's docs and controls and the VS Code data file (scripts/vscode-data.ts).
import { posix } from 'node:path';

/**
 * The define modules call our guarded `defineElement(tag, Class)`, which the analyzer does not
 * know (it only recognises `customElements.define`). Recording the same definition export it
 * would have made lets its own linking give the class its `tagName`.
 */
function defineElementCalls() {
  return {
    name: 'bekasi: defineElement calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !klass || !ts.isIdentifier(klass)) return;
      const name = klass.text;
      const imported = context?.imports?.find((entry) => entry.name === name);
      const module =
        imported && !imported.isBareModuleSpecifier
          ? posix.join(posix.dirname(moduleDoc.path), imported.importPath).replace(/\.js$/, '.ts')
          : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name, module } },
      ];
    },
  };
}

/**
 * Attributes typed with an alias (`variant: BannerVariant`) would show only the alias name.
 * Writing out string-literal unions (`'hero' | 'strip' | 'compact'`) gives Storybook a select
 * control and editors the allowed values.
 */
function expandLiteralAliases() {
  const aliases = new Map();
  const conflicting = new Set();
  const expand = (text) =>
    text
      .split('|')
      .map((part) => part.trim())
      .map((part) => (aliases.has(part) && !conflicting.has(part) ? aliases.get(part) : part))
      .join(' | ');
  return {
    name: 'bekasi: expand string-literal aliases',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const literals = node.type.types.every(
        (member) => ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal),
      );
      if (!literals) return;
      const text = node.type.types.map((member) => `'${member.literal.text}'`).join(' | ');
      const name = node.name.text;
      if (aliases.has(name) && aliases.get(name) !== text) conflicting.add(name);
      aliases.set(name, text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            if (item.type?.text) item.type.text = expand(item.type.text);
          }
        }
      }
    },
  };
}

/**
 * The package ships `dist/`, not `src/`: point every module reference at the published file so
 * tools that follow them (editors' go-to-definition, docs generators) find it.
 */
function publishedPaths() {
  const toDist = (path, from) => {
    // Re-exports keep the specifier as written (`./components/banner/banner.js`).
    const resolved = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path;
    return resolved.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
  };
  const visit = (value, from) => {
    if (Array.isArray(value)) {
      for (const child of value) visit(child, from);
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string')
          value[key] = toDist(child, from);
        else visit(child, from);
      }
    }
  };
  return {
    name: 'bekasi: published paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) visit(module, module.path);
    },
  };
}

/**
 * The manifest is public API documentation: members that are private, protected, static,
 * marked `@internal`, or undocumented (internal state declared in `static properties`) are
 * implementation, not contract, so they leave it (and with it Storybook's tables and the editor
 * data). Every public member carries JSDoc.
 */
function publicMembersOnly() {
  const isPublic = (member) =>
    !member.static &&
    (member.privacy ?? 'public') === 'public' &&
    Boolean(member.description) &&
    !/@internal/.test(member.description ?? '') &&
    !member.name?.startsWith('_');
  return {
    name: 'bekasi: public members only',
    packageLinkPhase({ customElementsManifest }) {
      // A component's private helpers (its view, strings, CSV, radar) are analysed for the types
      // they define, but no export of the package reaches them.
      customElementsManifest.modules = (customElementsManifest.modules ?? []).filter(
        (module) => !/(?:-view|\.strings|-csv|\/radar)\.ts$/.test(module.path),
      );
      for (const module of customElementsManifest.modules) {
        // The analyzer also lists some locals of methods as module variables; only exports count.
        const exported = new Set((module.exports ?? []).map((entry) => entry.declaration?.name));
        module.declarations = (module.declarations ?? []).filter(
          (declaration) => declaration.kind !== 'variable' || exported.has(declaration.name),
        );
        for (const declaration of module.declarations) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter(isPublic);
        }
      }
    },
  };
}

/**
 * Every export must lead a reader to a declaration. A define module re-exports its component's
 * class, which the analyzer records as an export of the define module itself (which declares
 * nothing), and type-only exports (`BannerVariant`, the event details) point at modules that
 * declare no JavaScript. Re-exports are pointed at the module that declares the class; types,
 * which the manifest's schema has no place for, leave the export lists (their docs live in the
 * `.d.ts` files). Runs after `publishedPaths`, on dist paths.
 */
function exportsThatResolve() {
  return {
    name: 'bekasi: exports that resolve',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      const declares = (path, name) =>
        modules.some(
          (module) => module.path === path && (module.declarations ?? []).some((item) => item.name === name),
        );
      for (const module of modules) {
        module.exports = (module.exports ?? []).flatMap((entry) => {
          const { name, module: target } = entry.declaration ?? {};
          if (declares(target, name)) return [entry];
          const homes = modules.filter((other) => declares(other.path, name));
          if (homes.length !== 1) return [];
          return [{ ...entry, declaration: { name, module: homes[0].path } }];
        });
      }
    },
  };
}

export default {
  // base-element.ts is analysed so the shared attributes (src, lang, theme …) are inherited
  // into every component's entry.
  globs: ['src/components/**/*.ts', 'src/bekasi-*.ts', 'src/core/base-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    defineElementCalls(),
    expandLiteralAliases(),
    publicMembersOnly(),
    publishedPaths(),
    exportsThatResolve(),
  ],
};
