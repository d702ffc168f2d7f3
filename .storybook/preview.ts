import {
  setCustomElementsManifest,
  type ArgTypesEnhancer,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
/// <reference types="vite/client" />
import { html } from 'lit';
// Registers every component, as a page loading the library does.
import '../src/index.js';

/**
 * custom-elements.json is generated from the components' JSDoc (`npm run analyze`, part of
 * `npm run build`) and not committed; it drives the docs tables and the controls. Taken through
 * a glob so that type-checking and a Storybook started before the first build still work.
 */
const generated = import.meta.glob<{ default: unknown }>('../custom-elements.json', { eager: true });
const manifest = Object.values(generated)[0]?.default;
if (!manifest) {
  console.warn('custom-elements.json is missing: run `npm run analyze` for the docs tables and controls.');
}

interface Member {
  kind?: string;
  static?: boolean;
  privacy?: string;
}
interface Manifest {
  modules?: { declarations?: { members?: Member[]; slots?: { name: string }[] }[] }[];
}

/**
 * The public API only: the docs tables and controls list what a page may use, not the private
 * and protected machinery the analyzer also records.
 */
function publicApi(source: Manifest): Manifest {
  const copy = structuredClone(source);
  for (const module of copy.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      // The default slot has no name, and the docs table leaves a nameless row out.
      for (const slot of declaration.slots ?? []) slot.name ||= 'default';
      if (!declaration.members) continue;
      declaration.members = declaration.members.filter(
        (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected',
      );
    }
  }
  return copy;
}

if (manifest) setCustomElementsManifest(publicApi(manifest as Manifest));

type Theme = 'light' | 'dark' | 'auto';

/**
 * Applies the toolbar's language, direction and theme. The language and the direction go on a
 * wrapper: components speak the language of their closest `[lang]` ancestor and follow the
 * direction around them, as on a real page. The theme is an attribute of each component, so it
 * reaches the stories as the `theme` arg; the wrapper gets a matching page background (see
 * preview-head.html), since a dark component on a white page shows nothing.
 */
const withLanguageAndTheme: Decorator = (story, context) => {
  const lang = String(context.globals['lang'] ?? 'id');
  const dir = context.globals['dir'] === 'rtl' ? 'rtl' : 'ltr';
  const theme = String(context.globals['theme'] ?? 'light') as Theme;
  return html`<div class="bekasi-story" lang=${lang} dir=${dir} data-theme=${theme}>
    ${story({ args: { ...context.args, theme } })}
  </div>`;
};

/**
 * Events, CSS custom properties, parts and slots are documented in the table but cannot be set
 * as args (events are shown in the Actions panel; CSS is set by the page), so they get no control.
 */
const documentedOnly = new Set(['events', 'css custom properties', 'css shadow parts', 'slots']);

/**
 * The manifest gives each attribute's TypeScript type as text (`'radar' | 'bars'`, `string |
 * undefined`). Storybook drops an arg read from a link (`&args=variant:bars`) whose type name it
 * does not know, so a shared link lost every text and choice control: these become Storybook's own.
 */
function storybookType(text: string): { name: string; value?: string[] } | undefined {
  const choices = [...text.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '');
  if (choices.length > 0) return { name: 'enum', value: choices };
  for (const name of ['string', 'number', 'boolean']) if (text.includes(name)) return { name };
  return undefined;
}

const withoutControls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (documentedOnly.has(String(argType.table?.category))) return [name, { ...argType, control: false }];
      const text = (argType.type as { name?: string } | undefined)?.name;
      if (text === undefined) return [name, argType];
      const type = storybookType(text);
      return [name, type ? { ...argType, type } : { ...argType, type: undefined }];
    }),
  );

const preview: Preview = {
  decorators: [withLanguageAndTheme],
  argTypesEnhancers: [withoutControls],
  globalTypes: {
    lang: {
      description: 'Language of the components (the page language they inherit)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'id', title: 'Bahasa Indonesia', right: 'id' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Direction of the page around the components (right to left, as for Arabic)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right', right: 'ltr' },
          { value: 'rtl', title: 'Right to left', right: 'rtl' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of the components (their theme attribute)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Auto (follows the system)', icon: 'browser' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'id', dir: 'ltr', theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    options: {
      storySort: {
        order: [
          'Docs',
          [
            'Getting started',
            'Embedding',
            'Frameworks',
            'Data format',
            'Scorecard',
            'Timeline',
            'Quick wins',
            'Theming',
            'Accessibility',
          ],
          'Components',
        ],
      },
    },
  },
};

export default preview;
