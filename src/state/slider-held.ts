/**
 * Whether the reader is holding a slider's thumb (or its track) down with a pointer. A drag that
 * pauses, or a slider with few values (lesson 14's folds, 2 to 10), can leave more time between two
 * changes than a pace-based rule calls a drag; a held pointer says it is one all the same.
 */
let held = false;

if (typeof document !== 'undefined') {
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'range') held = true;
    },
    true,
  );
  const release = () => {
    held = false;
  };
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
  // A button let go outside the window may never reach the page; leaving the window ends the hold.
  window.addEventListener('blur', release);
}

export function sliderHeld(): boolean {
  return held;
}
