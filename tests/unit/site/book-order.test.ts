import { describe, expect, it } from 'vitest';
import { readingOrder, roman, type LessonRef, type PartRef } from '../../../src/components/site/book-order';

const lesson = (id: string, order: number): LessonRef => ({ id, order, file: `content/lessons/${id}.mdx` });
const part = (id: string, n: number, starts: string): PartRef => ({ id, part: n, file: `content/parts/${id}.mdx`, starts });
const lessons = [lesson('d', 9), lesson('a', 1), lesson('c', 5), lesson('b', 2)];
const show = (stops: ReturnType<typeof readingOrder>) => stops.map((s) => (s.kind === 'lesson' ? `${s.id}${s.number}` : `[${s.id}]`));

describe('readingOrder', () => {
  it('reads each part’s lessons, then its review, numbering lessons through the book', () => {
    expect(show(readingOrder(lessons, [part('two', 2, 'c'), part('one', 1, 'a')]))).toEqual(['a1', 'b2', '[one]', 'c3', 'd4', '[two]']);
  });

  it('puts a new lesson in the part its order falls in', () => {
    const more = [...lessons, lesson('e', 3), lesson('f', 12)];
    expect(show(readingOrder(more, [part('one', 1, 'a'), part('two', 2, 'c')]))).toEqual(['a1', 'b2', 'e3', '[one]', 'c4', 'd5', 'f6', '[two]']);
  });

  it('names the files when the parts do not fit', () => {
    expect(() => readingOrder(lessons, [part('one', 1, 'b')])).toThrow(/content\/parts\/one\.mdx is the first part but starts at "b"/);
    expect(() => readingOrder(lessons, [part('one', 1, 'a'), part('two', 2, 'zz')])).toThrow(/starts at lesson "zz", which does not exist/);
    expect(() => readingOrder(lessons, [part('one', 1, 'a'), part('two', 1, 'c')])).toThrow(/are both part 1/);
    expect(() => readingOrder(lessons, [part('one', 1, 'a'), part('two', 2, 'c'), part('three', 3, 'b')])).toThrow(/three\.mdx \(part 3\) starts at or before/);
    expect(() => readingOrder(lessons, [])).toThrow(/holds no part/);
  });

  it('has nothing to say about an empty book', () => {
    expect(readingOrder([], [])).toEqual([]);
  });
});

describe('roman', () => {
  it('writes part numbers as a book does', () => {
    expect([1, 2, 3, 4, 5, 9, 14].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'XIV']);
  });
});
