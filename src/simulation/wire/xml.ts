/** A value as the AWS Query protocol writes it: null and undefined are left out, lists hold `<member>`s. */
export type Xml = string | number | boolean | null | undefined | readonly Xml[] | { readonly [name: string]: Xml };

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** `<name>value</name>`, escaped; nothing for null or undefined. */
export function toXml(name: string, value: Xml): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return `<${name}>${value.map((item: Xml) => toXml("member", item)).join("")}</${name}>`;
  if (typeof value === "object") {
    const fields = Object.entries(value as { readonly [name: string]: Xml });
    return `<${name}>${fields.map(([field, v]) => toXml(field, v)).join("")}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}
