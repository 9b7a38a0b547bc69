import type { XmlNode } from '../text-formats.ts';

/** The local name of an XML element (`o:catalog` → `catalog`), or null for text and declarations. */
export function xmlElementName(node: XmlNode): string | null {
  for (const key of Object.keys(node)) {
    if (key === ':@' || key === '#text' || key.startsWith('?')) continue;
    const colon = key.indexOf(':');
    return colon === -1 ? key : key.slice(colon + 1);
  }
  return null;
}

/** The children of an XML element as parsed with document order preserved. */
export function xmlChildren(node: XmlNode): XmlNode[] {
  for (const [key, value] of Object.entries(node)) {
    if (key !== ':@' && key !== '#text' && Array.isArray(value)) return value as XmlNode[];
  }
  return [];
}

/** The attributes of an XML element (names without prefix, values as written). */
export function xmlAttributes(node: XmlNode): Record<string, string> {
  return node[':@'] ?? {};
}

function textOf(node: XmlNode): string | null {
  const text = node['#text'];
  return typeof text === 'string' ? text : typeof text === 'number' || typeof text === 'boolean' ? String(text) : null;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Inline markup as text, with parameter inserts kept as `{{ insert: param, ID }}`. */
function inlineRaw(nodes: readonly XmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    const text = textOf(node);
    if (text !== null) {
      out += text;
      continue;
    }
    const name = xmlElementName(node);
    const attributes = xmlAttributes(node);
    if (name === 'insert') {
      if (attributes['id-ref']) out += `{{ insert: ${attributes.type ?? 'param'}, ${attributes['id-ref']} }}`;
    } else if (name === 'a') {
      const label = inlineRaw(xmlChildren(node));
      out += label.trim() !== '' ? label : (attributes.href ?? '');
    } else if (name === 'q') out += `"${inlineRaw(xmlChildren(node))}"`;
    else if (name === 'br') out += '\n';
    else if (name === 'img') out += attributes.alt ?? '';
    else out += inlineRaw(xmlChildren(node));
  }
  return out;
}

/** OSCAL XML markup-line (a title, a label, a choice) as one line of text, inserts kept. */
export function xmlMarkupLineToText(nodes: readonly XmlNode[]): string {
  return collapse(inlineRaw(nodes));
}

const blockNames = new Set(['p', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'hr']);

/** Whether an element belongs to markup-multiline (a paragraph, list, table or heading). */
export function isXmlBlock(name: string): boolean {
  return blockNames.has(name);
}

function listLines(node: XmlNode, indent: string): string[] {
  const lines: string[] = [];
  for (const item of xmlChildren(node)) {
    if (xmlElementName(item) !== 'li') continue;
    const inline: XmlNode[] = [];
    const nested: string[] = [];
    for (const child of xmlChildren(item)) {
      const name = xmlElementName(child);
      if (name === 'ul' || name === 'ol') nested.push(...listLines(child, `${indent}  `));
      else if (name === 'p') inline.push({ '#text': ' ' }, ...xmlChildren(child), { '#text': ' ' });
      else inline.push(child);
    }
    lines.push(`${indent}- ${xmlMarkupLineToText(inline)}`, ...nested);
  }
  return lines;
}

function tableLines(node: XmlNode): string[] {
  const lines: string[] = [];
  const visit = (parent: XmlNode): void => {
    for (const child of xmlChildren(parent)) {
      const name = xmlElementName(child);
      if (name === 'tr')
        lines.push(
          xmlChildren(child)
            .filter((cell) => xmlElementName(cell) === 'td' || xmlElementName(cell) === 'th')
            .map((cell) => xmlMarkupLineToText(xmlChildren(cell)))
            .join(' | '),
        );
      else if (name === 'thead' || name === 'tbody' || name === 'tfoot') visit(child);
    }
  };
  visit(node);
  return lines;
}

/**
 * OSCAL XML markup-multiline as plain text: paragraphs and headings separated by blank lines, list
 * items as `- ` lines (nested lists indented), table rows as cells joined by ` | `, inserts kept.
 */
export function xmlMarkupToText(nodes: readonly XmlNode[]): string {
  const blocks: string[] = [];
  let stray: XmlNode[] = [];
  const flushStray = (): void => {
    const text = xmlMarkupLineToText(stray);
    if (text !== '') blocks.push(text);
    stray = [];
  };
  for (const node of nodes) {
    const name = xmlElementName(node);
    if (name === null || !blockNames.has(name)) {
      stray.push(node);
      continue;
    }
    flushStray();
    if (name === 'ul' || name === 'ol') blocks.push(listLines(node, '').join('\n'));
    else if (name === 'table') blocks.push(tableLines(node).join('\n'));
    else if (name === 'pre') blocks.push(inlineRaw(xmlChildren(node)).replace(/^\n+|\s+$/g, ''));
    else if (name === 'blockquote') blocks.push(xmlMarkupToText(xmlChildren(node)));
    else if (name !== 'hr') blocks.push(xmlMarkupLineToText(xmlChildren(node)));
  }
  flushStray();
  return blocks.filter((block) => block.trim() !== '').join('\n\n');
}
