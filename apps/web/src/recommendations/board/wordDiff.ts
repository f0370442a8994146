/** One run of a word-level difference: text both versions share, or text only the later (added) or earlier (removed) one has. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Words (with inner hyphens and apostrophes), runs of spaces, and each other character on its own,
 * so that "sign-in." becoming "sign-in now." marks only "now" added; joining them gives the text back.
 */
function tokens(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\S/gu) ?? [];
}

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  const last = parts.at(-1);
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * The difference between two texts, word by word: a longest common subsequence of their tokens
 * is kept, the rest is marked removed (from `before`) or added (in `after`). Removals come
 * before additions where a passage was replaced, as people read "this became that".
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const width = b.length + 1;
  // lengths[i * width + j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(parts, 'same', a[i]);
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1])) {
      push(parts, 'removed', a[i]);
      i++;
    } else {
      push(parts, 'added', b[j]);
      j++;
    }
  }
  return parts;
}

/** True when the two texts are the same, so a page can say "no change" rather than show a diff. */
export function unchanged(parts: readonly DiffPart[]): boolean {
  return parts.every((part) => part.kind === 'same');
}
