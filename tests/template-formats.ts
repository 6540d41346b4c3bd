/**
 * Small, strict readers for the formats of the deployment templates (deploy/), so tests can
 * read them back as Windows, Intune and macOS would, without those machines: a registry file,
 * XML (the ADMX and configuration profiles), and Apple's property lists. Each throws on
 * anything it does not expect, so a malformed template fails its test.
 */

export interface RegFile {
  /** Values by key path, each value as the registry would hold it: text or a number. */
  keys: Record<string, Record<string, string | number>>;
}

export function readRegFile(text: string): RegFile {
  const lines = text.split('\r\n');
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error('Not a version 5 registry file');
  if (text.replaceAll('\r\n', '').includes('\n')) throw new Error('A registry file has Windows line endings only');
  const keys: RegFile['keys'] = {};
  let current: Record<string, string | number> | undefined;
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    const section = /^\[(HKEY_[A-Z_]+\\[^\]]+)\]$/.exec(line);
    if (section?.[1]) {
      current = {};
      keys[section[1]] = current;
      continue;
    }
    const value = /^"([^"\\]+)"=(?:"((?:[^"\\]|\\\\|\\")*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!value?.[1] || !current) throw new Error(`Not a registry line: ${line}`);
    current[value[1]] =
      value[3] !== undefined ? Number.parseInt(value[3], 16) : (value[2] ?? '').replace(/\\(["\\])/g, '$1');
  }
  return { keys };
}

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const unescapeXml = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** Well-formed XML to a tree: tags must nest and close, attributes be quoted, entities known. */
export function readXml(text: string): XmlElement {
  const body = text
    .replace(/^<\?xml[^>]*\?>/, '')
    .replace(/<!DOCTYPE[^>]*>/, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let at = 0;
  for (match = tag.exec(body); match; match = tag.exec(body)) {
    at = tag.lastIndex;
    const parent = stack[stack.length - 1] as XmlElement;
    const [, closing, name, attributeText, selfClosing, textPart] = match;
    if (textPart !== undefined) {
      if (/&(?!(lt|gt|quot|apos|amp);)/.test(textPart)) throw new Error(`Unknown entity in: ${textPart}`);
      parent.text += unescapeXml(textPart);
      continue;
    }
    if (closing) {
      if (parent.name !== name) throw new Error(`</${name}> closes <${parent.name}>`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of (attributeText ?? '').matchAll(/([\w.:-]+)="([^"]*)"/g)) {
      attributes[attribute[1] as string] = unescapeXml(attribute[2] as string);
    }
    const element: XmlElement = { name: name as string, attributes, children: [], text: '' };
    parent.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (at !== body.length) throw new Error(`Not XML at: ${body.slice(at, at + 40)}`);
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]?.name}> is never closed`);
  const elements = root.children;
  if (elements.length !== 1 || root.text.trim() !== '') throw new Error('XML has one root element');
  return elements[0] as XmlElement;
}

/** An Apple property list (the body of a .mobileconfig) to plain values. */
export function readPlist(text: string): unknown {
  const root = readXml(text);
  if (root.name !== 'plist' || root.children.length !== 1) throw new Error('Not a property list');
  const value = (element: XmlElement): unknown => {
    switch (element.name) {
      case 'string':
        return element.text;
      case 'integer':
        if (!/^-?\d+$/.test(element.text)) throw new Error(`Not an integer: ${element.text}`);
        return Number(element.text);
      case 'true':
        return true;
      case 'false':
        return false;
      case 'array':
        return element.children.map(value);
      case 'dict': {
        const out: Record<string, unknown> = {};
        const items = element.children;
        for (let i = 0; i < items.length; i += 2) {
          const key = items[i];
          const item = items[i + 1];
          if (key?.name !== 'key' || !item) throw new Error('A dict holds key, value pairs');
          out[key.text] = value(item);
        }
        return out;
      }
      default:
        throw new Error(`Not a property list type: ${element.name}`);
    }
  };
  return value(root.children[0] as XmlElement);
}
