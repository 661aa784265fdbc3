/** A labelled checkbox for on/off figure options (show residuals, show the best line…). */
import { useId } from 'preact/hooks';

export function Toggle({ label, checked, onChange }: { label: string; checked: boolean; onChange(checked: boolean): void }) {
  const id = `toggle-${useId()}`;
  return (
    <div class="toggle">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <label for={id}>{label}</label>
    </div>
  );
}
