import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeRoomCode, ROOM_CODE_LENGTH, RoomCodeSchema } from '../../../shared/room/room-code';

type CodeFormProps = {
  initialCode: string;
  busy: boolean;
  problem: string | null;
  onJoin: (code: string) => void;
};

/** The room code from the projector, when the address was typed rather than scanned (a scan fills it in). */
export function CodeForm({ initialCode, busy, problem, onJoin }: CodeFormProps) {
  const { t } = useTranslation('room');
  const [code, setCode] = useState(initialCode);
  const [issue, setIssue] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = RoomCodeSchema.safeParse(code);
    if (!parsed.success) return setIssue(t('join.codeProblem', { problem: parsed.error.issues[0]?.message ?? t('notRight') }));
    setIssue(null);
    onJoin(parsed.data);
  };
  const shown = issue ?? problem;
  return (
    <form className="room-card" onSubmit={submit} noValidate>
      <h1>{t('join.title')}</h1>
      <p className="room-hint">{t('join.hint', { length: ROOM_CODE_LENGTH })}</p>
      <label className="room-field">
        {t('panel.roomCode')}
        <input
          className="room-code-input"
          value={code}
          onChange={(event) => setCode(normalizeRoomCode(event.target.value))}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          inputMode="text"
          maxLength={ROOM_CODE_LENGTH + 4}
          aria-invalid={shown !== null}
          aria-describedby={shown ? 'code-problem' : undefined}
        />
        {shown && (
          <span id="code-problem" className="room-field-error" role="alert">
            {shown}
          </span>
        )}
      </label>
      <button type="submit" className="room-button room-button-primary room-button-wide" disabled={busy}>
        {busy ? t('join.joining') : t('join.join')}
      </button>
    </form>
  );
}
