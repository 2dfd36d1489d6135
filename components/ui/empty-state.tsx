import * as React from "react";
import { cn } from "@/lib/utils";

/** The dashed box that says a list is empty (or a page is not for you), with an optional hint. */
export function EmptyState({
  title,
  hint,
  children,
  className,
  ...props
}: Omit<React.ComponentProps<"div">, "title"> & { title: React.ReactNode; hint?: React.ReactNode }) {
  return (
    <div className={cn("rounded-lg border border-dashed p-10 text-center", className)} {...props}>
      <p className="font-medium">{title}</p>
      {hint ? <p className="text-sm text-muted-foreground">{hint}</p> : null}
      {children}
    </div>
  );
}
