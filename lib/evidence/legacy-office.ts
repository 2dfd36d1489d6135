/**
 * Word, Excel and PowerPoint 97–2003 files are Compound File Binary containers, as are Windows
 * installers and other things. Which one a container is shows in the names of its streams, stored
 * in UTF-16LE in its directory: "WordDocument", "Workbook" (or "Book" in Excel 5), "PowerPoint
 * Document". Looking for those names is enough to tell an office file from an installer renamed .doc.
 */
const utf16 = (name: string) => Buffer.from(name, "utf16le");

const signatures: { stream: Buffer; contentType: string }[] = [
  { stream: utf16("WordDocument"), contentType: "application/msword" },
  { stream: utf16("Workbook"), contentType: "application/vnd.ms-excel" },
  { stream: utf16("PowerPoint Document"), contentType: "application/vnd.ms-powerpoint" },
];

/** A directory entry's name is followed by a UTF-16 NUL: "Book\0" is Excel 5, not "Bookmarks". */
const excel5 = Buffer.concat([utf16("Book"), Buffer.from([0, 0])]);

export function legacyOfficeType(bytes: Uint8Array): string | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const s of signatures) if (buffer.includes(s.stream)) return s.contentType;
  if (buffer.includes(excel5)) return "application/vnd.ms-excel";
  return null;
}
