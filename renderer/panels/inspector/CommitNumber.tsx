import { useState, type KeyboardEvent } from 'react';
import { InputNumber } from 'antd';

interface CommitNumberProps {
  /** The stored value; null shows an empty field (e.g. "use the rate card"). */
  value: number | null;
  /** Called once the user is done (blur, Enter), only when the number changed. */
  onCommit: (value: number | null) => void;
  label: string;
  id?: string;
  min?: number;
  step?: number;
  /** Empty is a value of its own (null); otherwise clearing the field puts the stored value back. */
  allowEmpty?: boolean;
  disabled?: boolean;
  placeholder?: string;
  suffix?: string;
}

/**
 * A number field that commits on blur or Enter, so one edit is one operation (one undo step).
 * Escape puts the stored value back. Remount it with a `key` holding the stored value to pick
 * up outside changes (undo) or to reset it after a refused edit.
 */
export function CommitNumber({ value, onCommit, label, id, min, step, allowEmpty, disabled, placeholder, suffix }: CommitNumberProps) {
  const [draft, setDraft] = useState<number | null>(value);
  const commit = () => {
    if (draft === null && !allowEmpty) {
      setDraft(value);
      return;
    }
    if (draft !== value) onCommit(draft);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      setDraft(value);
      e.stopPropagation();
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      commit();
    }
  };
  return (
    <InputNumber<number>
      id={id}
      aria-label={label}
      value={draft}
      min={min}
      step={step}
      disabled={disabled}
      placeholder={placeholder}
      suffix={suffix}
      style={{ width: '100%' }}
      onChange={(v) => setDraft(typeof v === 'number' && Number.isFinite(v) ? v : null)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
