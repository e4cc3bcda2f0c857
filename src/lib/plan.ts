/** Pure helpers over the plan's Markdown text (no Astro), unit-tested on their own. */

export interface PlanSection {
  /** Heading text as printed, e.g. "3. Phòng Văn hóa - Xã hội". */
  title: string;
  /** Id of the heading on the plan page. */
  id: string;
  /** Paragraphs or list items under the heading, Markdown emphasis removed. */
  items: string[];
}

const plain = (s: string) => s.replace(/\*\*(.+?)\*\*/g, '$1').replace(/^- /, '').trim();

/**
 * The numbered subsections (### headings) of one Roman-numeral part (## heading) of the plan,
 * e.g. part "V" gives every organisation's tasks. Ids follow `rehype-section-ids`.
 */
export function planSubsections(markdown: string, part: string): PlanSection[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const sections: PlanSection[] = [];
  let inPart = false;
  let current: PlanSection | undefined;
  let paragraph: string[] = [];
  const flush = () => {
    if (current && paragraph.length) current.items.push(plain(paragraph.join(' ')));
    paragraph = [];
  };
  for (const line of lines) {
    const h2 = /^## ([IVX]+)\.\s/.exec(line);
    if (h2) {
      flush();
      inPart = h2[1] === part;
      current = undefined;
      continue;
    }
    if (!inPart) continue;
    const h3 = /^### ((\d+)\.\s.*)$/.exec(line);
    if (h3) {
      flush();
      current = { title: h3[1]!.trim(), id: `muc-${part.toLowerCase()}-${h3[2]}`, items: [] };
      sections.push(current);
      continue;
    }
    if (line.trim() === '') flush();
    else if (current) paragraph.push(line.trim());
  }
  flush();
  return sections;
}
