/**
 * The browser's side of the evidence API. The session cookie goes with every call (same origin);
 * `Accept-Language` asks for the refusals in the language the page is shown in.
 */
import { evidenceCollectionPath, evidencePath, type EvidenceOwnerProp } from "./types";

export type EvidenceOutcome = { ok: true } | { ok: false; message: string };

function messageOf(body: string, fallback: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: string } };
    return parsed.error?.message || fallback;
  } catch {
    return fallback;
  }
}

/**
 * Uploads a file with XMLHttpRequest, whose upload events (unlike fetch's) report progress:
 * `onProgress` gets the share sent, from 0 to 1.
 */
export function uploadEvidenceFile(
  owner: EvidenceOwnerProp,
  file: File,
  options: { locale: string; failed: string; onProgress: (share: number) => void },
): Promise<EvidenceOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", evidenceCollectionPath(owner));
    xhr.setRequestHeader("Accept-Language", options.locale);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) options.onProgress(e.loaded / e.total);
    };
    xhr.onload = () =>
      resolve(
        xhr.status >= 200 && xhr.status < 300
          ? { ok: true }
          : { ok: false, message: messageOf(xhr.responseText, options.failed) },
      );
    xhr.onerror = () => resolve({ ok: false, message: options.failed });
    const form = new FormData();
    form.append("file", file);
    xhr.send(form);
  });
}

async function call(url: string, init: RequestInit, locale: string, failed: string): Promise<EvidenceOutcome> {
  try {
    const res = await fetch(url, { ...init, headers: { ...init.headers, "Accept-Language": locale } });
    return res.ok ? { ok: true } : { ok: false, message: messageOf(await res.text(), failed) };
  } catch {
    return { ok: false, message: failed };
  }
}

export function addEvidenceLinkRequest(
  owner: EvidenceOwnerProp,
  link: { url: string; label: string },
  locale: string,
  failed: string,
) {
  const body = JSON.stringify({ url: link.url, ...(link.label.trim() ? { label: link.label } : {}) });
  return call(
    evidenceCollectionPath(owner),
    { method: "POST", headers: { "Content-Type": "application/json" }, body },
    locale,
    failed,
  );
}

export function removeEvidenceRequest(id: string, locale: string, failed: string) {
  return call(evidencePath(id), { method: "DELETE" }, locale, failed);
}
