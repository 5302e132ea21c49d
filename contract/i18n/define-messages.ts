import { IntlMessageFormat } from 'intl-messageformat';
import { isPseudoLocale, messageLocale, uiLanguage, type UiLanguage } from './languages';
import { pseudoLocalise } from './pseudo';

/**
 * A catalog as its JSON file holds it: ICU messages, lists of them, and
 * groups of either. JSON imports type their leaves as `string`.
 */
export type CatalogTree = { readonly [key: string]: CatalogNode };
export type CatalogNode = string | readonly CatalogNode[] | CatalogTree;

/** The values a message's `{arguments}` take. */
export type MessageValues = Readonly<Record<string, string | number>>;
export type FormatMessage = (values: MessageValues) => string;

/**
 * How code calls a message that has arguments: its parameters' names,
 * types and order. The words stay in the catalog; an adapter only maps the
 * call onto the message's values (and may choose a select branch, as in
 * `hasTitle: title ? 'yes' : 'no'`).
 */
// `never[]` parameters: any parameter list is assignable, so each adapter keeps its own.
export type Adapter = (format: FormatMessage, locale: string) => (...args: never[]) => string;

export type AdapterTree<C> = {
  readonly [K in keyof C]?: C[K] extends string
    ? Adapter
    : C[K] extends readonly unknown[]
      ? never
      : AdapterTree<C[K]>;
};

/** The words code reads: plain messages as strings, messages with arguments as their adapters' functions. */
export type Messages<C, A> = {
  readonly [K in keyof C]: K extends keyof A
    ? A[K] extends Adapter
      ? ReturnType<A[K]>
      : Messages<C[K], A[K]>
    : C[K] extends string
      ? string
      : C[K] extends readonly unknown[]
        ? C[K]
        : Messages<C[K], Record<never, never>>;
};

function compile(message: string, locale: string, path: string): IntlMessageFormat {
  try {
    // Tags off: a catalog's "<" is a character, never markup.
    const parsed = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    return isPseudoLocale(locale)
      ? new IntlMessageFormat(pseudoLocalise(parsed.getAst()), locale)
      : parsed;
  } catch (error) {
    throw new Error(`message ${path} (${locale}): ${(error as Error).message}`, { cause: error });
  }
}

function build(node: CatalogNode, adapter: unknown, locale: string, path: string): unknown {
  if (typeof node === 'string') {
    const message = compile(node, locale, path);
    const format: FormatMessage = (values) => String(message.format(values));
    if (typeof adapter === 'function') return (adapter as Adapter)(format, locale);
    return format({});
  }
  if (Array.isArray(node)) {
    return node.map((item: CatalogNode, i) => build(item, undefined, locale, `${path}.${i}`));
  }
  const adapters = (adapter ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(node).map(([key, child]) => [
      key,
      build(child, adapters[key], locale, path ? `${path}.${key}` : key),
    ]),
  );
}

export interface MessageSet<C, A> {
  /** The words for a BCP 47 tag: its language's catalog, or English; built once per tag. */
  (tag: string | null | undefined): Messages<C, A>;
  readonly catalogs: Readonly<Record<UiLanguage, C>>;
  readonly adapters: A;
}

/**
 * One set of messages (a catalog per language, one adapter per message with
 * arguments). Every view's words come from a set like this, so the shell,
 * the stage, the printed documents and the phones share one mechanism:
 * ICU MessageFormat through intl-messageformat, with the plural rules of
 * the reader's own locale.
 */
export function defineMessages<C extends CatalogTree, A extends AdapterTree<C>>(
  catalogs: Readonly<Record<UiLanguage, C>>,
  adapters: A,
): MessageSet<C, A> {
  const built = new Map<string, Messages<C, A>>();
  const messagesFor = (tag: string | null | undefined): Messages<C, A> => {
    const locale = messageLocale(tag);
    let messages = built.get(locale);
    if (!messages) {
      // The pseudo-locale is English, accented: it has no catalog of its own.
      const catalog = isPseudoLocale(locale) ? catalogs.en : catalogs[uiLanguage(locale)];
      messages = build(catalog, adapters, locale, '') as Messages<C, A>;
      built.set(locale, messages);
    }
    return messages;
  };
  return Object.assign(messagesFor, { catalogs, adapters });
}
