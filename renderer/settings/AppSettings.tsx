import { useEffect } from 'react';
import { actionDescriptor } from '../../shared/actions/map-action-descriptors';
import { matchesChord } from '../../shared/actions/key-chords';
import { useRoute } from '../routes/use-route';
import { closeSettings, openSettings, settingsKeyIsTaken, useSettingsOpen } from './settings-dialog-state';
import { SettingsDialog } from './SettingsDialog';

/**
 * Settings for the whole page: the dialog when it is open, and its key (Ctrl+, or ⌘,) on every
 * screen without a map; on a map the registry's own listener runs the same action, in the modes
 * the action allows. A key pressed while another dialog is open is left to that dialog. The
 * projector's window, which the room sees, never shows Settings.
 */
export function AppSettings() {
  const open = useSettingsOpen();
  const [route] = useRoute();
  const onProjector = route.screen === 'projector';
  useEffect(() => {
    if (onProjector) return;
    const chords = actionDescriptor('open-settings').keys?.chords ?? [];
    const onKeyDown = (event: KeyboardEvent) => {
      if (settingsKeyIsTaken() || event.defaultPrevented || event.repeat || document.querySelector('dialog[open]')) return;
      if (!chords.some((chord) => matchesChord(event, chord))) return;
      event.preventDefault();
      openSettings();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onProjector]);
  return open && !onProjector ? <SettingsDialog onClose={closeSettings} /> : null;
}
