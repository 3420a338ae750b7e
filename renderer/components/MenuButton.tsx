import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import './menu-button.css';
import { useDismiss } from './use-dismiss';

export type MenuItem = { label: string; title: string; onSelect: () => void; disabled?: boolean; danger?: boolean };

type MenuButtonProps = {
  label: string;
  title: string;
  /** Groups of items, drawn with a rule between them. */
  groups: readonly (readonly MenuItem[])[];
  disabled?: boolean;
  align?: 'left' | 'right';
};

/**
 * A header button that opens a list of commands: the arrow keys move through them, Escape or a
 * click elsewhere closes the list, and choosing one closes it and runs the command.
 */
export function MenuButton({ label, title, groups, disabled = false, align = 'left' }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) rootRef.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
  }, [open]);
  useDismiss(open, rootRef, () => setOpen(false));

  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(rootRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [])];
    const index = items.findIndex((item) => item === document.activeElement);
    if (event.key === 'Escape') {
      event.stopPropagation();
      setOpen(false);
      rootRef.current?.querySelector<HTMLElement>('.menu-button-toggle')?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
    }
  };

  return (
    <div className="menu-button" ref={rootRef}>
      <button
        type="button"
        className="button menu-button-toggle"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={disabled}
        title={title}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open && (
        <div className={`menu-button-list menu-button-${align}`} role="menu" aria-label={label.replace(/\s*▾$/, '')} onKeyDown={onKey}>
          {groups.map((group, groupIndex) => (
            <div key={groupIndex} role="group" className="menu-button-group">
              {group.map((item) => (
                <button
                  key={item.label}
                  type="button"
                  role="menuitem"
                  title={item.title}
                  disabled={item.disabled}
                  className={item.danger ? 'menu-button-danger' : undefined}
                  onClick={() => {
                    setOpen(false);
                    item.onSelect();
                  }}
                >
                  {item.label}
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
