/**
 * A reader's progress, kept in their own browser (localStorage): which lessons they have read and
 * which predict-first questions they have answered. No account and no server; nothing leaves the
 * device. Storage may be missing, full or forbidden (private windows, disabled cookies, quotas): every
 * access is guarded, the store then reports `available: false`, and nothing throws.
 */

/** The one localStorage key the book uses. Bump the version if the shape ever changes. */
export const PROGRESS_KEY = 'downhill:progress:v1';

export interface LessonProgress {
  /** The reader reached the end of the lesson or pressed "Mark as read". */
  read: boolean;
  /** Ids of the questions answered (revealed), in the order they were answered. */
  exercises: string[];
}

export interface Progress {
  lessons: Record<string, LessonProgress>;
}

/** The part of the Web Storage API the store uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const ID = /^[A-Za-z0-9][\w.:-]{0,99}$/;
const MAX_LESSONS = 500;
const MAX_EXERCISES = 200;

/** Returns empty progress. */
export function emptyProgress(): Progress {
  return { lessons: {} };
}

/** Reads stored progress; anything malformed (bad JSON, wrong shapes, odd ids) is dropped, never thrown. */
export function parseProgress(raw: string | null | undefined): Progress {
  const progress = emptyProgress();
  if (!raw) return progress;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return progress;
  }
  const lessons = (data as { lessons?: unknown } | null)?.lessons;
  if (typeof lessons !== 'object' || lessons === null || Array.isArray(lessons)) return progress;
  for (const [id, value] of Object.entries(lessons).slice(0, MAX_LESSONS)) {
    if (!ID.test(id) || typeof value !== 'object' || value === null) continue;
    const entry = value as { read?: unknown; exercises?: unknown };
    const exercises = Array.isArray(entry.exercises)
      ? [...new Set(entry.exercises.filter((x): x is string => typeof x === 'string' && ID.test(x)))].slice(0, MAX_EXERCISES)
      : [];
    progress.lessons[id] = { read: entry.read === true, exercises };
  }
  return progress;
}

/** What one lesson's line on the contents says. */
export interface LessonSummary {
  read: boolean;
  /** Questions answered, at most `total`. */
  answered: number;
  total: number;
}

/** Summarises one lesson for display; `total` is the number of questions the lesson has. */
export function summarizeLesson(progress: Progress, lessonId: string, total: number): LessonSummary {
  const entry = progress.lessons[lessonId];
  const safeTotal = Math.max(0, Math.floor(total));
  return { read: entry?.read ?? false, answered: Math.min(entry?.exercises.length ?? 0, safeTotal), total: safeTotal };
}

/** Says a lesson's progress in words ("Read · 2 of 3 questions answered"), or "" when there is none. */
export function describeLesson({ read, answered, total }: LessonSummary): string {
  const parts: string[] = [];
  if (read) parts.push('Read');
  if (answered > 0) parts.push(`${answered} of ${total} ${total === 1 ? 'question' : 'questions'} answered`);
  return parts.join(' · ');
}

export interface ProgressStore {
  /** False when the browser will not keep anything (then every change returns false). */
  readonly available: boolean;
  load(): Progress;
  /** Marks a lesson read (or unread); returns whether it was saved. */
  setRead(lessonId: string, read: boolean): boolean;
  /** Records an answered question; returns whether it was saved. */
  addExercise(lessonId: string, exerciseId: string): boolean;
  /** Forgets everything; returns whether it worked. */
  reset(): boolean;
}

/** Returns the browser's localStorage if it can be written now, else null (never throws). */
export function browserStorage(): StorageLike | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    const probe = `${PROGRESS_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** A progress store over `storage` (null: nothing is kept, and the store says so). */
export function createProgressStore(storage: StorageLike | null): ProgressStore {
  const read = (): Progress => {
    if (!storage) return emptyProgress();
    try {
      return parseProgress(storage.getItem(PROGRESS_KEY));
    } catch {
      return emptyProgress();
    }
  };
  const write = (progress: Progress): boolean => {
    if (!storage) return false;
    try {
      storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
      return true;
    } catch {
      return false;
    }
  };
  const update = (lessonId: string, change: (entry: LessonProgress) => void): boolean => {
    if (!ID.test(lessonId)) return false;
    const progress = read();
    const entry = progress.lessons[lessonId] ?? { read: false, exercises: [] };
    change(entry);
    progress.lessons[lessonId] = entry;
    return write(progress);
  };
  return {
    available: storage !== null,
    load: read,
    setRead: (lessonId, isRead) =>
      update(lessonId, (entry) => {
        entry.read = isRead;
      }),
    addExercise: (lessonId, exerciseId) =>
      ID.test(exerciseId) &&
      update(lessonId, (entry) => {
        if (!entry.exercises.includes(exerciseId) && entry.exercises.length < MAX_EXERCISES) entry.exercises.push(exerciseId);
      }),
    reset: () => {
      if (!storage) return false;
      try {
        storage.removeItem(PROGRESS_KEY);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** The event a predict-first box sends when its answer is revealed (see PredictReveal). */
export const EXERCISE_EVENT = 'downhill:exercise';

/** Counts the predict-first questions in a lesson's MDX source (each `<PredictReveal`). */
export function countExercises(mdx: string): number {
  return (mdx.match(/<PredictReveal\b/g) ?? []).length;
}
