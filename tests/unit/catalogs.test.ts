/**
 * The interface catalogs (messages/*.json, next-intl): every language has the same keys, every message
 * is valid ICU with the same arguments and tags in each language, the Chinese catalogs are written in
 * Chinese and in their own script, and every key is one the code asks for.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import * as OpenCC from "opencc-js";
import ts from "typescript";
import { describe, expect, it } from "vitest";

type Catalog = { [key: string]: string | Catalog };

const root = process.cwd();
const catalogs: Record<string, Catalog> = Object.fromEntries(
  readdirSync(path.join(root, "messages"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => [f.slice(0, -".json".length), JSON.parse(readFileSync(path.join(root, "messages", f), "utf8"))]),
);
const locales = Object.keys(catalogs);
const others = locales.filter((l) => l !== "en");

/** Every message of a catalog by its dotted key. */
function messagesOf(catalog: Catalog, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(catalog)) {
    if (typeof v === "string") out.set(prefix + k, v);
    else for (const [kk, vv] of messagesOf(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}
const messages = Object.fromEntries(locales.map((l) => [l, messagesOf(catalogs[l]!)]));
const enKeys = [...messages.en!.keys()];

/** Where `b` differs from `a` in shape: keys it lacks or adds, text where `a` has a group or back. */
function shapeProblems(a: Catalog, b: Catalog, bName: string, prefix = ""): string[] {
  const problems: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const at = `${prefix}${key}`;
    const [x, y] = [a[key], b[key]];
    if (y === undefined) problems.push(`${bName} lacks ${at}`);
    else if (x === undefined) problems.push(`${bName} has ${at}, which en lacks`);
    else if (typeof x !== typeof y)
      problems.push(`${at} is a ${typeof x === "string" ? "message" : "group"} in en, not in ${bName}`);
    else if (typeof x === "object" && typeof y === "object") problems.push(...shapeProblems(x, y, bName, `${at}.`));
  }
  return problems;
}

/** The arguments and tags a message takes: "name", "count:plural", "value:number:percent", "<code>". */
function signature(ast: MessageFormatElement[]): Set<string> {
  const args = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument) args.add(el.value);
      else if (el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) {
        args.add(`${el.value}:${TYPE[el.type]}${typeof el.style === "string" ? `:${el.style}` : ""}`);
      } else if (el.type === TYPE.plural || el.type === TYPE.select) {
        // Plural branches differ between languages (Chinese needs only `other`); select branches do not.
        const branches = el.type === TYPE.select ? `(${Object.keys(el.options).sort().join("|")})` : "";
        args.add(`${el.value}:${TYPE[el.type]}${branches}`);
        for (const option of Object.values(el.options)) walk(option.value);
      } else if (el.type === TYPE.tag) {
        args.add(`<${el.value}>`);
        walk(el.children);
      }
    }
  };
  walk(ast);
  return args;
}

/** Values to format a message with: numbers where it counts, dates where it formats dates, tags as text. */
function sampleValues(args: Set<string>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const arg of args) {
    if (arg.startsWith("<")) values[arg.slice(1, -1)] = (chunks: string[]) => chunks.join("");
    else {
      const [name, kind] = arg.split(":");
      values[name!] = kind === "date" || kind === "time" ? new Date(0) : kind ? 2 : "x";
    }
  }
  return values;
}

/** A message's own words, without its arguments. */
const literalText = (ast: MessageFormatElement[]): string =>
  ast
    .map((el) =>
      el.type === TYPE.literal
        ? el.value
        : el.type === TYPE.tag
          ? literalText(el.children)
          : el.type === TYPE.plural || el.type === TYPE.select
            ? Object.values(el.options)
                .map((o) => literalText(o.value))
                .join(" ")
            : "",
    )
    .join("");

const parsed = Object.fromEntries(
  locales.map((locale) => {
    const out = new Map<string, { ast: MessageFormatElement[] } | { error: string }>();
    for (const [key, message] of messages[locale]!) {
      try {
        out.set(key, { ast: new IntlMessageFormat(message, locale).getAst() });
      } catch (error) {
        out.set(key, { error: (error as Error).message });
      }
    }
    return [locale, out];
  }),
);

/**
 * Keys kept in the catalogs although no code asks for them yet (none today); each must be taken off
 * here when it is used or deleted, so the list cannot go stale.
 */
const knownUnused = new Set<string>([]);

/**
 * Which keys the code asks for, read from the TypeScript of app/, components/ and lib/. A key counts as
 * used when a file has (1) its full dotted path as a string literal (translators handed on as
 * `t: Translate` take full paths), or (2) its path relative to a namespace the same file opens with
 * useTranslations/getTranslations("ns") (no argument: the root) as a string literal, or matching a
 * template literal whose `${…}` parts stand for one key segment each, or for the string literals they
 * choose between (t(`status.${value}`) uses every status.*; a template without a static word, such as
 * `${ns}.${v}`, says nothing), or (3) when a translator bound to "ns" is called with a bare variable
 * (tr(role)), its last segment is a string literal in that file or in db/ (the enum that names the
 * values).
 */
const usage = (() => {
  const sourceFiles = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) =>
      d.isDirectory()
        ? sourceFiles(path.join(dir, d.name))
        : /\.tsx?$/.test(d.name) && !d.name.endsWith(".d.ts")
          ? [path.join(dir, d.name)]
          : [],
    );
  // reportTranslator (lib/reports/translator.ts): the committee report's words in the report's language.
  const factories = new Set(["useTranslations", "getTranslations", "reportTranslator"]);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const unwrap = (e: ts.Expression): ts.Expression =>
    ts.isAwaitExpression(e) || ts.isParenthesizedExpression(e) || ts.isAsExpression(e) ? unwrap(e.expression) : e;
  /** The strings an expression can only be: a literal, or a condition choosing between literals. */
  const choices = (e: ts.Expression): string[] | null => {
    e = unwrap(e);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e.text];
    if (ts.isConditionalExpression(e)) {
      const [a, b] = [choices(e.whenTrue), choices(e.whenFalse)];
      return a && b ? [...a, ...b] : null;
    }
    return null;
  };
  /** The namespace of useTranslations("ns") / await getTranslations() ("" for the root). */
  const namespaceOf = (e: ts.Expression | undefined): string | undefined => {
    if (!e) return undefined;
    e = unwrap(e);
    if (!ts.isCallExpression(e) || !ts.isIdentifier(e.expression) || !factories.has(e.expression.text)) return;
    const [arg] = e.arguments;
    if (!arg) return "";
    return ts.isStringLiteral(arg) ? arg.text : undefined;
  };

  /** Literals of db/, where the enums that name the values of status.*, roles.* … live. */
  const dbLiterals = new Set<string>();
  const files: { namespaces: Set<string>; literals: Set<string>; templates: RegExp[]; dynamic: Set<string> }[] = [];

  const scan = (file: string, collectUses: boolean) => {
    const source = ts.createSourceFile(file, readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest);
    const namespaces = new Set<string>([""]);
    const literals = new Set<string>();
    const templates: RegExp[] = [];
    const dynamic = new Set<string>();
    // Translators by variable name, one map per function or block (components reuse the name `t`).
    const scopes: Map<string, string>[] = [new Map()];
    const boundTo = (name: string) => scopes.findLast((scope) => scope.has(name))?.get(name);
    const bind = (name: ts.BindingName, init: ts.Expression | undefined) => {
      if (ts.isIdentifier(name)) {
        const ns = namespaceOf(init);
        if (ns !== undefined) scopes.at(-1)!.set(name.text, ns);
      } else if (ts.isArrayBindingPattern(name) && init) {
        // const [t, locale] = await Promise.all([getTranslations("ns"), getLocale()])
        const call = unwrap(init);
        const list = ts.isCallExpression(call) ? call.arguments[0] : undefined;
        if (list && ts.isArrayLiteralExpression(list)) {
          name.elements.forEach((el, i) => {
            if (ts.isBindingElement(el)) bind(el.name, list.elements[i]);
          });
        }
      }
    };
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const ns = namespaceOf(node);
        if (ns !== undefined) namespaces.add(ns);
      }
      if (ts.isVariableDeclaration(node)) bind(node.name, node.initializer);
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        literals.add(node.text);
      }
      if (ts.isTemplateExpression(node)) {
        const statics = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
        if (/\w/.test(statics.join(""))) {
          let pattern = escape(node.head.text);
          for (const span of node.templateSpans) {
            const options = choices(span.expression);
            pattern += `${options ? `(?:${options.map(escape).join("|")})` : "\\w+"}${escape(span.literal.text)}`;
          }
          templates.push(new RegExp(`^${pattern}$`));
        }
      }
      // t(key), t.rich(key), t.has(key) … with a key that is neither a literal nor a template.
      if (ts.isCallExpression(node) && node.arguments[0]) {
        const callee = ts.isPropertyAccessExpression(node.expression) ? node.expression.expression : node.expression;
        const ns = ts.isIdentifier(callee) ? boundTo(callee.text) : undefined;
        const key = unwrap(node.arguments[0]);
        if (ns && !choices(key) && !ts.isTemplateExpression(key)) dynamic.add(ns);
      }
      const scoped = ts.isFunctionLike(node) || ts.isBlock(node);
      if (scoped) scopes.push(new Map());
      ts.forEachChild(node, visit);
      if (scoped) scopes.pop();
    };
    visit(source);
    if (collectUses) files.push({ namespaces, literals, templates, dynamic });
    else for (const literal of literals) dbLiterals.add(literal);
  };
  for (const dir of ["app", "components", "lib"]) for (const f of sourceFiles(dir)) scan(f, true);
  for (const f of sourceFiles("db")) scan(f, false);
  // Server messages (lib/i18n/server-message.ts) name keys of the `server` namespace, in app/, lib/ and
  // the mutations in db/ alike: msg("errors.notFound"), m("validation.empty"), `rules.${rule}`.
  const dbTemplates: RegExp[] = [];
  for (const f of sourceFiles("db")) {
    const before = files.length;
    scan(f, true);
    dbTemplates.push(...files.splice(before).flatMap((u) => u.templates));
  }
  const serverUse = (relative: string) =>
    dbLiterals.has(relative) ||
    dbTemplates.some((t) => t.test(relative)) ||
    files.some(({ literals, templates }) => literals.has(relative) || templates.some((t) => t.test(relative)));

  return {
    isUsed(key: string): boolean {
      if (key.startsWith("server.") && serverUse(key.slice("server.".length))) return true;
      const cut = key.lastIndexOf(".");
      const [parent, leaf] = [key.slice(0, cut), key.slice(cut + 1)];
      return files.some(
        ({ namespaces, literals, templates, dynamic }) =>
          (dynamic.has(parent) && (literals.has(leaf) || dbLiterals.has(leaf))) ||
          [...namespaces].some((ns) => {
            if (ns && !key.startsWith(`${ns}.`)) return false;
            const relative = ns ? key.slice(ns.length + 1) : key;
            return literals.has(relative) || templates.some((t) => t.test(relative));
          }),
      );
    },
  };
})();

describe("message catalogs", () => {
  it("include English and both Chinese scripts", () => {
    expect(locales.sort()).toEqual(["en", "zh-Hans", "zh-Hant"]);
  });

  it("have the same keys, grouped the same way, in every language", () => {
    const problems = others.flatMap((l) => shapeProblems(catalogs.en!, catalogs[l]!, l));
    expect(problems).toEqual([]);
  });

  it("hold valid ICU messages that take the same arguments and tags in every language", () => {
    const problems: string[] = [];
    for (const locale of locales) {
      for (const [key, result] of parsed[locale]!) {
        if ("error" in result) {
          problems.push(`${locale} ${key}: not valid ICU (${result.error})`);
          continue;
        }
        // The parser also refuses a plural or select without its `other` branch.
        const args = signature(result.ast);
        const en = parsed.en!.get(key);
        if (locale !== "en" && en && "ast" in en) {
          const expected = [...signature(en.ast)].sort();
          if (JSON.stringify([...args].sort()) !== JSON.stringify(expected)) {
            problems.push(`${locale} ${key}: takes ${[...args].sort().join(", ")}; en takes ${expected.join(", ")}`);
          }
        }
        try {
          new IntlMessageFormat(messages[locale]!.get(key)!, locale).format(sampleValues(args) as never);
        } catch (error) {
          problems.push(`${locale} ${key}: cannot be formatted (${(error as Error).message})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("are written in Chinese where the English has words, each in its own script", () => {
    // OpenCC changes a Simplified character in Traditional text (and the reverse); text already in the
    // target script comes back as it was.
    const toTraditional = OpenCC.Converter({ from: "cn", to: "t" });
    const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
    const problems: string[] = [];
    for (const [locale, convert] of [
      ["zh-Hans", toSimplified],
      ["zh-Hant", toTraditional],
    ] as const) {
      for (const [key, message] of messages[locale] ?? []) {
        // Left in English: the English has a word (product names aside) and the message no Chinese.
        const en = parsed.en!.get(key);
        const words = en && "ast" in en && /[A-Za-z]{3}/.test(literalText(en.ast).replace(/\b(API|CSV|XLSX)\b/g, ""));
        // A message of placeholders and punctuation only ("{field}（{from} → {to}）") has nothing to translate.
        const ownLetters = /\p{L}/u.test(message.replace(/\{[^{}]*\}/g, ""));
        if (words && ownLetters && !/\p{Script=Han}/u.test(message))
          problems.push(`${locale} ${key} is not translated: ${message}`);
        const converted = convert(message);
        if (converted !== message) problems.push(`${locale} ${key} has characters of the other script: ${converted}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("hold only keys the code uses", () => {
    const unused = enKeys.filter((key) => !usage.isUsed(key));
    expect(
      unused.filter((key) => !knownUnused.has(key)),
      "no code asks for these keys: delete them from every catalog",
    ).toEqual([]);
    expect(
      [...knownUnused].filter((key) => !unused.includes(key)),
      "these keys are in use again or gone: take them off knownUnused",
    ).toEqual([]);
  });
});
