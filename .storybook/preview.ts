import {
  setCustomElementsManifest,
  type ArgTypesEnhancer,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
/// <reference types="vite/client" />
import { html } from 'lit';
// Registers every component, as a page loading the library does.
import { registerTranslation } from '../src/index.js';
// A right-to-left language for the toolbar and the "In a right-to-left language" story: the
// sample Arabic translation the tests use.
import { ar } from '../test/fixtures/translations/ar.js';
// A page's translation with gaps, for the story "With a translation that has gaps".
import { gaps } from '../test/fixtures/translations/gaps.js';

registerTranslation(ar, gaps);

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
 * Applies the language, direction and theme. The language and the direction go on a wrapper, a
 * page around the components: they speak the language of their closest `[lang]` ancestor and run
 * in that language's direction, whatever the page's (Direction shows that). The theme is an attribute of each component, so it reaches the
 * stories as the `theme` arg; the wrapper gets a matching page background (see
 * preview-head.html), since a dark component on a white page shows nothing.
 *
 * A story sets its own language or theme as an arg (`args: { lang: 'en' }`, `args: { theme:
 * 'dark' }`), not as story `globals`: Storybook locks a toolbar item on a story that sets its
 * global. The Language and Theme globals start unset (see `initialGlobals`), so each story shows
 * its own until a language or a theme is picked in the toolbar; from then on the toolbar wins, in
 * every story, over the story's `lang` (the element's own) and `theme`, until its "As the story
 * sets it" item unsets it again.
 */
const withLanguageAndTheme: Decorator = (story, context) => {
  const picked = context.globals as { lang?: unknown; theme?: unknown; dir?: unknown };
  const args = context.args as { lang?: unknown; theme?: unknown };
  const pickedLang = typeof picked.lang === 'string' && picked.lang ? picked.lang : undefined;
  const lang = pickedLang ? undefined : args.lang;
  const dir = picked.dir === 'rtl' ? 'rtl' : 'ltr';
  const theme = String(picked.theme || args.theme || 'light') as Theme;
  return html`<div class="bekasi-story" lang=${pickedLang ?? 'id'} dir=${dir} data-theme=${theme}>
    ${story({ args: { ...context.args, lang, theme } })}
  </div>`;
};

/**
 * A component loads `src` only without `data` (the base element's precedence: the `data`
 * property, inline JSON, `src`, then the nearest `<bekasi-data>`; `<bekasi-data>` too uses `data`
 * before `src`), so `src` and the options of its loading would do nothing beside `data`. In a
 * story that starts with `data` they have no control (the row stays, saying so, which keeps them
 * in the docs page's table); in one that loads from `src`, their controls hide while `data` is
 * set (`if`).
 */
const LOADING_OPTIONS = new Set(['src', 'refresh', 'timeout', 'retries']);
const USED_WITHOUT_DATA = 'Used only when `data` is empty (the element uses `data` first)';

const loadingOptionsWithoutData: ArgTypesEnhancer = ({ argTypes, initialArgs }) => {
  if (!('data' in argTypes)) return argTypes;
  const startsWithData = initialArgs['data'] !== undefined && initialArgs['data'] !== null;
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (!LOADING_OPTIONS.has(name)) return [name, argType];
      const when = startsWithData
        ? `${USED_WITHOUT_DATA}: no control in this story, which sets \`data\`. The stories that load from \`src\` ("From src") have one.`
        : `${USED_WITHOUT_DATA}: its control hides while \`data\` is set.`;
      const description = [argType.description, when].filter(Boolean).join(' ');
      return [
        name,
        startsWithData
          ? { ...argType, description, control: { disable: true } }
          : { ...argType, description, if: { arg: 'data', truthy: false } },
      ];
    }),
  );
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
  argTypesEnhancers: [withoutControls, loadingOptionsWithoutData],
  globalTypes: {
    lang: {
      description: 'Language of the components (the page language they inherit)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { type: 'reset', title: 'As the story sets it (Indonesian unless it sets one)' },
          { value: 'id', title: 'Bahasa Indonesia', right: 'id' },
          { value: 'en', title: 'English', right: 'en' },
          { value: 'ar', title: 'العربية (sample, right to left)', right: 'ar' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description:
        'Direction of the page around the components. They run in the direction of the language they show: ' +
        'Arabic (Language) right to left on any page, Indonesian and English left to right on any page',
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
          { type: 'reset', title: 'As the story sets it (light unless it sets one)' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Auto (follows the system)', icon: 'browser' },
        ],
        dynamicTitle: true,
      },
    },
  },
  // Language and Theme start unset: each story shows its own (Indonesian and light unless it
  // sets another) until one is picked in the toolbar (see withLanguageAndTheme).
  initialGlobals: { dir: 'ltr' },
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
