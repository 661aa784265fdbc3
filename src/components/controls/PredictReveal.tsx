/**
 * Predict, then see. The reader commits to an answer before the explanation opens; a wrong prediction
 * is the point, so the box says what was chosen and why the answer is what it is, in words, not colour.
 */
import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';

/**
 * Sent (bubbling) from the box when the reader reveals the answer, with `detail.id` the box's `id`
 * prop if it has one. The page's progress script (src/lib/progress.ts, EXERCISE_EVENT) records it;
 * the box itself imports nothing from there, so it stays independent of the progress code.
 */
export const EXERCISE_EVENT = 'downhill:exercise';

export interface PredictRevealProps {
  /** The question; plain text. Use the `question` slot instead for formulas. */
  prompt?: string;
  question?: ComponentChildren;
  /** The choices offered; omit for a free numeric answer. */
  choices?: string[];
  /** Index into `choices` of the right one. */
  answer?: number;
  /** For a numeric prediction: the value and how close counts as right. */
  numericAnswer?: number;
  tolerance?: number;
  /** The explanation shown after the reader commits (MDX children, rendered at build time). */
  children?: ComponentChildren;
  /**
   * Optional permanent id of this question within its lesson, for the reader's progress. Without it
   * the question is known by its position on the page (so inserting a question before it renumbers it).
   */
  id?: string;
}

export default function PredictReveal({ prompt, question, choices, answer, numericAnswer, tolerance = 0, children, id: exerciseId }: PredictRevealProps) {
  const id = useId();
  const box = useRef<HTMLElement>(null);
  const [picked, setPicked] = useState<number | null>(null);
  const [typed, setTyped] = useState('');
  const [revealed, setRevealed] = useState(false);
  const numeric = choices === undefined;
  const typedValue = Number(typed.replace('−', '-'));
  const typedValid = typed.trim() !== '' && Number.isFinite(typedValue);
  const ready = numeric ? typedValid : picked !== null;
  const correct = numeric
    ? typedValid && numericAnswer !== undefined && Math.abs(typedValue - numericAnswer) <= tolerance
    : picked === answer;

  return (
    <aside class="predict" aria-labelledby={`predict-q-${id}`} data-exercise={exerciseId} ref={box}>
      <p class="predict-label">Predict first</p>
      <div id={`predict-q-${id}`} class="predict-question">
        {prompt}
        {question}
      </div>
      {numeric ? (
        <div class="predict-numeric">
          <label for={`predict-in-${id}`}>Your prediction</label>
          <input
            id={`predict-in-${id}`}
            type="text"
            inputMode="decimal"
            value={typed}
            disabled={revealed}
            aria-invalid={typed.trim() !== '' && !typedValid}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
          {typed.trim() !== '' && !typedValid ? <p class="note">Type a number, such as 1.5 or -2.</p> : null}
        </div>
      ) : (
        <fieldset class="predict-choices" disabled={revealed}>
          <legend class="visually-hidden">Your prediction</legend>
          {choices.map((choice, i) => (
            <label key={choice} class={revealed && i === answer ? 'choice choice-answer' : 'choice'} data-answer={i === answer ? 'true' : undefined}>
              <input type="radio" name={`predict-${id}`} checked={picked === i} onChange={() => setPicked(i)} />
              <span>{choice}</span>
            </label>
          ))}
        </fieldset>
      )}
      {revealed ? null : (
        <button type="button" class="btn btn-primary" disabled={!ready} onClick={() => {
            setRevealed(true);
            box.current?.dispatchEvent(new CustomEvent(EXERCISE_EVENT, { bubbles: true, detail: { id: exerciseId } }));
          }}>
          {ready ? 'Reveal the answer' : numeric ? 'Type a prediction to reveal' : 'Pick a prediction to reveal'}
        </button>
      )}
      <div class="predict-answer" hidden={!revealed} aria-live="polite">
        {revealed ? (
          <p class="predict-verdict">
            <strong>{correct ? 'Your prediction was right.' : 'Not quite.'}</strong>{' '}
            {numeric ? `You said ${typed.trim()}.` : `You chose “${choices[picked ?? 0]}”.`}
            {!correct && !numeric && answer !== undefined ? ` The answer is “${choices[answer]}”.` : ''}
          </p>
        ) : null}
        {children}
      </div>
    </aside>
  );
}
