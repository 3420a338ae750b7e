import { useId, useState } from 'react';
import { NodeTextSchema } from '../../../shared/model/map-node';
import { maxLengthOf } from '../../components/max-length';

type TextAreaProps = { label: string; value: string; onCommit: (text: string) => void };

/** A node's text in the inspector: saved on leaving the field (or Ctrl+Enter), Escape puts it back. */
export function TextArea({ label, value, onCommit }: TextAreaProps) {
  const [text, setText] = useState(value);
  const id = useId();
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  return (
    <div className="inspector-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        value={text}
        maxLength={maxLengthOf(NodeTextSchema)}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            setText(value);
          }
        }}
      />
    </div>
  );
}
