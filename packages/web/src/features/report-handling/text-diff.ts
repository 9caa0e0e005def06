export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Above this many cells the word table would cost too much on a phone; the caller shows both texts. */
const MAX_CELLS = 2_000_000;

/** Words with the spaces after them: a changed word is one change, not three. */
function tokens(text: string): string[] {
  return text.match(/\s+|\S+\s*/g) ?? [];
}

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  const last = parts.at(-1);
  if (last && last.kind === kind) {
    last.text += text;
  } else {
    parts.push({ kind, text });
  }
}

/**
 * A word-level difference between an original and its edited text (longest common subsequence of
 * words and spaces), for showing what an operator changed. null when the texts are too long to
 * compare on the client.
 */
export function diffWords(before: string, after: string): DiffPart[] | null {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    start += 1;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    return null;
  }
  // lengths[i][j]: LCS of midA[i..] and midB[j..], one flat row-major table.
  const width = midB.length + 1;
  const lengths = new Uint32Array((midA.length + 1) * width);
  for (let i = midA.length - 1; i >= 0; i -= 1) {
    for (let j = midB.length - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        midA[i] === midB[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, start).join(''));
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      push(parts, 'same', midA[i] ?? '');
      i += 1;
      j += 1;
    } else if (
      i < midA.length &&
      (j === midB.length ||
        (lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0))
    ) {
      // On a tie, what was removed comes first: a rewritten phrase reads "old, then new".
      push(parts, 'removed', midA[i] ?? '');
      i += 1;
    } else {
      push(parts, 'added', midB[j] ?? '');
      j += 1;
    }
  }
  push(parts, 'same', a.slice(endA).join(''));
  return parts.filter((part) => part.text !== '');
}
