import * as React from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "@/lib/utils";

const badgeVariants = cva(
  "inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap",
  {
    variants: {
      tone: {
        neutral: "border-border bg-muted text-foreground",
        info: "border-transparent bg-primary/15 text-primary",
        good: "border-transparent bg-emerald-500/15 text-emerald-700 dark:text-emerald-300",
        warn: "border-transparent bg-amber-500/15 text-amber-800 dark:text-amber-300",
        bad: "border-transparent bg-destructive/15 text-red-800 dark:text-red-300",
      },
    },
    defaultVariants: { tone: "neutral" },
  },
);

export function Badge({
  className,
  tone,
  ...props
}: React.ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}
