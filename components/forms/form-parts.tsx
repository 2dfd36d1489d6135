"use client";
/**
 * Small form pieces for forms that call a server action built with serverAction(): labelled fields
 * whose errors are tied to them with aria-describedby, and one live message for the outcome.
 */
import { useCallback, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/server-action";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

export type FieldErrors = Record<string, string[] | undefined>;
export type FormMessage = { tone: "ok" | "error"; text: string } | null;

/**
 * Runs a server action and keeps what the form shows: pending, per-field errors and a message.
 * `onSuccess` returns the success message (or null for none).
 */
export function useServerAction<I, T>(action: (input: I) => Promise<ActionResult<T>>) {
  const t = useTranslations("edit");
  const [pending, start] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<FormMessage>(null);

  const run = useCallback(
    (input: I, onSuccess: (data: T) => string | null) => {
      setMessage(null);
      start(async () => {
        const result = await action(input);
        if (result.ok) {
          setFieldErrors({});
          const text = onSuccess(result.data);
          setMessage(text ? { tone: "ok", text } : null);
        } else {
          const fields = result.fieldErrors ?? {};
          setFieldErrors(fields);
          // Messages stand next to their fields; the summary points there instead of repeating them.
          const onFields = Object.keys(fields).length > 0 && !("_" in fields);
          setMessage({ tone: "error", text: onFields ? t("fixFields") : result.error });
        }
      });
    },
    [action, t],
  );

  const reset = useCallback(() => {
    setFieldErrors({});
    setMessage(null);
  }, []);

  return { run, pending, fieldErrors, message, reset };
}

function describedBy(...ids: (string | false | undefined)[]) {
  return ids.filter(Boolean).join(" ") || undefined;
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-xs text-destructive">
      {errors.join(" ")}
    </p>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  className?: string;
}

/**
 * A label, the control, an optional hint and the field's errors. The control gets the ids that tie
 * it to them (aria-describedby) and aria-invalid when the server refused its value.
 */
function Field({
  id,
  label,
  hint,
  errors,
  className,
  control,
}: FieldProps & { control: (aria: { "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode }) {
  const invalid = Boolean(errors?.length);
  return (
    <div className={cn("space-y-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      {control({
        "aria-invalid": invalid || undefined,
        "aria-describedby": describedBy(hint && `${id}-hint`, invalid && `${id}-error`),
      })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function TextField({
  id,
  label,
  hint,
  errors,
  className,
  ...input
}: React.ComponentProps<"input"> & FieldProps) {
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      className={className}
      control={(aria) => <Input id={id} {...aria} {...input} />}
    />
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  errors,
  className,
  ...textarea
}: React.ComponentProps<"textarea"> & FieldProps) {
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      className={className}
      control={(aria) => (
        <textarea
          id={id}
          rows={3}
          className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm aria-invalid:border-destructive"
          {...aria}
          {...textarea}
        />
      )}
    />
  );
}

export const selectClass =
  "h-9 w-full rounded-md border border-input bg-background px-2 text-sm aria-invalid:border-destructive disabled:opacity-50";

export function SelectField({
  id,
  label,
  hint,
  errors,
  options,
  className,
  ...select
}: React.ComponentProps<"select"> & FieldProps & { options: { value: string; label: string; disabled?: boolean }[] }) {
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      className={className}
      control={(aria) => (
        <select id={id} className={selectClass} {...aria} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/**
 * The outcome of a form. The polite status region is always present so screen readers announce a
 * success when it appears; an error is an alert.
 */
export function FormOutcome({ message, className }: { message: FormMessage; className?: string }) {
  return (
    <>
      <p role="status" className={cn("text-sm text-emerald-700 empty:hidden dark:text-emerald-300", className)}>
        {message?.tone === "ok" ? message.text : ""}
      </p>
      {message?.tone === "error" ? (
        <p role="alert" className={cn("text-sm text-destructive", className)}>
          {message.text}
        </p>
      ) : null}
    </>
  );
}
