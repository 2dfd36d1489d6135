import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { msg, type Message, type MessageKey } from "@/lib/i18n/server-message";
import { legacyOfficeType } from "./legacy-office";

/**
 * What a file is, found from its bytes (never its name or the type the browser claimed), and
 * whether it may be attached as evidence. The allow-list: PDF, PNG, JPEG, GIF, WebP, office
 * documents (Word, Excel, PowerPoint, old and new, and OpenDocument) and plain UTF-8 text.
 */
export type ContentCheck = { ok: true; contentType: string } | { ok: false; reason: Message };

/** file-type's extension → the type stored and served. */
const allowed: Record<string, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
};

/** What a refused file is, in words ("a Windows program"), by file-type's extension. */
const detectedWords: Record<string, MessageKey> = {
  exe: "evidence.kinds.windowsProgram",
  dll: "evidence.kinds.windowsProgram",
  elf: "evidence.kinds.linuxProgram",
  macho: "evidence.kinds.macProgram",
  class: "evidence.kinds.javaProgram",
  wasm: "evidence.kinds.webAssembly",
  apk: "evidence.kinds.androidApp",
  msi: "evidence.kinds.installer",
  cfb: "evidence.kinds.compoundFile",
  zip: "evidence.kinds.zip",
  rar: "evidence.kinds.archive",
  "7z": "evidence.kinds.archive",
  gz: "evidence.kinds.archive",
  bz2: "evidence.kinds.archive",
  xz: "evidence.kinds.archive",
  tar: "evidence.kinds.archive",
  zst: "evidence.kinds.archive",
};

/** What the file's name says it is ("not a PDF"), by the extension it was uploaded with. */
const claimedWords: Record<string, MessageKey> = {
  pdf: "evidence.claims.pdf",
  png: "evidence.claims.image",
  jpg: "evidence.claims.image",
  jpeg: "evidence.claims.image",
  gif: "evidence.claims.image",
  webp: "evidence.claims.image",
  doc: "evidence.claims.word",
  docx: "evidence.claims.word",
  odt: "evidence.claims.word",
  xls: "evidence.claims.spreadsheet",
  xlsx: "evidence.claims.spreadsheet",
  ods: "evidence.claims.spreadsheet",
  csv: "evidence.claims.spreadsheet",
  ppt: "evidence.claims.presentation",
  pptx: "evidence.claims.presentation",
  odp: "evidence.claims.presentation",
  txt: "evidence.claims.text",
};

const extensionOf = (fileName: string) => /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";

/** Plain text: valid UTF-8 with no NUL byte (binary formats file-type does not know have NULs). */
export function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function detectedAs(ext: string, mime: string): Message {
  const key = detectedWords[ext];
  if (key) return msg(key);
  if (mime.startsWith("video/")) return msg("evidence.kinds.video");
  if (mime.startsWith("audio/")) return msg("evidence.kinds.audio");
  if (mime.startsWith("image/")) return msg("evidence.kinds.otherImage", { type: ext.toUpperCase() });
  return msg("evidence.kinds.other", { type: ext.toUpperCase() });
}

function refuse(detected: Message | null, fileName: string): ContentCheck {
  const claim = claimedWords[extensionOf(fileName)];
  if (!detected) return { ok: false, reason: msg("evidence.refused.unknownContent") };
  return {
    ok: false,
    reason: claim
      ? msg("evidence.refused.isNot", { detected, claimed: msg(claim) })
      : msg("evidence.refused.is", { detected }),
  };
}

/** Whether `bytes` (the whole file) may be attached, and with which type. */
export async function checkEvidenceContent(bytes: Uint8Array, fileName: string): Promise<ContentCheck> {
  if (bytes.byteLength === 0) return { ok: false, reason: msg("evidence.refused.empty") };
  const found = await fileTypeFromBuffer(bytes);
  if (found) {
    const type = allowed[found.ext];
    if (type) return { ok: true, contentType: type };
    if (found.ext === "cfb") {
      // file-type names every Compound File "cfb": Word, Excel and PowerPoint 97–2003 files, but
      // also Windows installers (.msi). Only the three office formats, told by their streams, pass.
      const office = legacyOfficeType(bytes);
      if (office) return { ok: true, contentType: office };
    }
    return refuse(detectedAs(found.ext, found.mime), fileName);
  }
  if (isPlainText(bytes)) {
    // Text has no signature: CSV and plain text differ only by name, and both are served as text.
    const csv = extensionOf(fileName) === "csv";
    return { ok: true, contentType: csv ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8" };
  }
  return refuse(null, fileName);
}
