/**
 * A fast path for valid input, built from the valibot schemas themselves.
 *
 * valibot's `safeParse` allocates a dataset object for every value it visits and builds an issue
 * (with its message) for every union branch that does not match; for 10,000 programmes or quick
 * wins that is most of a component's first render. Nearly every item a city publishes is valid,
 * so items are first run through a parser compiled from the same schema: plain closures that
 * answer "valid, and here is valibot's output" (or, in the keeping form, the input itself) or
 * `INVALID`, with no issue built. Only on `INVALID` does the caller run `safeParse`, which then
 * says what is wrong.
 *
 * The rules stay in one place: the containers (object, array, record, union, optional, pipe) are
 * walked here with valibot's own semantics; every validation action (length, pattern, range,
 * calendar check, …) is run by valibot's own `~run`; and for any schema or action this file does
 * not know (a transform, a default, `lazy`, `nullable` …) it answers `INVALID`, so valibot decides. The tests run
 * both paths side by side on every fixture and on thousands of mutated items.
 */
import type * as v from 'valibot';

/** What a compiled parser returns for input it cannot vouch for: valibot then decides. */
export const INVALID: unique symbol = Symbol('invalid');

export type FastParser = (value: unknown) => unknown;

// The schema tree as valibot builds it: the fields this walk reads (public on every schema).
interface SchemaNode {
  kind: string;
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  key?: SchemaNode;
  value?: SchemaNode;
  options?: readonly unknown[];
  wrapped?: SchemaNode;
  pipe?: readonly SchemaNode[];
  default?: unknown;
  fallback?: unknown;
  '~run'(dataset: Dataset, config: object): Dataset;
}

interface Dataset {
  typed: boolean;
  value: unknown;
  issues?: unknown[];
}

/** valibot's configuration when none is given: no language, collect every issue. */
const CONFIG = {};

/** One dataset for every action run: actions are synchronous and never nest. */
const scratch: Dataset = { typed: true, value: undefined };

/** Compiled parsers by schema: those that build valibot's output, then those that keep the input. */
const parsers = [new WeakMap<object, FastParser>(), new WeakMap<object, FastParser>()];

/**
 * The compiled parser of a schema (compiled once, on first use). With `keep`, valid input is
 * returned itself, unknown keys and all, and never written to: only for a document the library
 * parsed itself, which nothing changes (see `ownDocument` in validate.ts). Rebuilding 10,000
 * quick wins costs the tracker about 3 MB of memory in its first render.
 */
export function fastParser(schema: v.GenericSchema, keep: boolean): FastParser {
  const compiled = parsers[+keep] as WeakMap<object, FastParser>;
  let parser = compiled.get(schema);
  if (!parser) {
    parser = compile(schema as unknown as SchemaNode, keep);
    compiled.set(schema, parser);
  }
  return parser;
}

/** What this file does not compile (defaults, transforms, `lazy` …): left to valibot. */
const decline: FastParser = () => INVALID;

function compile(node: SchemaNode, keep: boolean): FastParser {
  if (node.pipe) {
    // `pipe(schema, ...actions)`: the schema compiled, then each validation run by valibot.
    const [first, ...rest] = node.pipe;
    const actions = rest.filter((item) => item.kind !== 'metadata');
    // A second schema or a transformation in a pipe changes the value: leave it to valibot.
    if (!first || actions.some((item) => item.kind !== 'validation')) return decline;
    const base = compile(first, keep);
    return (value) => {
      const parsed = base(value);
      if (parsed === INVALID) return INVALID;
      for (let index = 0; index < actions.length; index++) {
        // Actions only read the dataset, and add to `issues` when they fail.
        scratch.typed = true;
        scratch.value = parsed;
        scratch.issues = undefined;
        if ((actions[index] as SchemaNode)['~run'](scratch, CONFIG).issues) return INVALID;
      }
      return parsed;
    };
  }
  if (node.default !== undefined || node.fallback !== undefined) return decline;
  switch (node.type) {
    case 'string':
      return (value) => (typeof value === 'string' ? value : INVALID);
    case 'number':
      return (value) => (typeof value === 'number' && !Number.isNaN(value) ? value : INVALID);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : INVALID);
    case 'picklist': {
      const options = node.options as readonly unknown[];
      return (value) => (options.includes(value) ? value : INVALID);
    }
    case 'optional': {
      const wrapped = compile(node.wrapped as SchemaNode, keep);
      return (value) => (value === undefined ? value : wrapped(value));
    }
    case 'array': {
      const item = compile(node.item as SchemaNode, keep);
      return (value) => {
        if (!Array.isArray(value)) return INVALID;
        const output: unknown[] = keep ? value : [];
        for (let index = 0; index < value.length; index++) {
          const parsed = item(value[index]);
          if (parsed === INVALID) return INVALID;
          // Kept input is not written to, not even with the same value: a page may have frozen it.
          if (!keep) output[index] = parsed;
        }
        return output;
      };
    }
    case 'record': {
      const key = compile(node.key as SchemaNode, keep);
      const entry = compile(node.value as SchemaNode, keep);
      return (value) => {
        if (!value || typeof value !== 'object') return INVALID;
        const input = value as Record<string, unknown>;
        const output: Record<string, unknown> = keep ? input : {};
        // Own enumerable keys, as valibot's for…in with hasOwnProperty. valibot leaves these three
        // out of its output, which a kept record cannot do: they are left to valibot.
        for (const name of Object.keys(input)) {
          if (name === '__proto__' || name === 'prototype' || name === 'constructor') return INVALID;
          const parsedKey = key(name);
          const parsed = entry(input[name]);
          if (parsedKey === INVALID || parsed === INVALID) return INVALID;
          if (!keep) output[parsedKey as string] = parsed;
        }
        return output;
      };
    }
    case 'union': {
      const options = (node.options as SchemaNode[]).map((option) => compile(option, keep));
      return (value) => {
        for (let index = 0; index < options.length; index++) {
          const parsed = (options[index] as FastParser)(value);
          if (parsed !== INVALID) return parsed;
        }
        return INVALID;
      };
    }
    case 'object': {
      const entries = Object.entries(node.entries as Record<string, SchemaNode>);
      // A default or fallback fills a missing key: valibot's own business.
      if (entries.some(([, schema]) => schema.default !== undefined || schema.fallback !== undefined)) {
        return decline;
      }
      const names = entries.map(([name]) => name);
      const parsers = entries.map(([, schema]) => compile(schema, keep));
      const optional = entries.map(([, schema]) => /optional|nullish/.test(schema.type));
      return (value) => {
        if (!value || typeof value !== 'object') return INVALID;
        const input = value as Record<string, unknown>;
        const output: Record<string, unknown> = keep ? input : {};
        for (let index = 0; index < names.length; index++) {
          const name = names[index] as string;
          const field = input[name];
          // An absent key and a key holding `undefined` differ in valibot's output.
          if (field !== undefined || name in input) {
            const parsed = (parsers[index] as FastParser)(field);
            if (parsed === INVALID) return INVALID;
            if (!keep) output[name] = parsed;
          } else if (!optional[index]) {
            return INVALID;
          }
        }
        return output;
      };
    }
    default:
      return decline;
  }
}
