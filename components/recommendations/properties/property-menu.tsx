"use client";
/**
 * A property chosen from a short list: a button showing the value that opens a menu of choices
 * (arrow keys move, Enter chooses, Escape closes and returns to the button). Choosing saves at once;
 * moving through the choices does not, unlike a native select whose arrow keys change the value.
 */
import { useRef } from "react";
import { DropdownMenu as Menu } from "radix-ui";
import { Check, ChevronDown } from "lucide-react";
import { cn } from "@/lib/utils";

export interface MenuOption<V extends string> {
  value: V;
  label: string;
}

export function PropertyMenu<V extends string>(props: {
  id: string;
  labelId: string;
  value: V;
  display: React.ReactNode;
  options: MenuOption<V>[];
  busy: boolean;
  invalid?: boolean;
  describedBy?: string;
  onOpen: () => void;
  /** The menu closed without a choice. */
  onDismiss: () => void;
  /** A choice other than the current value; answer true when the choice opens a prompt (focus goes there). */
  onChoose: (value: V) => boolean;
}) {
  const chose = useRef(false);
  const prompting = useRef(false);
  return (
    <Menu.Root
      modal={false}
      onOpenChange={(open) => {
        if (open) {
          chose.current = false;
          prompting.current = false;
          props.onOpen();
        } else if (!chose.current) props.onDismiss();
      }}
    >
      <Menu.Trigger asChild>
        <button
          id={props.id}
          type="button"
          aria-labelledby={`${props.labelId} ${props.id}`}
          aria-busy={props.busy || undefined}
          data-invalid={props.invalid || undefined}
          aria-describedby={props.describedBy}
          className={cn(
            "-mx-1.5 flex min-h-8 w-[calc(100%+0.75rem)] min-w-0 items-center justify-between gap-1 rounded-md border border-transparent px-1.5 py-1 text-left hover:border-input focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-ring data-[invalid]:border-destructive data-[state=open]:border-input",
            props.busy && "opacity-70",
          )}
        >
          <span className="min-w-0 truncate">{props.display}</span>
          <ChevronDown className="size-4 shrink-0 text-muted-foreground" aria-hidden />
        </button>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          align="start"
          sideOffset={4}
          className="z-50 min-w-48 rounded-md border bg-card p-1 text-sm text-foreground shadow-md"
          onCloseAutoFocus={(e) => {
            // The prompt the choice opened takes the focus; otherwise it returns to the button.
            if (prompting.current) e.preventDefault();
          }}
        >
          <Menu.RadioGroup
            value={props.value}
            onValueChange={(v) => {
              chose.current = true;
              if (v === props.value) return props.onDismiss();
              prompting.current = props.onChoose(v as V);
            }}
          >
            {props.options.map((o) => (
              <Menu.RadioItem
                key={o.value}
                value={o.value}
                className="flex cursor-default select-none items-center gap-2 rounded-sm py-1.5 pl-7 pr-2 outline-none data-[highlighted]:bg-accent relative"
              >
                <Menu.ItemIndicator className="absolute left-2 inline-flex">
                  <Check className="size-4" aria-hidden />
                </Menu.ItemIndicator>
                {o.label}
              </Menu.RadioItem>
            ))}
          </Menu.RadioGroup>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
