/**
 * Plain text (for search) and sanitised HTML (for reports and exports) from a note's Yjs document,
 * without a DOM: the Y.XmlFragment Tiptap writes is walked directly. Element names and mark
 * attributes are those of the editor's schema (StarterKit + task lists); anything unknown keeps its
 * text and loses its markup. The HTML is then run through sanitize-html with an allowlist, so even
 * a crafted document cannot store script, event handlers or javascript: links.
 */
import sanitizeHtml from "sanitize-html";
import * as Y from "yjs";
import { NOTE_FRAGMENT } from "./document-name";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const BLOCKS: Record<string, (attrs: Record<string, unknown>) => [string, string]> = {
  paragraph: () => ["<p>", "</p>"],
  heading: (a) => {
    const level = Math.min(Math.max(Number(a.level) || 1, 1), 6);
    return [`<h${level}>`, `</h${level}>`];
  },
  bulletList: () => ["<ul>", "</ul>"],
  orderedList: (a) => [Number(a.start) > 1 ? `<ol start="${Number(a.start)}">` : "<ol>", "</ol>"],
  listItem: () => ["<li>", "</li>"],
  taskList: () => ['<ul data-type="taskList">', "</ul>"],
  taskItem: (a) => [`<li data-type="taskItem" data-checked="${a.checked === true}">`, "</li>"],
  blockquote: () => ["<blockquote>", "</blockquote>"],
  codeBlock: () => ["<pre><code>", "</code></pre>"],
  horizontalRule: () => ["<hr>", ""],
  hardBreak: () => ["<br>", ""],
};

const MARKS: Record<string, (value: unknown) => [string, string]> = {
  bold: () => ["<strong>", "</strong>"],
  italic: () => ["<em>", "</em>"],
  strike: () => ["<s>", "</s>"],
  underline: () => ["<u>", "</u>"],
  code: () => ["<code>", "</code>"],
  link: (v) => {
    const href = typeof (v as { href?: unknown })?.href === "string" ? (v as { href: string }).href : "";
    return [`<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">`, "</a>"];
  },
};

/** y-prosemirror stores overlapping marks as `name--hash`. */
const markName = (key: string) => key.split("--")[0]!;

function textToHtml(text: Y.XmlText): string {
  const delta = text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[];
  return delta
    .map(({ insert, attributes }) => {
      if (typeof insert !== "string") return "";
      let html = escapeHtml(insert);
      for (const [key, value] of Object.entries(attributes ?? {})) {
        const mark = MARKS[markName(key)];
        if (mark) {
          const [open, close] = mark(value);
          html = open + html + close;
        }
      }
      return html;
    })
    .join("");
}

/** A mention (Tiptap's Mention node: attributes id, the user's id, and label, their name). */
const mentionLabel = (node: Y.XmlElement) => `@${String(node.getAttribute("label") ?? "")}`;
const mentionId = (node: Y.XmlElement) => String(node.getAttribute("id") ?? "");

function nodeToHtml(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) return textToHtml(node);
  if (!(node instanceof Y.XmlElement)) return "";
  if (node.nodeName === "mention") {
    return `<span data-type="mention" data-id="${escapeHtml(mentionId(node))}">${escapeHtml(mentionLabel(node))}</span>`;
  }
  const inner = node.toArray().map(nodeToHtml).join("");
  const block = BLOCKS[node.nodeName];
  if (!block) return inner;
  const [open, close] = block(node.getAttributes() as Record<string, unknown>);
  // Task items hold paragraphs; a checkbox makes the HTML read right without the editor's CSS.
  if (node.nodeName === "taskItem") {
    const checked = node.getAttribute("checked") as unknown as boolean;
    return `${open}<input type="checkbox" disabled${checked === true ? " checked" : ""}> ${inner}${close}`;
  }
  return open + inner + close;
}

const TEXT_BLOCKS = new Set(["paragraph", "heading", "codeBlock"]);

function nodeToText(node: Y.XmlElement | Y.XmlText | Y.XmlHook, out: string[]): void {
  if (node instanceof Y.XmlText) {
    out[out.length - 1] += plain(node);
    return;
  }
  if (!(node instanceof Y.XmlElement)) return;
  if (node.nodeName === "mention") {
    out[out.length - 1] += mentionLabel(node);
    return;
  }
  if (node.nodeName === "hardBreak") {
    out.push("");
    return;
  }
  if (node.nodeName === "taskItem") out.push((node.getAttribute("checked") as unknown) === true ? "[x] " : "[ ] ");
  else if (node.nodeName === "listItem") out.push("- ");
  // The first paragraph of a list item continues the item's line.
  else if (TEXT_BLOCKS.has(node.nodeName) && !/^(- |\[[ x]\] )$/.test(out[out.length - 1]!)) out.push("");
  for (const child of node.toArray()) nodeToText(child, out);
}

const plain = (text: Y.XmlText) =>
  (text.toDelta() as { insert: unknown }[]).map((d) => (typeof d.insert === "string" ? d.insert : "")).join("");

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "code",
    "hr",
    "br",
    "strong",
    "em",
    "s",
    "u",
    "a",
    "input",
    "span",
  ],
  allowedAttributes: {
    a: ["href", "rel"],
    ol: ["start"],
    ul: ["data-type"],
    li: ["data-type", "data-checked"],
    input: ["type", "disabled", "checked"],
    span: ["data-type", "data-id"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
};

export function sanitizeNoteHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

export function deriveNoteContent(doc: Y.Doc): { text: string; html: string } {
  const fragment = doc.getXmlFragment(NOTE_FRAGMENT);
  const nodes = fragment.toArray();
  const html = sanitizeNoteHtml(nodes.map(nodeToHtml).join(""));
  const lines: string[] = [""];
  for (const node of nodes) nodeToText(node, lines);
  const text = lines
    .map((l) => l.trimEnd())
    .filter((l, i, all) => l !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n")
    .trim();
  return { text, html };
}

/** The user ids mentioned in a note, once per mention (a person mentioned twice is there twice). */
export function mentionedUserIds(doc: Y.Doc): string[] {
  const ids: string[] = [];
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlHook) => {
    if (!(node instanceof Y.XmlElement)) return;
    if (node.nodeName === "mention") ids.push(mentionId(node));
    else node.toArray().forEach(walk);
  };
  doc.getXmlFragment(NOTE_FRAGMENT).toArray().forEach(walk);
  return ids.filter(Boolean);
}

/** The same count read back from derived HTML (what the previous derivation stored). */
export function mentionedUserIdsInHtml(html: string | null): string[] {
  return [...(html ?? "").matchAll(/<span data-type="mention" data-id="([^"]+)">/g)].map((m) => m[1]!);
}
