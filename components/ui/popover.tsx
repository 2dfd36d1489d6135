"use client";
import * as React from "react";
import { Popover as Pop } from "radix-ui";
import { cn } from "@/lib/utils";

export const Popover = Pop.Root;
export const PopoverTrigger = Pop.Trigger;
export const PopoverClose = Pop.Close;

export function PopoverContent({ className, sideOffset = 4, ...props }: React.ComponentProps<typeof Pop.Content>) {
  return (
    <Pop.Portal>
      <Pop.Content
        sideOffset={sideOffset}
        align="start"
        className={cn("z-50 w-64 rounded-md border bg-card p-2 text-foreground shadow-md outline-none", className)}
        {...props}
      />
    </Pop.Portal>
  );
}
