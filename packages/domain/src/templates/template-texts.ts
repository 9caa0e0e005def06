import type { AnswerTemplate, AnswerTemplateLine } from './types';

/** Every text of the template by its path ("title", "blocks.2.lines.0.text", …). */
export function templateTexts(template: AnswerTemplate): [string, string][] {
  const texts: [string, string][] = [['title', template.title]];
  const lines = (path: string, list: readonly AnswerTemplateLine[]) =>
    list.forEach((line, index) => texts.push([`${path}.${index}.text`, line.text]));
  template.blocks.forEach((block, index) => {
    const path = `blocks.${index}`;
    if (block.kind === 'header') {
      lines(`${path}.left`, block.left);
      lines(`${path}.right`, block.right);
    } else if (block.kind === 'recipients') {
      texts.push([`${path}.heading.text`, block.heading.text]);
      block.items.forEach((item, itemIndex) => texts.push([`${path}.items.${itemIndex}`, item]));
    } else {
      lines(`${path}.lines`, block.lines);
    }
  });
  return texts;
}
