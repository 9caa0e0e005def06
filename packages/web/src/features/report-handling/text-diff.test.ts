import { describe, expect, it } from 'vitest';
import { diffWords } from './text-diff';

describe('diffWords', () => {
  it('marks the words an operator corrected', () => {
    expect(diffWords('Duong Tran Phu co o ga lon.', 'Đường Trần Phú có ổ gà lớn.')).toEqual([
      { kind: 'removed', text: 'Duong Tran Phu co o ga lon.' },
      { kind: 'added', text: 'Đường Trần Phú có ổ gà lớn.' },
    ]);
  });

  it('keeps what did not change', () => {
    expect(diffWords('Ổ gà lớn trước nhà số 12', 'Ổ gà rất lớn trước số 12')).toEqual([
      { kind: 'same', text: 'Ổ gà ' },
      { kind: 'added', text: 'rất ' },
      { kind: 'same', text: 'lớn trước ' },
      { kind: 'removed', text: 'nhà ' },
      { kind: 'same', text: 'số 12' },
    ]);
  });

  it('says nothing changed when nothing did', () => {
    expect(diffWords('Giống nhau', 'Giống nhau')).toEqual([{ kind: 'same', text: 'Giống nhau' }]);
  });

  it('gives up on texts too long to compare on a phone', () => {
    const long = (seed: string) => Array.from({ length: 2000 }, (_, i) => `${seed}${i}`).join(' ');
    expect(diffWords(long('a'), long('b'))).toBeNull();
  });
});
