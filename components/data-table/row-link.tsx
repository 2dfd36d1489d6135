"use client";
/**
 * A link in a table row. Not prefetched when it scrolls into view (every search or page would start
 * a request per new row, competing with the table's own fetch); prefetched when the pointer or the
 * focus comes to it, just before a click.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

export function RowLink({ href, ...props }: Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string }) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(e) => {
        prefetch();
        props.onMouseEnter?.(e);
      }}
      onTouchStart={(e) => {
        prefetch();
        props.onTouchStart?.(e);
      }}
      onFocus={(e) => {
        prefetch();
        props.onFocus?.(e);
      }}
    />
  );
}
