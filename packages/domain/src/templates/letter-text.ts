import type { RenderedLetterBlock, RenderedLine } from './types';

/**
 * The plain text of a letter: one block after the other with an empty line between them. The
 * header's left column (agency, number) comes before its right column (Quốc hiệu, tiêu ngữ,
 * place and date), as in the plain-text copies of the seed decisions; "Nơi nhận" items start with
 * "- " as on paper.
 */
export function letterText(blocks: readonly RenderedLetterBlock[]): string {
  return blocks.map(blockText).join('\n\n').normalize('NFC');
}

function blockText(block: RenderedLetterBlock): string {
  const join = (lines: readonly RenderedLine[]) => lines.map((line) => line.text).join('\n');
  switch (block.kind) {
    case 'header':
      return [join(block.left), join(block.right)].filter(Boolean).join('\n\n');
    case 'recipients':
      return [block.heading.text, ...block.items.map((item) => `- ${item}`)].join('\n');
    default:
      return join(block.lines);
  }
}
