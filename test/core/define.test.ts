import '../setup.js';
import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { VERSION } from '../../src/version.js';

// Mocha's globals: the project has no @types/mocha.
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, test: () => void) => void;
declare const beforeEach: (hook: () => void) => void;
declare const afterEach: (hook: () => void) => void;

let serial = 0;
/** A tag no other test (or earlier run in this page) has used. */
const freshTag = (): string => `x-define-test-${Math.random().toString(36).slice(2, 8)}-${(serial += 1)}`;

describe('defineElement', () => {
  const originalWarn = console.warn;
  let warnings: unknown[][];

  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
    };
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('defines a tag that is free', () => {
    const tag = freshTag();
    class Element extends HTMLElement {}
    defineElement(tag, Element);
    expect(customElements.get(tag)).to.equal(Element);
    expect(document.createElement(tag)).to.be.instanceOf(Element);
    expect(warnings).to.deep.equal([]);
  });

  it('defining the same class again is silent', () => {
    const tag = freshTag();
    class Element extends HTMLElement {}
    defineElement(tag, Element);
    expect(() => defineElement(tag, Element)).to.not.throw();
    expect(customElements.get(tag)).to.equal(Element);
    expect(warnings).to.deep.equal([]);
  });

  it('a second class for the same tag warns exactly once, naming both versions, and does not throw', () => {
    const tag = freshTag();
    class First extends HTMLElement {
      static readonly version = '9.8.7';
    }
    class Second extends HTMLElement {
      static readonly version = VERSION;
    }
    class Third extends HTMLElement {}
    defineElement(tag, First);
    expect(() => defineElement(tag, Second)).to.not.throw();
    expect(() => defineElement(tag, Third)).to.not.throw();
    expect(() => defineElement(tag, Second)).to.not.throw();
    expect(customElements.get(tag), 'the first stays in charge').to.equal(First);
    expect(warnings).to.have.length(1);
    const message = String(warnings[0]?.[0]);
    expect(message).to.contain(`<${tag}>`);
    expect(message).to.contain('9.8.7');
    expect(message).to.contain(VERSION);
  });

  it('warns once per tag, not once per page', () => {
    const [a, b] = [freshTag(), freshTag()];
    class A1 extends HTMLElement {}
    class A2 extends HTMLElement {}
    class B1 extends HTMLElement {}
    class B2 extends HTMLElement {}
    defineElement(a, A1);
    defineElement(b, B1);
    defineElement(a, A2);
    defineElement(b, B2);
    expect(warnings).to.have.length(2);
    expect(String(warnings[0]?.[0])).to.contain(`<${a}>`);
    expect(String(warnings[1]?.[0])).to.contain(`<${b}>`);
  });

  it('registers a class the page already registered under its own tag, as a subclass', () => {
    const [own, tag] = [freshTag(), freshTag()];
    class Element extends HTMLElement {}
    customElements.define(own, Element);
    expect(() => defineElement(tag, Element)).to.not.throw();
    const registered = customElements.get(tag);
    expect(registered !== undefined && registered !== Element).to.equal(true);
    expect(document.createElement(tag) instanceof Element).to.equal(true);
    expect(customElements.get(own) === Element).to.equal(true);
    expect(warnings).to.deep.equal([]);
  });

  it('a tag taken by something that is not this library still does not throw', () => {
    const tag = freshTag();
    customElements.define(tag, class extends HTMLElement {});
    class Mine extends HTMLElement {
      static readonly version = VERSION;
    }
    expect(() => defineElement(tag, Mine)).to.not.throw();
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain(VERSION);
    expect(String(warnings[0]?.[0])).to.contain('another script');
  });
});
