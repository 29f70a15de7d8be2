import { useState, type KeyboardEvent } from 'react';
import { Input } from 'antd';

interface CommitInputProps {
  value: string;
  /** Called once the user is done (blur, Enter in a single line), only when the text changed. */
  onCommit: (value: string) => void;
  label: string;
  multiline?: boolean;
  maxLength?: number;
  disabled?: boolean;
  placeholder?: string;
  id?: string;
}

/**
 * A text field that edits a draft and commits on blur or Enter, so one edit is one
 * operation (one undo step), not one per keystroke. Escape puts the stored value back.
 * Remount it with a `key` holding the stored value to pick up outside changes (undo).
 */
export function CommitInput({ value, onCommit, label, multiline, maxLength, disabled, placeholder, id }: CommitInputProps) {
  const [draft, setDraft] = useState(value);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Escape') {
      setDraft(value);
      e.stopPropagation();
    } else if (e.key === 'Enter' && !multiline && !e.nativeEvent.isComposing) {
      commit();
    }
  };
  const common = {
    id,
    value: draft,
    'aria-label': label,
    maxLength,
    disabled,
    placeholder,
    onBlur: commit,
    onKeyDown,
  };
  return multiline ? (
    <Input.TextArea {...common} autoSize={{ minRows: 2, maxRows: 8 }} onChange={(e) => setDraft(e.target.value)} />
  ) : (
    <Input {...common} onChange={(e) => setDraft(e.target.value)} />
  );
}
