/**
 * The documents the stories show. They are the very JSON files the tests and the axe runs use
 * (`test/fixtures/documents/`, plus the demo document in `public/data/`), imported as JSON
 * modules: one set of examples, so what a designer reviews here is what the tests check.
 */
import bekasi from '../../public/data/bekasi.json' with { type: 'json' };
import cohen from '../../test/fixtures/documents/cohen.json' with { type: 'json' };
import longNames from '../../test/fixtures/documents/long-names.json' with { type: 'json' };
import minimal from '../../test/fixtures/documents/minimal.json' with { type: 'json' };
import partial from '../../test/fixtures/documents/partial.json' with { type: 'json' };
import threeDimensions from '../../test/fixtures/documents/three-dimensions.json' with { type: 'json' };
import twelveDimensions from '../../test/fixtures/documents/twelve-dimensions.json' with { type: 'json' };
import versionTwo from '../../test/fixtures/documents/version-2.json' with { type: 'json' };

export const documents = {
  /** Kota Bekasi, everything filled in: the demo document, also served at `/data/bekasi.json`. */
  bekasi,
  /** Only what the banner needs: a version and a city name. */
  minimal,
  /** Another city on Boyd Cohen's Smart City Wheel (scale 0–100), with its own colours. */
  cohen,
  /** A framework of three dimensions. */
  threeDimensions,
  /** A framework of twelve dimensions. */
  twelveDimensions,
  /** Valid overall, with a bad logo URL, a `javascript:` link, a bad colour and bad items. */
  partial,
  /** `schemaVersion: "2.0"`: refused with a message naming both versions. */
  versionTwo,
  /** Realistically long Indonesian names, tagline and strategy. */
  longNames,
} as const;

export type DocumentName = keyof typeof documents;

/** A fresh copy, so editing one story's `data` control cannot change another story. */
export function doc(name: DocumentName): Record<string, unknown> {
  return structuredClone(documents[name]) as Record<string, unknown>;
}

/** The demo document's URL, served from `public/` by Storybook's `staticDirs`. */
export const DEMO_URL = '/data/bekasi.json';
