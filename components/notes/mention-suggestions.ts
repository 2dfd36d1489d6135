"use client";
/**
 * The @mention suggestions of the progress-notes editor: the people who may read the note whose
 * name begins with what follows the @ (asked of the server, which checks the caller may read it),
 * in a small list under the caret. Arrow keys move, Enter or Tab picks, Escape closes.
 */
import type { MentionNodeAttrs } from "@tiptap/extension-mention";
import type { SuggestionOptions, SuggestionProps } from "@tiptap/suggestion";
import { searchMentionableUsersAction } from "@/app/(workspace)/recommendations/[code]/mention-actions";

interface Person {
  id: string;
  name: string;
}

export function mentionSuggestion(
  code: string,
  words: { listLabel: string; noMatch: string },
): Omit<SuggestionOptions<Person, MentionNodeAttrs>, "editor"> {
  return {
    char: "@",
    items: async ({ query }) => {
      const result = await searchMentionableUsersAction({ code, prefix: query });
      return result.ok ? result.data : [];
    },
    render: () => {
      let list: HTMLDivElement | null = null;
      let active = 0;
      let current: SuggestionProps<Person, MentionNodeAttrs> | null = null;

      const pick = (i: number) => {
        const person = current?.items[i];
        if (person) current!.command({ id: person.id, label: person.name });
      };
      const draw = () => {
        if (!list || !current) return;
        const rect = current.clientRect?.();
        if (rect) {
          list.style.left = `${Math.max(4, Math.min(rect.left, window.innerWidth - 264))}px`;
          list.style.top = `${rect.bottom + 4}px`;
        }
        list.replaceChildren(
          ...(current.items.length
            ? current.items.map((person, i) => {
                const option = document.createElement("div");
                option.setAttribute("role", "option");
                option.id = `mention-option-${i}`;
                option.setAttribute("aria-selected", String(i === active));
                option.className = `cursor-pointer rounded px-2 py-1 text-sm ${i === active ? "bg-muted" : ""}`;
                option.textContent = person.name;
                option.addEventListener("mousedown", (e) => {
                  e.preventDefault(); // keep the editor's focus and selection
                  pick(i);
                });
                return option;
              })
            : [
                Object.assign(document.createElement("p"), {
                  className: "px-2 py-1 text-sm",
                  textContent: words.noMatch,
                }),
              ]),
        );
        list.setAttribute("aria-activedescendant", current.items.length ? `mention-option-${active}` : "");
      };

      return {
        onStart(props) {
          current = props;
          active = 0;
          list = document.createElement("div");
          list.setAttribute("role", "listbox");
          list.setAttribute("aria-label", words.listLabel);
          list.dataset.testid = "mention-suggestions";
          list.className = "fixed z-50 w-64 rounded-md border bg-card p-1 text-foreground shadow-md";
          document.body.append(list);
          draw();
        },
        onUpdate(props) {
          current = props;
          active = Math.min(active, Math.max(0, props.items.length - 1));
          draw();
        },
        onKeyDown({ event }) {
          if (!current?.items.length) return event.key === "Escape";
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            const n = current.items.length;
            active = (active + (event.key === "ArrowDown" ? 1 : n - 1)) % n;
            draw();
            return true;
          }
          if (event.key === "Enter" || event.key === "Tab") {
            pick(active);
            return true;
          }
          return event.key === "Escape";
        },
        onExit() {
          list?.remove();
          list = null;
          current = null;
        },
      };
    },
  };
}
