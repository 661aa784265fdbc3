/**
 * The reader's progress store: what it keeps, what it refuses, and that no storage failure escapes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countExercises,
  createProgressStore,
  describeLesson,
  EXERCISE_EVENT,
  parseProgress,
  PROGRESS_KEY,
  summarizeLesson,
  type StorageLike,
} from '../../../src/lib/progress';

/** An in-memory Storage. */
function memory(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** A Storage whose every call throws, as in a browser that forbids it. */
const forbidden: StorageLike = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

describe('parseProgress', () => {
  it('reads what the store writes', () => {
    const raw = JSON.stringify({ lessons: { '01-a': { read: true, exercises: ['q1', 'q3'] } } });
    expect(parseProgress(raw)).toEqual({ lessons: { '01-a': { read: true, exercises: ['q1', 'q3'] } } });
  });

  it('returns empty progress for nothing, bad JSON and wrong shapes', () => {
    for (const raw of [null, undefined, '', '{', 'null', '[]', '"x"', '{"lessons": []}', '{"lessons": 3}']) {
      expect(parseProgress(raw), String(raw)).toEqual({ lessons: {} });
    }
  });

  it('drops odd entries and keeps the good ones', () => {
    const raw = JSON.stringify({
      lessons: {
        '<script>': { read: true },
        '01-a': { read: 'yes', exercises: ['q1', 'q1', 7, '<b>', 'q2'] },
        '02-b': 5,
      },
    });
    expect(parseProgress(raw)).toEqual({ lessons: { '01-a': { read: false, exercises: ['q1', 'q2'] } } });
  });
});

describe('createProgressStore', () => {
  it('records reading and answered questions once each, and forgets on reset', () => {
    const storage = memory();
    const store = createProgressStore(storage);
    expect(store.available).toBe(true);
    expect(store.setRead('01-a', true)).toBe(true);
    expect(store.addExercise('01-a', 'q1')).toBe(true);
    expect(store.addExercise('01-a', 'q1')).toBe(true);
    expect(store.addExercise('02-b', 'mse-guess')).toBe(true);
    expect(store.load()).toEqual({
      lessons: { '01-a': { read: true, exercises: ['q1'] }, '02-b': { read: false, exercises: ['mse-guess'] } },
    });
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).toEqual(store.load());
    store.setRead('01-a', false);
    expect(store.load().lessons['01-a']?.read).toBe(false);
    expect(store.reset()).toBe(true);
    expect(store.load()).toEqual({ lessons: {} });
  });

  it('refuses malformed ids', () => {
    const store = createProgressStore(memory());
    expect(store.setRead('../x y', true)).toBe(false);
    expect(store.addExercise('01-a', '')).toBe(false);
    expect(store.load()).toEqual({ lessons: {} });
  });

  it('without storage, says so and saves nothing', () => {
    const store = createProgressStore(null);
    expect(store.available).toBe(false);
    expect(store.setRead('01-a', true)).toBe(false);
    expect(store.addExercise('01-a', 'q1')).toBe(false);
    expect(store.reset()).toBe(false);
    expect(store.load()).toEqual({ lessons: {} });
  });

  it('never throws when every storage call throws', () => {
    const store = createProgressStore(forbidden);
    expect(() => store.load()).not.toThrow();
    expect(store.setRead('01-a', true)).toBe(false);
    expect(store.addExercise('01-a', 'q1')).toBe(false);
    expect(store.reset()).toBe(false);
  });

  it('reports a full storage as not saved and keeps what was there', () => {
    const storage = memory();
    const store = createProgressStore(storage);
    store.setRead('01-a', true);
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(store.addExercise('01-a', 'q1')).toBe(false);
    expect(store.load()).toEqual({ lessons: { '01-a': { read: true, exercises: [] } } });
  });
});

describe('summaries', () => {
  const progress = parseProgress(JSON.stringify({ lessons: { '01-a': { read: true, exercises: ['q1', 'q2', 'q9'] } } }));

  it('caps answered questions at the lesson’s count (a question removed since)', () => {
    expect(summarizeLesson(progress, '01-a', 2)).toEqual({ read: true, answered: 2, total: 2 });
    expect(summarizeLesson(progress, '02-b', 3)).toEqual({ read: false, answered: 0, total: 3 });
  });

  it('says it in words, or nothing', () => {
    expect(describeLesson({ read: true, answered: 1, total: 3 })).toBe('Read · 1 of 3 questions answered');
    expect(describeLesson({ read: false, answered: 1, total: 1 })).toBe('1 of 1 question answered');
    expect(describeLesson({ read: true, answered: 0, total: 2 })).toBe('Read');
    expect(describeLesson({ read: false, answered: 0, total: 2 })).toBe('');
  });
});

describe('countExercises', () => {
  it('counts the PredictReveal boxes of a lesson source', () => {
    expect(countExercises('<PredictReveal client:visible prompt="a" />\ntext <PredictRevealX/>\n<PredictReveal\n  client:visible>')).toBe(2);
    expect(countExercises('No questions.')).toBe(0);
  });
});

it('PredictReveal sends the event the progress script listens for', () => {
  const source = readFileSync(resolve(import.meta.dirname, '../../../src/components/controls/PredictReveal.tsx'), 'utf8');
  expect(source).toContain(`export const EXERCISE_EVENT = '${EXERCISE_EVENT}';`);
});
