/** "Remember this" for one of the candidate's lines, named after the line so a screen reader says which. */
import { rememberName } from './remember-name.js';

interface Props {
  text: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}

export function RememberBox({ text, checked, onChange }: Props) {
  return (
    <label className="small">
      {' '}
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-label={rememberName(text)} /> Remember
    </label>
  );
}
