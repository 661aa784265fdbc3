/**
 * Windows of the (w, b) plane that more than one lesson shows, apart from the lessons' figure
 * specs so that a lesson importing a window does not load another lesson's figure.
 */

/** Source 002's loss landscape: lesson 3 draws it, lesson 5 descends on it. */
export const LANDSCAPE_WINDOW = { wMin: -1, wMax: 5, bMin: -4, bMax: 6 } as const;
