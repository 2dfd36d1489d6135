"use client";
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { TaskItem, TaskList } from "@tiptap/extension-list";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import Mention from "@tiptap/extension-mention";
import { mentionSuggestion } from "./mention-suggestions";
import {
  Bold,
  Heading2,
  Heading3,
  Italic,
  Link2,
  List,
  ListChecks,
  ListOrdered,
  Quote,
  Redo2,
  Undo2,
} from "lucide-react";
import { cn } from "@/lib/utils";
import { useNoteConnection, type NoteConnection, type SaveState } from "./use-note-connection";

/** The live progress note of one recommendation. */
export function NotesEditor({ code }: { code: string }) {
  const t = useTranslations("notes");
  const { connection, state, error, canEdit } = useNoteConnection(code);
  if (error)
    return (
      <p role="alert" className="text-sm text-destructive">
        {t("loadFailed", { message: error })}
      </p>
    );
  if (!connection) return <SaveStatus state="connecting" />;
  return (
    <LiveEditor
      key={connection.ticket.documentName}
      code={code}
      connection={connection}
      state={state}
      canEdit={canEdit}
    />
  );
}

function LiveEditor({
  code,
  connection,
  state,
  canEdit,
}: {
  code: string;
  connection: NoteConnection;
  state: SaveState;
  canEdit: boolean;
}) {
  const t = useTranslations("notes");
  const tn = useTranslations("notifications");
  const { doc, provider, ticket } = connection;
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable: ticket.canEdit,
      extensions: [
        // Undo is Collaboration's y-undo: it undoes your own changes, never other people's.
        StarterKit.configure({ undoRedo: false, link: { openOnClick: false, autolink: true } }),
        TaskList,
        TaskItem.configure({ nested: true }),
        Collaboration.configure({ document: doc }),
        CollaborationCaret.configure({ provider, user: { name: ticket.user.name, color: ticket.user.color } }),
        // @Name: who is mentioned is told (db/mutations/mention-notifications.ts, when the note is derived).
        Mention.configure({
          HTMLAttributes: { class: "mention" },
          suggestion: mentionSuggestion(code, {
            listLabel: tn("mentionListLabel"),
            noMatch: tn("mentionNoMatch"),
          }),
        }),
      ],
      editorProps: {
        attributes: {
          "aria-label": t("editorLabel"),
          "aria-multiline": "true",
          role: "textbox",
          // The toolbar's aria-controls names this id.
          id: "notes-editor",
          "data-testid": "notes-editor",
          class: "notes-content min-h-40 px-3 py-2 focus:outline-none",
        },
      },
    },
    [provider],
  );
  // A role or agency change reconnects with other rights; follow what the server granted.
  useEffect(() => {
    if (editor && editor.isEditable !== canEdit) editor.setEditable(canEdit);
  }, [editor, canEdit]);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Presence connection={connection} />
        <SaveStatus state={state} />
      </div>
      {!canEdit && <p className="text-sm text-muted-foreground">{t("readOnly")}</p>}
      <div className="rounded-md border border-input bg-background focus-within:ring-2 focus-within:ring-ring">
        {canEdit && editor && <Toolbar editor={editor} />}
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}

function SaveStatus({ state }: { state: SaveState }) {
  const t = useTranslations("notes");
  const label = {
    connecting: t("connecting"),
    saving: t("saving"),
    saved: t("saved"),
    offline: t("offline"),
    denied: t("denied"),
  }[state];
  return (
    <p
      role="status"
      aria-live="polite"
      data-testid="notes-status"
      data-state={state}
      className={cn(
        "text-xs",
        state === "offline" || state === "denied"
          ? "font-medium text-amber-700 dark:text-amber-400"
          : "text-muted-foreground",
      )}
    >
      {label}
    </p>
  );
}

interface PresentUser {
  id: string;
  name: string;
  color: string;
}

function Presence({ connection }: { connection: NoteConnection }) {
  const t = useTranslations("notes");
  const [people, setPeople] = useState<PresentUser[]>([]);
  useEffect(() => {
    const awareness = connection.provider.awareness;
    if (!awareness) return;
    const read = () => {
      const seen = new Map<string, PresentUser>();
      for (const state of awareness.getStates().values()) {
        const u = (state as { user?: Partial<PresentUser> }).user;
        if (u?.name && u.color) seen.set(u.id ?? u.name, { id: u.id ?? u.name, name: u.name, color: u.color });
      }
      setPeople([...seen.values()]);
    };
    read();
    awareness.on("change", read);
    return () => awareness.off("change", read);
  }, [connection]);
  return (
    <ul aria-label={t("present")} className="flex items-center -space-x-1" data-testid="notes-presence">
      {people.map((p) => {
        const label = p.id === connection.ticket.user.id ? t("you", { name: p.name }) : p.name;
        return (
          <li
            key={p.id}
            title={label}
            aria-label={label}
            className="flex size-7 items-center justify-center rounded-full border-2 border-background text-[0.65rem] font-semibold text-white"
            style={{ backgroundColor: p.color }}
          >
            <span aria-hidden>{initials(p.name)}</span>
          </li>
        );
      })}
    </ul>
  );
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => w[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();

/** A toolbar in one tab stop: arrow keys move between buttons (WAI-ARIA toolbar pattern). */
function Toolbar({ editor }: { editor: Editor }) {
  const t = useTranslations("notes");
  const ref = useRef<HTMLDivElement>(null);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      task: e.isActive("taskList"),
      quote: e.isActive("blockquote"),
      link: e.isActive("link"),
    }),
  });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(e.key)) return;
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      e.key === "Home"
        ? 0
        : e.key === "End"
          ? buttons.length - 1
          : (i + (e.key === "ArrowRight" ? 1 : -1) + buttons.length) % buttons.length;
    buttons.forEach((b, j) => (b.tabIndex = j === next ? 0 : -1));
    buttons[next]?.focus();
    e.preventDefault();
  };
  const chain = () => editor.chain().focus();
  const setLink = () => {
    const previous = editor.getAttributes("link").href as string | undefined;
    const href = window.prompt(t("linkPrompt"), previous ?? "https://");
    if (href === null) return;
    if (!href.trim() || href.trim() === "https://") chain().extendMarkRange("link").unsetLink().run();
    else if (/^(https?:|mailto:)/i.test(href.trim()))
      chain().extendMarkRange("link").setLink({ href: href.trim() }).run();
  };
  const items: { label: string; icon: ReactNode; on?: boolean; run: () => void; shortcut?: string }[] = [
    { label: t("bold"), icon: <Bold />, on: active.bold, run: () => chain().toggleBold().run(), shortcut: "Control+B" },
    {
      label: t("italic"),
      icon: <Italic />,
      on: active.italic,
      run: () => chain().toggleItalic().run(),
      shortcut: "Control+I",
    },
    { label: t("heading2"), icon: <Heading2 />, on: active.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { label: t("heading3"), icon: <Heading3 />, on: active.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { label: t("bulletList"), icon: <List />, on: active.bullet, run: () => chain().toggleBulletList().run() },
    {
      label: t("orderedList"),
      icon: <ListOrdered />,
      on: active.ordered,
      run: () => chain().toggleOrderedList().run(),
    },
    { label: t("taskList"), icon: <ListChecks />, on: active.task, run: () => chain().toggleTaskList().run() },
    { label: t("blockquote"), icon: <Quote />, on: active.quote, run: () => chain().toggleBlockquote().run() },
    { label: t("link"), icon: <Link2 />, on: active.link, run: setLink },
    { label: t("undo"), icon: <Undo2 />, run: () => chain().undo().run(), shortcut: "Control+Z" },
    { label: t("redo"), icon: <Redo2 />, run: () => chain().redo().run(), shortcut: "Control+Shift+Z" },
  ];
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={t("toolbar")}
      aria-controls="notes-editor"
      onKeyDown={onKeyDown}
      className="flex flex-wrap gap-0.5 border-b border-input p-1"
    >
      {items.map((item, i) => (
        <button
          key={item.label}
          type="button"
          tabIndex={i === 0 ? 0 : -1}
          aria-label={item.label}
          title={item.label}
          aria-keyshortcuts={item.shortcut}
          aria-pressed={item.on === undefined ? undefined : item.on}
          onClick={item.run}
          className={cn(
            "inline-flex size-8 items-center justify-center rounded text-muted-foreground hover:bg-accent hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring [&_svg]:size-4",
            item.on && "bg-accent text-foreground",
          )}
        >
          {item.icon}
        </button>
      ))}
    </div>
  );
}
