/**
 * A labelled range input with its value shown beside it. Keyboard (arrows, Page Up/Down, Home/End)
 * comes from the native input; a log-scale slider moves through equal ratios instead of equal steps.
 */
import { useId } from 'preact/hooks';
import { formatNumber } from '../../lib/format';
import { LiveText } from './LiveText';
import { LOG_POSITIONS, logPosition, logPositionValue } from './log-scale';
import { renderOnChange, sameButHandlers } from './render-on-change';

export interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  scale?: 'linear' | 'log';
  /** How many significant digits the readout shows; or a custom formatter. */
  format?: (value: number) => string;
  onInput(value: number): void;
  /** Extra words for screen readers, e.g. the unit. */
  hint?: string;
  disabled?: boolean;
  /** Stable id for tests and address state; defaults to a generated one. */
  id?: string;
}

const shownValue = ({ value, step = 1, format }: SliderProps) => (format ? format(value) : formatNumber(value, step));

function SliderView(props: SliderProps) {
  const { label, value, min, max, step = 1, scale = 'linear', onInput, hint, disabled, id } = props;
  const autoId = useId();
  const inputId = id ?? `slider-${autoId}`;
  const shown = shownValue(props);
  const isLog = scale === 'log';
  const toPosition = (v: number) => (isLog ? logPosition(v, min, max) : v);
  const fromPosition = (p: number) => (isLog ? logPositionValue(p, min, max) : p);
  return (
    <div class="control">
      <label for={inputId}>{label}</label>
      <output for={inputId} aria-hidden="true">
        <LiveText>{shown}</LiveText>
      </output>
      <div class="control-track">
        <input
          id={inputId}
          type="range"
          min={isLog ? 0 : min}
          max={isLog ? LOG_POSITIONS : max}
          step={isLog ? 1 : step}
          value={toPosition(value)}
          aria-valuetext={hint ? `${shown} ${hint}` : shown}
          disabled={disabled}
          onInput={(event) => onInput(fromPosition(Number(event.currentTarget.value)))}
        />
      </div>
    </div>
  );
}

/** Rendered again only when its value, range or shown text changes, not for every frame of another slider's drag. */
export const Slider = renderOnChange(SliderView, (a, b) => sameButHandlers(a, b) && shownValue(a) === shownValue(b));
