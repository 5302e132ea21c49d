/**
 * The stage realm's own guard against channels its Content-Security-Policy
 * does not govern. It is the first import of main.tsx, so it runs before
 * React, before the rest of the stage and long before any lesson code.
 *
 * - Connections: `RTCPeerConnection` and its kin are taken away (WebRTC
 *   reaches STUN/TURN servers whatever `connect-src` says, with data in the
 *   TURN username).
 * - Fresh realms: a child frame would bring its own untouched constructors,
 *   and `<link rel=preconnect|dns-prefetch>`, `<meta http-equiv=refresh>`,
 *   `<base>` and `<script>` connect or navigate by being in the document. So
 *   none of those elements can be put into any node, by any DOM method or
 *   HTML-string sink, and the page's own `<link>`, `<meta>` and `<script>`
 *   elements are gone before the lesson runs (their attributes could be
 *   rewritten into hints). Checked before inserting: an about:blank frame
 *   loads synchronously on insertion, so a check afterwards is too late.
 * - Navigations: `window.open`, `navigation.navigate()` and link activation
 *   (by the person, by `click()`, by a dispatched click, on a link in the
 *   page or not) are refused. `location.href` cannot be refused here (Location is
 *   unforgeable, and in an opaque-origin document the Navigation API fires no
 *   `navigate` event); the Connection-Allowlist header stops it where the
 *   browser supports it (core/hosting/csp.ts).
 * - The clipboard: lesson code cannot write it (no async clipboard, no
 *   `execCommand('copy'|'cut')`, no rewriting of a copy the person makes);
 *   on a kiosk the person's own copy is cancelled too (kiosk-policy.ts).
 *
 * Everything used after this module has run was captured now: a lesson can
 * replace prototypes, `Function.prototype.call` or globals later, and none
 * of that reaches the references below. A failure to install any of this
 * throws, so the stage does not start half-guarded.
 */

import { clipboardListener } from './kiosk-policy';

type AnyFunction = (...args: never[]) => unknown;
type Uncurried = (self: unknown, ...args: unknown[]) => unknown;

/**
 * `fn` as a plain function taking its `this` first. Bound now, while no
 * lesson code has run: the bound function holds the original `call`, so
 * later patches of `call`, `apply` or `bind` do not reach it.
 */
function uncurry(fn: AnyFunction): Uncurried {
  return Function.prototype.call.bind(fn) as Uncurried;
}

const { defineProperty, getOwnPropertyDescriptor, getPrototypeOf } = Reflect;
const ReflectApply = Reflect.apply;
const StringCtor = String;
const toLowerCase = uncurry(String.prototype.toLowerCase) as (s: string) => string;
const setHas = uncurry(Set.prototype.has) as (set: Set<string>, value: string) => boolean;

class RefusedByStage extends Error {
  override name = 'SecurityError';
}
function refuse(what: string): never {
  throw new RefusedByStage(`Lessons cannot ${what}.`);
}

/** The property as `owner` inherits it (`startContainer` lives on AbstractRange, say). */
function descriptor(owner: object, name: string): PropertyDescriptor {
  for (let at: object | null = owner; at !== null; at = getPrototypeOf(at)) {
    const found = getOwnPropertyDescriptor(at, name);
    if (found) return found;
  }
  throw new Error(`realm guard: ${name} is missing`);
}
function method(owner: object, name: string): Uncurried {
  const { value } = descriptor(owner, name);
  if (typeof value !== 'function') throw new Error(`realm guard: ${name} is not a method`);
  return uncurry(value as AnyFunction);
}
function getter(owner: object, name: string): Uncurried {
  const { get } = descriptor(owner, name);
  if (!get) throw new Error(`realm guard: ${name} has no getter`);
  return uncurry(get);
}

// Node and element facts, read with the original getters: an element's own
// properties and its prototype are the lesson's to change, its internals are not.
const nodeType = getter(Node.prototype, 'nodeType') as (node: unknown) => number;
const parentNode = getter(Node.prototype, 'parentNode') as (node: Node) => Node | null;
const localName = getter(Element.prototype, 'localName') as (el: Element) => string;
const namespaceURI = getter(Element.prototype, 'namespaceURI') as (el: Element) => string | null;
const getAttribute = method(Element.prototype, 'getAttribute') as (
  el: Element,
  name: string,
) => string | null;
const templateContent = getter(HTMLTemplateElement.prototype, 'content') as (
  el: Element,
) => DocumentFragment;
const shadowHost = getter(ShadowRoot.prototype, 'host') as (root: ShadowRoot) => Element;
const rangeStart = getter(Range.prototype, 'startContainer') as (range: Range) => Node;
const queryAll = {
  element: method(Element.prototype, 'querySelectorAll'),
  fragment: method(DocumentFragment.prototype, 'querySelectorAll'),
  document: method(Document.prototype, 'querySelectorAll'),
} as const;
const listLength = getter(NodeList.prototype, 'length') as (list: NodeList) => number;
const listItem = method(NodeList.prototype, 'item') as (list: NodeList, i: number) => Element;
const addedNodes = getter(MutationRecord.prototype, 'addedNodes') as (r: unknown) => NodeList;
const removeNode = method(Element.prototype, 'remove') as (el: Element) => void;
const replaceWithNode = method(Element.prototype, 'replaceWith') as (el: Element, n: Node) => void;
const setInnerHTML = descriptor(Element.prototype, 'innerHTML').set as AnyFunction;
const setInnerHTMLOf = uncurry(setInnerHTML) as (el: Element, html: string) => void;
const getInnerHTMLOf = getter(Element.prototype, 'innerHTML') as (el: Element) => string;
const consoleWarn = uncurry(console.warn) as (self: Console, message: string) => void;
const stageConsole = console;
function warn(message: string): void {
  consoleWarn(stageConsole, message);
}
const createElementNS = method(Document.prototype, 'createElementNS') as (
  doc: Document,
  ns: string | null,
  name: string,
) => Element;
const createElement = method(Document.prototype, 'createElement') as (
  doc: Document,
  name: string,
) => Element;
const parseFromString = method(DOMParser.prototype, 'parseFromString') as (
  parser: DOMParser,
  html: string,
  type: string,
) => Document;
const preventDefault = method(Event.prototype, 'preventDefault') as (event: Event) => void;
const stopImmediatePropagation = method(Event.prototype, 'stopImmediatePropagation') as (
  event: Event,
) => void;
const composedPath = method(Event.prototype, 'composedPath') as (event: Event) => EventTarget[];
const listen = method(EventTarget.prototype, 'addEventListener');
const eventType = getter(Event.prototype, 'type') as (event: unknown) => string;

const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * Elements that make a realm (frames and plugins) or connect, navigate or
 * load script by being in the document. Matched on the local name in any
 * namespace (an SVG `<script>` runs too); a lookalike in another namespace
 * is refused as well, which costs nothing.
 */
const FORBIDDEN = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'portal',
  'fencedframe',
  'link',
  'meta',
  'base',
  'script',
]);
const FORBIDDEN_SELECTOR = [...FORBIDDEN].join(',');
const FORBIDDEN_OR_TEMPLATE = `${FORBIDDEN_SELECTOR},template`;

function isForbidden(el: Element): boolean {
  return setHas(FORBIDDEN, toLowerCase(localName(el)));
}

/** Whether a list from querySelectorAll(FORBIDDEN_OR_TEMPLATE) holds anything forbidden, templates' contents included. */
function listHasForbidden(list: NodeList): boolean {
  const length = listLength(list);
  for (let i = 0; i < length; i++) {
    const el = listItem(list, i);
    if (toLowerCase(localName(el)) !== 'template' || isForbidden(el)) return true;
    if (subtreeHasForbidden(templateContent(el))) return true;
  }
  return false;
}

/** Whether `node` or anything under it is forbidden. Throws (refusing) for anything that is not a node. */
function subtreeHasForbidden(node: unknown): boolean {
  switch (nodeType(node)) {
    case ELEMENT_NODE: {
      const el = node as Element;
      if (isForbidden(el)) return true;
      if (toLowerCase(localName(el)) === 'template' && subtreeHasForbidden(templateContent(el))) {
        return true;
      }
      return listHasForbidden(queryAll.element(el, FORBIDDEN_OR_TEMPLATE) as NodeList);
    }
    case DOCUMENT_FRAGMENT_NODE:
      return listHasForbidden(queryAll.fragment(node, FORBIDDEN_OR_TEMPLATE) as NodeList);
    case DOCUMENT_NODE:
      return listHasForbidden(queryAll.document(node, FORBIDDEN_OR_TEMPLATE) as NodeList);
    default:
      return false;
  }
}

/**
 * Vite's loader adds `<link rel=modulepreload>` before a lazily loaded
 * module (the plan PDF). A preload only saves time, and the module still
 * loads through `import()` under the CSP, so such a link is dropped without
 * an error rather than refused.
 */
function isDroppablePreload(node: unknown): boolean {
  if (nodeType(node) !== ELEMENT_NODE) return false;
  const el = node as Element;
  return (
    toLowerCase(localName(el)) === 'link' &&
    toLowerCase(getAttribute(el, 'rel') ?? '') === 'modulepreload' &&
    listLength(queryAll.element(el, '*') as NodeList) === 0
  );
}

/**
 * Throws unless each of the first `count` arguments that is a node is safe
 * to insert (strings become text). Index loops, not `for…of`: a lesson can
 * replace the array iterator and hide an argument from the check.
 */
function checkInsertable(args: readonly unknown[], count = args.length): void {
  for (let i = 0; i < count; i++) {
    const arg = args[i];
    if (typeof arg !== 'object' || arg === null) continue;
    let isNode = true;
    try {
      nodeType(arg);
    } catch {
      // Not a node: the DOM method turns it into text.
      isNode = false;
    }
    if (isNode && subtreeHasForbidden(arg)) {
      refuse('add frames, plugins, links, meta, base or script elements to the page');
    }
  }
}

// An inert document (no browsing context: nothing in it loads, runs or
// connects) in which HTML strings are parsed before they reach the page.
const inertDocument = document.implementation.createHTMLDocument('');
const inertParser = new DOMParser();

/** A context element in the inert document that parses like `context`. */
function inertContext(context: Element | null): Element {
  if (context) {
    try {
      return createElementNS(inertDocument, namespaceURI(context), localName(context));
    } catch {
      // A name the HTML parser accepts but createElementNS does not: an ordinary element.
    }
  }
  return createElement(inertDocument, 'div');
}

/** What `holder` (an inert context element) now holds: a template's content, or its children. */
function holderHasForbidden(holder: Element): boolean {
  return toLowerCase(localName(holder)) === 'template'
    ? subtreeHasForbidden(templateContent(holder))
    : listHasForbidden(queryAll.element(holder, FORBIDDEN_OR_TEMPLATE) as NodeList);
}

/** Removes every forbidden element under `root`, inside templates too. */
function removeForbidden(root: Element | DocumentFragment): void {
  const found = (
    nodeType(root) === ELEMENT_NODE
      ? queryAll.element(root, FORBIDDEN_OR_TEMPLATE)
      : queryAll.fragment(root, FORBIDDEN_OR_TEMPLATE)
  ) as NodeList;
  for (let i = 0; i < listLength(found); i++) {
    const el = listItem(found, i);
    if (isForbidden(el) || toLowerCase(localName(el)) !== 'template') removeNode(el);
    else removeForbidden(templateContent(el));
  }
}

/**
 * The HTML a sink may parse in `context`: `html` itself when it makes no
 * forbidden element, otherwise the same markup without those elements (so a
 * slide with a stray `<script>` in its markup still shows the rest).
 * Parsed with the original setter in an inert copy of the context, so table,
 * SVG or template contexts parse as they would in the page. `<template>`
 * contents are inspected too: they become declarative shadow roots in
 * `setHTMLUnsafe`, closed ones included, where no later check could look.
 * The cleaned markup is parsed once more and checked, because serialising
 * and re-parsing HTML does not always give the same tree; if it still makes
 * a forbidden element, the call is refused.
 */
function cleanHtml(html: string, context: Element | null): string {
  const holder = inertContext(context);
  try {
    setInnerHTMLOf(holder, html);
    if (!holderHasForbidden(holder)) return html;
    removeForbidden(
      toLowerCase(localName(holder)) === 'template' ? templateContent(holder) : holder,
    );
    const cleaned = getInnerHTMLOf(holder);
    setInnerHTMLOf(holder, cleaned);
    if (holderHasForbidden(holder)) {
      refuse('add frames, plugins, links, meta, base or script elements to the page');
    }
    warn('Groundwork left out frame, plugin, link, meta, base and script elements of this markup.');
    return cleaned;
  } finally {
    setInnerHTMLOf(holder, '');
  }
}

/** A parent that is an element, or null (a document or fragment parses like a body). */
function parentElementOf(node: Node): Element | null {
  const parent = parentNode(node);
  return parent !== null && nodeType(parent) === ELEMENT_NODE ? (parent as Element) : null;
}

/** `[LegacyNullToEmptyString] DOMString`, converted once: a second conversion could answer differently. */
function htmlString(value: unknown): string {
  return value === null ? '' : StringCtor(value);
}

/**
 * Replaces `owner[name]`, keeping its attributes. `make` gets the original;
 * replacements call it as `ReflectApply(original, this, list)` with their
 * own rest-parameter array or a new array literal, never a spread (it runs
 * the array iterator, which a lesson can replace) and never by assigning
 * into an array (a setter on Array.prototype could answer instead).
 */
function replaceMethod(
  owner: object | undefined,
  name: string,
  make: (original: AnyFunction) => (this: unknown, ...args: unknown[]) => unknown,
): void {
  if (owner === undefined) return;
  const found = getOwnPropertyDescriptor(owner, name);
  // Absent in this browser: nothing to guard.
  if (!found || typeof found.value !== 'function') return;
  defineProperty(owner, name, { ...found, value: make(found.value as AnyFunction) });
}

function replaceSetter(
  owner: object,
  name: string,
  check: (self: unknown, value: unknown) => unknown,
): void {
  const found = getOwnPropertyDescriptor(owner, name);
  if (!found?.set) return;
  const set = uncurry(found.set);
  defineProperty(owner, name, {
    ...found,
    set(this: unknown, value: unknown) {
      set(this, check(this, value));
    },
  });
}

/** A method that first checks its node arguments (all of them, or only the first). */
function guardNodes(owner: object | undefined, name: string, firstOnly: boolean): void {
  replaceMethod(
    owner,
    name,
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        if (firstOnly && isDroppablePreload(args[0])) return args[0];
        checkInsertable(args, firstOnly ? 1 : args.length);
        return ReflectApply(original, this, args);
      },
  );
}

function installInsertionGuards(): void {
  for (const name of ['appendChild', 'insertBefore', 'replaceChild']) {
    guardNodes(Node.prototype, name, true);
  }
  const nodeLists = ['append', 'prepend', 'before', 'after', 'replaceWith', 'replaceChildren'];
  for (const owner of [
    Element.prototype,
    Document.prototype,
    DocumentFragment.prototype,
    CharacterData.prototype,
    DocumentType.prototype,
  ]) {
    for (const name of nodeLists) guardNodes(owner, name, false);
    guardNodes(owner, 'moveBefore', true);
  }
  replaceMethod(
    Element.prototype,
    'insertAdjacentElement',
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        checkInsertable([args[1]]);
        return ReflectApply(original, this, args);
      },
  );
  guardNodes(Range.prototype, 'insertNode', true);
  guardNodes(Range.prototype, 'surroundContents', true);
  // `document.body = frameset` would insert a frameset.
  replaceSetter(Document.prototype, 'body', (_self, value) => {
    checkInsertable([value]);
    return value;
  });
}

function installHtmlGuards(): void {
  const contextOfSelf = (self: unknown): Element | null =>
    nodeType(self) === ELEMENT_NODE ? (self as Element) : shadowHost(self as ShadowRoot);
  for (const owner of [Element.prototype, ShadowRoot.prototype]) {
    replaceSetter(owner, 'innerHTML', (self, value) => {
      const html = htmlString(value);
      return cleanHtml(html, contextOfSelf(self));
    });
    for (const name of ['setHTMLUnsafe', 'setHTML']) {
      replaceMethod(
        owner,
        name,
        (original) =>
          function (this: unknown, ...args: unknown[]) {
            const html = cleanHtml(StringCtor(args[0]), contextOfSelf(this));
            return ReflectApply(original, this, [html, args[1]]);
          },
      );
    }
  }
  replaceSetter(Element.prototype, 'outerHTML', (self, value) => {
    return cleanHtml(htmlString(value), parentElementOf(self as Node));
  });
  replaceMethod(
    Element.prototype,
    'insertAdjacentHTML',
    (original) =>
      function (this: unknown, where: unknown, value: unknown) {
        const position = toLowerCase(StringCtor(where));
        const inside = position === 'afterbegin' || position === 'beforeend';
        const context = inside ? (this as Element) : parentElementOf(this as Node);
        const html = cleanHtml(StringCtor(value), context);
        return ReflectApply(original, this, [position, html]);
      },
  );
  replaceMethod(
    Range.prototype,
    'createContextualFragment',
    (original) =>
      function (this: unknown, value: unknown) {
        const start = rangeStart(this as Range);
        const context =
          nodeType(start) === ELEMENT_NODE ? (start as Element) : parentElementOf(start);
        const html = cleanHtml(StringCtor(value), context);
        return ReflectApply(original, this, [html]);
      },
  );
  // Whole documents with declarative shadow roots: inert, but their closed
  // shadow trees could later be moved into the page unseen.
  for (const name of ['parseHTMLUnsafe', 'parseHTML']) {
    replaceMethod(
      Document,
      name,
      (original) =>
        function (this: unknown, ...args: unknown[]) {
          const html = StringCtor(args[0]);
          if (subtreeHasForbidden(parseFromString(inertParser, html, 'text/html'))) {
            refuse('add frames, plugins, links, meta, base or script elements to the page');
          }
          return ReflectApply(original, this, [html, args[1]]);
        },
    );
  }
  // document.open/write replace the whole stage (and would parse anything).
  for (const name of ['open', 'write', 'writeln']) {
    replaceMethod(
      Document.prototype,
      name,
      () =>
        function () {
          refuse('rewrite the page with document.open or document.write');
        },
    );
  }
}

/** `execCommand` commands that write the clipboard or paste HTML into the page. */
const REFUSED_COMMANDS = new Set(['copy', 'cut', 'paste', 'inserthtml']);

function installCommandGuard(): void {
  replaceMethod(
    Document.prototype,
    'execCommand',
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        const name = StringCtor(args[0]);
        // `false` is how execCommand says "not done"; a lesson that checks it sees the refusal.
        if (setHas(REFUSED_COMMANDS, toLowerCase(name))) return false;
        return ReflectApply(original, this, [name, args[1], args[2]]);
      },
  );
}

/** Connection constructors the CSP does not (fully) govern, and the clipboard's. */
const REMOVED_GLOBALS = [
  'RTCPeerConnection',
  'webkitRTCPeerConnection',
  'RTCIceTransport',
  'RTCQuicTransport',
  'WebTransport',
  'PresentationRequest',
  'ClipboardItem',
];

function removeGlobals(): void {
  for (const name of REMOVED_GLOBALS) {
    if (!Reflect.deleteProperty(window, name)) throw new Error(`realm guard: ${name} stayed`);
  }
  for (const name of ['clipboard', 'presentation']) {
    Reflect.deleteProperty(Navigator.prototype, name);
    if (Reflect.get(navigator, name) !== undefined) {
      throw new Error(`realm guard: navigator.${name} stayed`);
    }
  }
}

function installNavigationGuards(): void {
  defineProperty(window, 'open', {
    ...descriptor(window, 'open'),
    value: function open() {
      refuse('open windows');
    },
  });
  const Navigation = Reflect.get(globalThis, 'Navigation') as { prototype: object } | undefined;
  const navigationPrototype = Navigation?.prototype;
  for (const name of ['navigate', 'reload']) {
    replaceMethod(
      navigationPrototype,
      name,
      () =>
        function () {
          refuse('navigate the stage');
        },
    );
  }
}

function isLink(node: unknown): boolean {
  let name: string;
  try {
    name = toLowerCase(localName(node as Element));
  } catch {
    // Not an element (a text node, the document, the window).
    return false;
  }
  return name === 'a' || name === 'area';
}

/** Whether an event passed through a link (HTML `<a>`/`<area>`, SVG `<a>`). */
function passedThroughLink(event: Event): boolean {
  const path = composedPath(event);
  for (let i = 0; i < path.length; i++) if (isLink(path[i])) return true;
  return false;
}

/** Whether `node` is a link or inside one, across shadow roots, connected or not. */
function withinLink(node: unknown): boolean {
  let at: unknown = node;
  for (let depth = 0; at !== null && at !== undefined && depth < 10_000; depth++) {
    if (isLink(at)) return true;
    let next: Node | null;
    try {
      next = parentNode(at as Node);
    } catch {
      // Not a node (the window, an XMLHttpRequest…): no link above it.
      return false;
    }
    if (next === null && nodeType(at) === DOCUMENT_FRAGMENT_NODE) {
      try {
        next = shadowHost(at as ShadowRoot);
      } catch {
        // A plain fragment: the top of its tree.
      }
    }
    at = next;
  }
  return false;
}

/** Events whose dispatch runs a link's activation behaviour, even when synthetic. */
const ACTIVATING_EVENTS = new Set(['click', 'auxclick', 'domactivate']);

/**
 * Link activation by script, which the window listener below cannot stop: a
 * link that is not in the document (its events never reach the window), or
 * a synthetic click that is not cancelable (preventDefault does nothing).
 */
function installLinkGuards(): void {
  replaceMethod(
    HTMLElement.prototype,
    'click',
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        if (withinLink(this)) refuse('follow links');
        return ReflectApply(original, this, args);
      },
  );
  replaceMethod(
    EventTarget.prototype,
    'dispatchEvent',
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        const event = args[0];
        let type = '';
        try {
          type = toLowerCase(eventType(event));
        } catch {
          // Not an event: the original throws its own TypeError.
        }
        if (setHas(ACTIVATING_EVENTS, type) && withinLink(this)) refuse('follow links');
        return ReflectApply(original, this, args);
      },
  );
}

/**
 * Window capture listeners, registered before any other, so they run first
 * for every event in the stage and no lesson listener can stop them.
 */
function installEventGuards(): void {
  const refuseLink = (event: Event): void => {
    if (passedThroughLink(event)) preventDefault(event);
  };
  for (const type of ['click', 'auxclick']) listen(window, type, refuseLink, true);
  listen(window, 'submit', (event: Event) => preventDefault(event), true);
  // The person's own copy goes ahead, with what they selected (on a kiosk
  // it does not: kiosk-policy.ts); lesson listeners never see it, so none
  // can replace the data.
  const onClipboard = clipboardListener(stopImmediatePropagation, preventDefault);
  for (const type of ['copy', 'cut']) listen(window, type, onClipboard, true);
}

/**
 * The page's own `<link>`, `<meta>` and `<script>` elements have done their
 * work by now (module scripts run after the parser, once the style sheets
 * before them have loaded). A lesson could rewrite their attributes into a
 * resource hint or a refresh, so they go: the style sheet becomes a
 * `<style>` in the same place, keeping the cascade order.
 */
function removeOwnHeadElements(): void {
  const elements = queryAll.document(document, FORBIDDEN_SELECTOR) as NodeList;
  const length = listLength(elements);
  const found: Element[] = [];
  for (let i = 0; i < length; i++) found.push(listItem(elements, i));
  for (const el of found) {
    if (toLowerCase(localName(el)) === 'link' && el instanceof HTMLLinkElement && el.sheet) {
      const style = createElement(document, 'style');
      // Inline, a sheet's relative url()s would resolve against the page, not /assets/ where the
      // fonts are (and the only place the stage may fetch from): they are made absolute first.
      const base = el.href;
      style.textContent = [...el.sheet.cssRules]
        .map((rule) =>
          rule.cssText.replace(
            /url\((["']?)([^"')]+)\1\)/g,
            (_, _quote: string, path: string) => `url("${new URL(path, base).href}")`,
          ),
        )
        .join('\n');
      replaceWithNode(el, style);
    } else {
      removeNode(el);
    }
  }
  if (listLength(queryAll.document(document, FORBIDDEN_SELECTOR) as NodeList) !== 0) {
    throw new Error('realm guard: the page kept a forbidden element');
  }
}

/**
 * A last line for paths no method covers (the person pasting or dropping
 * markup into an editable area): anything forbidden that still appears is
 * removed as soon as it does. Observers created first are called first.
 */
function installObserver(): void {
  const observer = new MutationObserver((records) => {
    for (let r = 0; r < records.length; r++) {
      const added = addedNodes(records[r]);
      for (let n = 0; n < listLength(added); n++) {
        const node = listItem(added, n);
        if (nodeType(node) !== ELEMENT_NODE) continue;
        if (isForbidden(node)) removeNode(node);
        const inside = queryAll.element(node, FORBIDDEN_SELECTOR) as NodeList;
        for (let i = listLength(inside) - 1; i >= 0; i--) removeNode(listItem(inside, i));
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

// The prototype of `window` is checked so that this module never runs
// outside a browser page by mistake (unit tests import stage modules).
if (typeof window !== 'undefined' && getPrototypeOf(window) !== null) {
  removeOwnHeadElements();
  installEventGuards();
  installObserver();
  removeGlobals();
  installNavigationGuards();
  installLinkGuards();
  installCommandGuard();
  installHtmlGuards();
  installInsertionGuards();
}

// A module, not a script: its names stay its own.
export {};
