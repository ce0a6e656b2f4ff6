/** Characters XML 1.0 cannot carry at all, not even as character references. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
export const REPLACEMENT_CHARACTER = "\uFFFD";

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
};

/** Escapes element text; `\r` becomes `&#13;` so parsers do not fold CRLF. Forbidden characters go through `forbidden`. */
export function escapeXmlText(text: string, forbidden: (character: string) => string = () => REPLACEMENT_CHARACTER): string {
  return text.replace(/[&<>\r]/g, (character) => TEXT_ESCAPES[character]).replace(FORBIDDEN, forbidden);
}

/** Escapes attribute values, keeping tabs and newlines from attribute-value normalisation. */
export function escapeXmlAttribute(text: string): string {
  return text.replace(/[&<>"'\r\n\t]/g, (character) => ATTRIBUTE_ESCAPES[character]).replace(FORBIDDEN, REPLACEMENT_CHARACTER);
}

/** `name="value"` pairs for defined values, each escaped. */
export function xmlAttributes(attributes: Record<string, string | number | undefined | null>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join("");
}
